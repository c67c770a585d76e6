/**
 * The public pages around the assessment: content pages, error pages and the model every page shares.
 */
@NullMarked
package org.crossroads.site;

import org.jspecify.annotations.NullMarked;

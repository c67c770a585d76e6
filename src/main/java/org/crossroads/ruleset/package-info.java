/**
 * The rule set aggregate as stored (JPA): drafts and published versions.
 */
@NullMarked
package org.crossroads.ruleset;

import org.jspecify.annotations.NullMarked;

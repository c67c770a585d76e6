/**
 * The decision-aid standard (IPDAS): which of its criteria the content meets, shown to editors and
 * required of a draft before it is published.
 */
@NullMarked
package org.crossroads.admin.standard;

import org.jspecify.annotations.NullMarked;

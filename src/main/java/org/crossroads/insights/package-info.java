/**
 * Anonymous counts of outcomes per day, and the retention purge.
 */
@NullMarked
package org.crossroads.insights;

import org.jspecify.annotations.NullMarked;

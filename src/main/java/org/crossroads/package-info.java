/**
 * Crossroads: the application and the few types every module may use (its modules are the packages below).
 */
@NullMarked
package org.crossroads;

import org.jspecify.annotations.NullMarked;

/**
 * The admin area: editing drafts, previewing, publishing, history and test cases. Its sub-packages are internal to it.
 */
@NullMarked
package org.crossroads.admin;

import org.jspecify.annotations.NullMarked;

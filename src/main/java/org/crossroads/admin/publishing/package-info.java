/**
 * Checking, previewing, publishing and restoring versions, and their history.
 */
@NullMarked
package org.crossroads.admin.publishing;

import org.jspecify.annotations.NullMarked;

/**
 * Stored test cases run against drafts and published versions.
 */
@NullMarked
package org.crossroads.admin.testcases;

import org.jspecify.annotations.NullMarked;

/**
 * Admin accounts: who may sign in, their roles, passwords and the pages that manage them.
 */
@NullMarked
package org.crossroads.accounts;

import org.jspecify.annotations.NullMarked;

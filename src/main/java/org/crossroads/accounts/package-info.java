/**
 * Admin accounts: who may sign in, their roles, passwords and the pages that manage them.
 */
@ApplicationModule(allowedDependencies = "audit")
@NullMarked
package org.crossroads.accounts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

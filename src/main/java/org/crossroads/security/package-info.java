/**
 * Sign-in, the security filter chain, the request size limit, and the security headers.
 */
@ApplicationModule(allowedDependencies = { "accounts", "audit", "throttling" })
@NullMarked
package org.crossroads.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

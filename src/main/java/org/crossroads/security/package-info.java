/**
 * Sign-in, the security filter chain, request size and rate limits, and the security headers.
 */
@ApplicationModule(allowedDependencies = { "accounts", "audit" })
@NullMarked
package org.crossroads.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

/**
 * Sign-in, the security filter chain, request limits and the security headers.
 */
@NullMarked
package org.crossroads.security;

import org.jspecify.annotations.NullMarked;

/**
 * Rate limits per client address and, for sign-ins, per account name (Bucket4j token buckets in
 * each node's memory): the sign-in, storing results and the JSON API take a token or are refused
 * with 429 and Retry-After.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package org.crossroads.throttling;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

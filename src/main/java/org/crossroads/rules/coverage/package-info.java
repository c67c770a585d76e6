/**
 * How well a rule set's test cases exercise it: outcomes reached, criteria met and unmet, threshold
 * edges, options used, and answer sets that would fill what is missing. Plain Java over the
 * immutable {@code RuleSet}; every answer set is judged by the engine itself.
 */
@NamedInterface("coverage")
@NullMarked
package org.crossroads.rules.coverage;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;

/**
 * The rule set aggregate as stored (JPA): drafts and published versions.
 */
@ApplicationModule(allowedDependencies = "rules")
@NullMarked
package org.crossroads.ruleset;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

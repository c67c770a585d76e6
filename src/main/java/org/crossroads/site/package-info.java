/**
 * The public pages around the assessment: content pages, error pages and the model every page shares.
 */
@ApplicationModule(allowedDependencies = { "rules", "ruleset :: published", "language" })
@NullMarked
package org.crossroads.site;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

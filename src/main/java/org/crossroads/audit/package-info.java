/**
 * The audit trail: records admin events and shows them to administrators.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package org.crossroads.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

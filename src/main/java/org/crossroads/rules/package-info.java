/**
 * The rules engine: an immutable snapshot of a published rule set and the pure function that
 * turns a visitor's answers into a result. Plain Java on purpose: no Spring, JPA or HTTP types,
 * so it is trivially tested and never touches the database while a visitor waits.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package org.crossroads.rules;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

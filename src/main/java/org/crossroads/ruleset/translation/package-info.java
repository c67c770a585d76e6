/**
 * The texts of a version in other languages than the source: the key of every translatable text,
 * every text a version holds with its key, and a version's texts in one language with the status of
 * each translation (current, outdated, missing).
 */
@NamedInterface("translation")
@NullMarked
package org.crossroads.ruleset.translation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;

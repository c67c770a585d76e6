/**
 * Plain language for editors: the Flesch–Kincaid reading grade of every visitor-facing text,
 * shown beside its field in the editors and listed hardest first.
 */
@NullMarked
package org.crossroads.admin.readability;

import org.jspecify.annotations.NullMarked;

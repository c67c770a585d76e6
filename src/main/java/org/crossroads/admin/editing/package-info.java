/**
 * Editing a draft rule set: questions, criteria, texts and their forms.
 */
@NullMarked
package org.crossroads.admin.editing;

import org.jspecify.annotations.NullMarked;

/**
 * A visitor's assessment: the questionnaire, the answers API, the result and what is stored of it.
 */
@NullMarked
package org.crossroads.assessment;

import org.jspecify.annotations.NullMarked;

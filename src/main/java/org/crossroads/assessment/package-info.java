/**
 * A visitor's assessment: the questionnaire's steps, the result and what is stored of it. The JSON API is in
 * {@code api}, the optional "What matters to you" step after a result in {@code values}.
 */
@NullMarked
package org.crossroads.assessment;

import org.jspecify.annotations.NullMarked;

/**
 * The JSON API under {@code /api/v1}: the questionnaire, evaluations, stored results and their values, with bad
 * input answered as problem details.
 */
@NullMarked
package org.crossroads.assessment.api;

import org.jspecify.annotations.NullMarked;

/**
 * "What matters to you" after a result: statements rated by importance and the SURE test, kept with the stored
 * result and deleted with it. It never changes the result.
 */
@NullMarked
package org.crossroads.assessment.values;

import org.jspecify.annotations.NullMarked;

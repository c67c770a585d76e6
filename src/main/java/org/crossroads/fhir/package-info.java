/**
 * The record for a clinician: the published questionnaire of a version and a stored result as HL7 FHIR R4
 * resources (Questionnaire, QuestionnaireResponse), read through the published content and the stored results.
 */
@ApplicationModule(allowedDependencies = { "assessment", "rules", "ruleset :: published" })
@NullMarked
package org.crossroads.fhir;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

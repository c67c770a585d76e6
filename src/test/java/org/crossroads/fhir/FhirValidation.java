package org.crossroads.fhir;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Questionnaire;
import org.jspecify.annotations.Nullable;

import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;

/**
 * The FHIR R4 instance validator, offline: the core profiles and value sets, the common code systems, and the
 * questionnaires given, so a response is checked against the questionnaire it names. No element of these
 * resources binds LOINC to a value set, so the validator never looks a LOINC code up (it could not offline).
 * Public for the browser tests, which validate the file a visitor downloads.
 */
public final class FhirValidation {

	private final FhirContext context;

	private final FhirValidator validator;

	private final Questionnaires questionnaires;

	public FhirValidation(FhirContext context) {
		this.context = context;
		questionnaires = new Questionnaires(context, new ConcurrentHashMap<>());
		ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(context),
				new InMemoryTerminologyServerValidationSupport(context), new CommonCodeSystemsTerminologyService(context),
				questionnaires);
		validator = context.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
	}

	/** Responses naming this questionnaire's url are validated against it. */
	public void know(String questionnaireJson) {
		Questionnaire q = context.newJsonParser().parseResource(Questionnaire.class, questionnaireJson);
		questionnaires.byUrl().put(q.getUrl(), q);
	}

	/** Every message, as "SEVERITY location: text". */
	public List<Message> validate(String json) {
		return validator.validateWithResult(json).getMessages().stream().map(Message::of).toList();
	}

	/** The questionnaires a response may name, by url: the validator's own supports hold none. */
	private record Questionnaires(FhirContext getFhirContext, Map<String, Questionnaire> byUrl) implements IValidationSupport {

		@Override
		public <T extends IBaseResource> @Nullable T fetchResource(@Nullable Class<T> type, String url) {
			Questionnaire q = byUrl.get(url);
			return q != null && (type == null || type.isInstance(q)) ? type == null ? null : type.cast(q) : null;
		}
	}

	public record Message(ResultSeverityEnum severity, String location, String text) {

		static Message of(SingleValidationMessage m) {
			return new Message(m.getSeverity(), String.valueOf(m.getLocationString()), m.getMessage());
		}

		public boolean error() {
			return severity == ResultSeverityEnum.ERROR || severity == ResultSeverityEnum.FATAL;
		}

		/** An error or a warning: anything but information. */
		public boolean problem() {
			return severity != ResultSeverityEnum.INFORMATION;
		}

		@Override
		public String toString() {
			return severity + " " + location + ": " + text;
		}
	}
}

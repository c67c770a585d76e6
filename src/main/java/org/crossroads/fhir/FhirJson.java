package org.crossroads.fhir;

import java.time.Duration;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.PerformanceOptionsEnum;
import ca.uhn.fhir.parser.IParser;

/**
 * Writes resources as FHIR R4 JSON. The model's context reads the R4 types on its first use, which takes
 * seconds and megabytes (docs/performance.md): it is made at the first FHIR request, not at start, since most
 * nodes seldom serve one, and then shared (it is thread-safe; parsers are not, so each call makes its own).
 */
@Component
class FhirJson {

	private static final Logger log = LoggerFactory.getLogger(FhirJson.class);

	private volatile @Nullable FhirContext context;

	FhirContext context() {
		FhirContext ready = context;
		if (ready == null) {
			synchronized (this) {
				ready = context;
				if (ready == null) {
					long start = System.nanoTime();
					ready = FhirContext.forR4();
					// a type's parts are read when first met, not all at once: less memory, the same output
					ready.setPerformanceOptions(PerformanceOptionsEnum.DEFERRED_MODEL_SCANNING);
					// the first write reads the model: done here, so the log line tells the whole cost
					ready.newJsonParser().encodeResourceToString(new QuestionnaireResponse());
					context = ready;
					log.info("FHIR R4 model ready in {} ms", Duration.ofNanos(System.nanoTime() - start).toMillis());
				}
			}
		}
		return ready;
	}

	String write(IBaseResource resource) {
		IParser parser = context().newJsonParser().setPrettyPrint(true);
		return parser.encodeResourceToString(resource);
	}
}

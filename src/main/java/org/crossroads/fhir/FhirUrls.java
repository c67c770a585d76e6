package org.crossroads.fhir;

/**
 * The addresses the resources name, all under this site's API: each version's questionnaire (where it can be
 * fetched, so a response's questionnaire resolves) and the site's code systems for its option, scale, outcome and
 * criterion keys. The site's own, since an editor decides what its keys mean.
 */
record FhirUrls(String base) {

	static final String OPTION = "option";

	static final String SCALE = "scale";

	static final String OUTCOME = "outcome";

	static final String CRITERION = "criterion";

	FhirUrls {
		base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

	String questionnaire(int version) {
		return base + "/api/v1/fhir/Questionnaire/" + version;
	}

	String codeSystem(String name) {
		return base + "/api/v1/fhir/CodeSystem/" + name;
	}
}

package org.crossroads.assessment.values;

import java.util.Arrays;
import java.util.Optional;

/**
 * The four items of the SURE test (O'Connor &amp; Légaré 2008), answered yes or no, in their order.
 * The wording is the validated instrument's, so it lives in messages.properties
 * ({@code values.sure.<key>.question}), never in editable content.
 */
public enum SureItem {

	SURE("sure"), UNDERSTAND("understand"), RISK_BENEFIT("risk-benefit"), ENCOURAGEMENT("encouragement");

	private final String key;

	SureItem(String key) {
		this.key = key;
	}

	public String key() {
		return key;
	}

	static Optional<SureItem> ofKey(String key) {
		return Arrays.stream(values()).filter(i -> i.key.equals(key)).findFirst();
	}
}

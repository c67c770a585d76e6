package org.crossroads.ruleset;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * One text of a version in another language than the source: {@code textKey} names the text
 * ({@code ruleset.translation.TextKeys}), {@code sourceText} is the English it was made from, so a
 * later change to the English shows the translation as outdated.
 */
@Entity
@Table(name = "text_translation")
public class TextTranslationEntity extends RuleSetChild {

	private String textKey;

	private String language;

	private String body;

	private String sourceText;

	/** For JPA. */
	protected TextTranslationEntity() {
		this.textKey = "";
		this.language = "";
		this.body = "";
		this.sourceText = "";
	}

	public TextTranslationEntity(RuleSetEntity ruleSet, String textKey, String language, String body, String sourceText) {
		setRuleSet(ruleSet);
		this.textKey = textKey;
		this.language = language;
		this.body = body;
		this.sourceText = sourceText;
	}

	public String getTextKey() { return textKey; }
	public String getLanguage() { return language; }
	public String getBody() { return body; }
	public String getSourceText() { return sourceText; }

	/** A new translation of the current English: it is current again. */
	public void translate(String body, String sourceText) {
		this.body = body;
		this.sourceText = sourceText;
	}
}

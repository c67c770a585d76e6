package org.crossroads.language;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** A row of {@code language}: added by a migration, switched on for visitors once its texts are complete. */
@Entity
@Table(name = "language")
class LanguageEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String code;

	private String name;

	@Column(name = "right_to_left")
	private boolean rightToLeft;

	private boolean source;

	private boolean live;

	private int position;

	/** For JPA. */
	protected LanguageEntity() {
		this.code = "";
		this.name = "";
	}

	Language toLanguage() {
		return new Language(code, name, rightToLeft, source, live);
	}

	String getCode() {
		return code;
	}

	/** Switches the language on or off for visitors; the source language is always on. */
	void setLive(boolean live) {
		if (source && !live) {
			throw new IllegalArgumentException("the source language is always live");
		}
		this.live = live;
	}

}

package org.crossroads.admin.editing;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import org.crossroads.ruleset.AboutPageEntity;
import org.crossroads.ruleset.AboutSourceEntity;
import org.crossroads.ruleset.AnswerOptionEntity;
import org.crossroads.ruleset.ComparisonRowEntity;
import org.crossroads.ruleset.ContentItemEntity;
import org.crossroads.ruleset.ContentList;
import org.crossroads.ruleset.CrisisResourceEntity;
import org.crossroads.ruleset.CriterionConditionEntity;
import org.crossroads.ruleset.CriterionEntity;
import org.crossroads.ruleset.HelpLinkEntity;
import org.crossroads.ruleset.HelpTopic;
import org.crossroads.ruleset.OutcomeTextEntity;
import org.crossroads.ruleset.QuestionEntity;
import org.crossroads.ruleset.RuleSetEntity;
import org.crossroads.ruleset.SectionEntity;
import org.crossroads.ruleset.ValueStatementEntity;
import org.crossroads.rules.MatchMode;
import org.crossroads.rules.Pathway;

import org.jspecify.annotations.Nullable;

/**
 * What the edit pages post. Every form of an existing item carries the lock version the editor
 * saw. Messages come from messages.properties ({@code admin.error.*}).
 */
public final class EditForms {

	/** Keys and codes: lower case words joined by "-" or ".", as the JSON API and stored results use them. */
	static final String KEY = "^[a-z0-9]+([.-][a-z0-9]+)*$";

	/** A question's short label: the column's size. */
	static final int SHORT_LABEL = 60;

	private EditForms() {
	}

	public record CriterionForm(long lockVersion,
			@NotBlank(message = "{admin.error.required}") @Size(max = 300, message = "{admin.error.too-long}") String title,
			@NotBlank(message = "{admin.error.required}") @Size(max = 4000, message = "{admin.error.too-long}") String reason,
			@NotNull(message = "{admin.error.required}") Pathway pathway,
			@NotNull(message = "{admin.error.number}") @Min(value = 0, message = "{admin.error.weight}") @Max(value = 100, message = "{admin.error.max}") Integer weight,
			@Nullable Boolean clinical, @Nullable Boolean exclusive, @Nullable Boolean active,
			@NotNull(message = "{admin.error.required}") MatchMode match,
			@NotNull(message = "{admin.error.number}") @Min(value = 1, message = "{admin.error.position}") @Max(value = 1000, message = "{admin.error.max}") Integer position) {

		/** An unticked checkbox sends nothing: absent means false. */
		public CriterionForm {
			clinical = Boolean.TRUE.equals(clinical);
			exclusive = Boolean.TRUE.equals(exclusive);
			active = Boolean.TRUE.equals(active);
		}

		public static CriterionForm of(CriterionEntity c) {
			return new CriterionForm(c.getLockVersion(), c.getTitle(), c.getReason(), c.getPathway(), c.getWeight(),
					c.isClinical(), c.isExclusive(), c.isActive(), c.getMatch(), c.getPosition());
		}
	}

	record NewCriterionForm(
			@NotBlank(message = "{admin.error.required}") @Size(max = 100, message = "{admin.error.too-long}") @Pattern(regexp = KEY, message = "{admin.error.key}") String code,
			@NotBlank(message = "{admin.error.required}") @Size(max = 300, message = "{admin.error.too-long}") String title,
			@NotBlank(message = "{admin.error.required}") @Size(max = 4000, message = "{admin.error.too-long}") String reason,
			@NotNull(message = "{admin.error.required}") Pathway pathway,
			@NotNull(message = "{admin.error.number}") @Min(value = 0, message = "{admin.error.weight}") @Max(value = 100, message = "{admin.error.max}") Integer weight,
			@Nullable Boolean clinical, @Nullable Boolean exclusive,
			@NotNull(message = "{admin.error.required}") MatchMode match) {

		public NewCriterionForm {
			clinical = Boolean.TRUE.equals(clinical);
			exclusive = Boolean.TRUE.equals(exclusive);
		}

		static NewCriterionForm blank() {
			return new NewCriterionForm("", "", "", Pathway.COACHING, 1, false, false, MatchMode.ANY);
		}
	}

	/** The options of an answer condition; {@code question} is read only when a condition is added. */
	record AnswerConditionForm(long lockVersion, @Nullable String question,
			@NotEmpty(message = "{admin.error.options}") Set<String> options) {

		static AnswerConditionForm of(CriterionEntity c, CriterionConditionEntity condition) {
			return new AnswerConditionForm(c.getLockVersion(), condition.getQuestionKey(), Set.copyOf(condition.getOptionKeys()));
		}
	}

	record ScoreConditionForm(long lockVersion,
			@NotBlank(message = "{admin.error.choose-scale}") String scale,
			@NotNull(message = "{admin.error.number}") @Min(value = 0, message = "{admin.error.min-score}") @Max(value = 1000, message = "{admin.error.max}") Integer minimum) {
	}

	/** Only the lock version: for removing an item, which must still be as the editor saw it. */
	public record LockForm(long lockVersion) {
	}

	record QuestionForm(long lockVersion,
			@NotBlank(message = "{admin.error.required}") @Size(max = 2000, message = "{admin.error.too-long}") String prompt,
			@NotBlank(message = "{admin.error.required}") @Size(max = SHORT_LABEL, message = "{admin.error.too-long}") String shortLabel,
			@Size(max = 2000, message = "{admin.error.too-long}") @Nullable String help,
			@NotNull(message = "{admin.error.number}") @Min(value = 1, message = "{admin.error.position}") @Max(value = 1000, message = "{admin.error.max}") Integer position,
			@Nullable Boolean required,
			@Size(max = 64, message = "{admin.error.too-long}") @Pattern(regexp = "^$|" + KEY, message = "{admin.error.key}") @Nullable String scale,
			@Valid @Nullable List<OptionRow> options) {

		public QuestionForm {
			required = Boolean.TRUE.equals(required);
			options = options == null ? List.of() : options;
		}

		static QuestionForm of(QuestionEntity q) {
			List<OptionRow> rows = Items.sorted(q.getOptions(), AnswerOptionEntity::getPosition, AnswerOptionEntity::getId)
				.stream()
				.map(o -> new OptionRow(o.getKey(), o.getLabel(), o.getPosition(), o.getScore()))
				.toList();
			return new QuestionForm(q.getLockVersion(), q.getPrompt(), q.getShortLabel(), q.getHelp(), q.getPosition(), q.isRequired(),
					q.getScaleKey() == null ? "" : q.getScaleKey(), rows);
		}
	}

	/** One option of a question; {@code key} is shown, not changed (stored answers refer to it). */
	record OptionRow(@Nullable String key,
			@NotBlank(message = "{admin.error.required}") @Size(max = 300, message = "{admin.error.too-long}") String label,
			@NotNull(message = "{admin.error.number}") @Min(value = 1, message = "{admin.error.position}") @Max(value = 1000, message = "{admin.error.max}") Integer position,
			@NotNull(message = "{admin.error.number}") @Min(value = 0, message = "{admin.error.score}") @Max(value = 100, message = "{admin.error.max}") Integer score) {
	}

	record NewQuestionForm(@NotBlank(message = "{admin.error.required}") @Nullable String section,
			@NotBlank(message = "{admin.error.required}") @Size(max = 64, message = "{admin.error.too-long}") @Pattern(regexp = KEY, message = "{admin.error.key}") String key,
			@NotBlank(message = "{admin.error.required}") @Size(max = 2000, message = "{admin.error.too-long}") String prompt,
			@NotBlank(message = "{admin.error.required}") @Size(max = SHORT_LABEL, message = "{admin.error.too-long}") String shortLabel,
			@Size(max = 2000, message = "{admin.error.too-long}") @Nullable String help,
			@Nullable Boolean required,
			@Size(max = 64, message = "{admin.error.too-long}") @Pattern(regexp = "^$|" + KEY, message = "{admin.error.key}") @Nullable String scale) {

		public NewQuestionForm {
			required = Boolean.TRUE.equals(required);
		}

		static NewQuestionForm blank(@Nullable String section) {
			return new NewQuestionForm(section, "", "", "", "", true, "");
		}
	}

	record NewOptionForm(long lockVersion,
			@NotBlank(message = "{admin.error.required}") @Size(max = 64, message = "{admin.error.too-long}") @Pattern(regexp = KEY, message = "{admin.error.key}") String key,
			@NotBlank(message = "{admin.error.required}") @Size(max = 300, message = "{admin.error.too-long}") String label,
			@NotNull(message = "{admin.error.number}") @Min(value = 0, message = "{admin.error.score}") @Max(value = 100, message = "{admin.error.max}") Integer score) {
	}

	record SectionForm(long lockVersion,
			@NotBlank(message = "{admin.error.required}") @Size(max = 300, message = "{admin.error.too-long}") String title,
			@NotNull(message = "{admin.error.number}") @Min(value = 1, message = "{admin.error.position}") @Max(value = 1000, message = "{admin.error.max}") Integer position) {

		static SectionForm of(SectionEntity s) {
			return new SectionForm(s.getLockVersion(), s.getTitle(), s.getPosition());
		}
	}

	record ThresholdsForm(long lockVersion,
			@NotNull(message = "{admin.error.number}") @Min(value = 1, message = "{admin.error.threshold}") @Max(value = 1000, message = "{admin.error.max}") Integer therapy,
			@NotNull(message = "{admin.error.number}") @Min(value = 1, message = "{admin.error.threshold}") @Max(value = 1000, message = "{admin.error.max}") Integer coaching) {

		static ThresholdsForm of(RuleSetEntity r) {
			return new ThresholdsForm(r.getLockVersion(), r.getTherapyThreshold(), r.getCoachingThreshold());
		}
	}

	/** Numbers people can dial: digits and spaces, an optional leading +, at least one digit. */
	static final String DIALABLE = "^$|^\\+?[0-9][0-9 ]{0,29}$";

	/**
	 * Phone and SMS numbers are optional (the international directory has none); a keyword is one word.
	 * The language the line answers in is a BCP 47 primary language subtag: two or three small letters.
	 */
	public record CrisisResourceForm(long lockVersion,
			@NotBlank(message = "{admin.error.required}") @Size(max = 100, message = "{admin.error.too-long}") String region,
			@NotBlank(message = "{admin.error.required}") @Pattern(regexp = "^(INT|[A-Z]{2})$", message = "{admin.error.region-code}") String regionCode,
			@NotBlank(message = "{admin.error.required}") @Pattern(regexp = "^[a-z]{2,3}$", message = "{admin.error.language}") String language,
			@NotBlank(message = "{admin.error.required}") @Size(max = 200, message = "{admin.error.too-long}") String label,
			@NotBlank(message = "{admin.error.required}") @Size(max = 200, message = "{admin.error.too-long}") String contact,
			@Pattern(regexp = DIALABLE, message = "{admin.error.phone}") @Nullable String phone,
			@Pattern(regexp = DIALABLE, message = "{admin.error.phone}") @Nullable String smsNumber,
			@Pattern(regexp = "^$|^[A-Za-z0-9]{1,40}$", message = "{admin.error.sms-keyword}") @Nullable String smsKeyword,
			@Size(max = 500, message = "{admin.error.too-long}") @Pattern(regexp = "^$|^https?://[^\\s<>\"]+$", message = "{admin.error.url}") @Nullable String url,
			@NotNull(message = "{admin.error.number}") @Min(value = 1, message = "{admin.error.position}") @Max(value = 1000, message = "{admin.error.max}") Integer position) {

		public static CrisisResourceForm of(CrisisResourceEntity r) {
			return new CrisisResourceForm(r.getLockVersion(), r.getRegion(), r.getRegionCode(), r.getLanguage(),
					r.getLabel(), r.getContact(),
					orEmpty(r.getPhone()), orEmpty(r.getSmsNumber()), orEmpty(r.getSmsKeyword()), orEmpty(r.getUrl()),
					r.getPosition());
		}

		private static String orEmpty(@Nullable String value) {
			return value == null ? "" : value;
		}
	}

	record HeadlineForm(long lockVersion,
			@NotBlank(message = "{admin.error.required}") @Size(max = 1000, message = "{admin.error.too-long}") String headline) {

		static HeadlineForm of(OutcomeTextEntity t) {
			return new HeadlineForm(t.getLockVersion(), t.getHeadline());
		}
	}

	record ComparisonRowForm(long lockVersion,
			@NotBlank(message = "{admin.error.required}") @Size(max = 200, message = "{admin.error.too-long}") String feature,
			@NotBlank(message = "{admin.error.required}") @Size(max = 2000, message = "{admin.error.too-long}") String therapy,
			@NotBlank(message = "{admin.error.required}") @Size(max = 2000, message = "{admin.error.too-long}") String coaching,
			@NotNull(message = "{admin.error.number}") @Min(value = 1, message = "{admin.error.position}") @Max(value = 1000, message = "{admin.error.max}") Integer position) {

		static ComparisonRowForm of(ComparisonRowEntity r) {
			return new ComparisonRowForm(r.getLockVersion(), r.getFeature(), r.getTherapy(), r.getCoaching(),
					r.getPosition());
		}
	}

	/** A "What matters to you" statement; {@code key} is read only when one is added (answers refer to it). */
	record ValueStatementForm(long lockVersion,
			@Size(max = 64, message = "{admin.error.too-long}") @Pattern(regexp = "^$|" + KEY, message = "{admin.error.key}") @Nullable String key,
			@NotBlank(message = "{admin.error.required}") @Size(max = 300, message = "{admin.error.too-long}") String text,
			@NotBlank(message = "{admin.error.required}") @Size(max = 2000, message = "{admin.error.too-long}") String therapyFit,
			@NotBlank(message = "{admin.error.required}") @Size(max = 2000, message = "{admin.error.too-long}") String coachingFit,
			@NotNull(message = "{admin.error.number}") @Min(value = 1, message = "{admin.error.position}") @Max(value = 1000, message = "{admin.error.max}") Integer position) {

		static ValueStatementForm of(ValueStatementEntity v) {
			return new ValueStatementForm(v.getLockVersion(), v.getKey(), v.getBody(), v.getTherapyFit(), v.getCoachingFit(),
					v.getPosition());
		}
	}

	/** One text of a list; {@code list} is read only when an item is added. */
	record ContentItemForm(long lockVersion, @Nullable ContentList list,
			@NotBlank(message = "{admin.error.required}") @Size(max = 4000, message = "{admin.error.too-long}") String body,
			@NotNull(message = "{admin.error.number}") @Min(value = 1, message = "{admin.error.position}") @Max(value = 1000, message = "{admin.error.max}") Integer position) {

		static ContentItemForm of(ContentItemEntity i) {
			return new ContentItemForm(i.getLockVersion(), i.getListKey(), i.getBody(), i.getPosition());
		}
	}

	/** Links to other sites: full https addresses only, so no page sends visitors anywhere in the clear. */
	static final String HTTPS_URL = "^$|^https://[^\\s<>\"]+$";

	/** A "Finding help" entry; {@code topic} is read only when an entry is added. */
	record HelpLinkForm(long lockVersion, @Nullable HelpTopic topic,
			@NotBlank(message = "{admin.error.required}") @Size(max = 8, message = "{admin.error.too-long}") @Pattern(regexp = "^([A-Z]{2}|INT)$", message = "{admin.error.region-code}") String regionCode,
			@NotBlank(message = "{admin.error.required}") @Size(max = 200, message = "{admin.error.too-long}") String label,
			@Size(max = 500, message = "{admin.error.too-long}") @Pattern(regexp = HTTPS_URL, message = "{admin.error.https-url}") @Nullable String url,
			@Size(max = 1000, message = "{admin.error.too-long}") @Nullable String note,
			@NotNull(message = "{admin.error.number}") @Min(value = 1, message = "{admin.error.position}") @Max(value = 1000, message = "{admin.error.max}") Integer position) {

		static HelpLinkForm of(HelpLinkEntity l) {
			return new HelpLinkForm(l.getLockVersion(), l.getTopic(), l.getRegionCode(), l.getLabel(),
					l.getUrl() == null ? "" : l.getUrl(), l.getNote() == null ? "" : l.getNote(), l.getPosition());
		}
	}

	record AboutForm(long lockVersion,
			@NotBlank(message = "{admin.error.required}") @Size(max = 4000, message = "{admin.error.too-long}") String author,
			@NotBlank(message = "{admin.error.required}") @Size(max = 4000, message = "{admin.error.too-long}") String sources,
			@NotNull(message = "{admin.error.date}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastReviewed,
			@NotBlank(message = "{admin.error.required}") @Size(max = 4000, message = "{admin.error.too-long}") String reviewPolicy,
			@NotBlank(message = "{admin.error.required}") @Size(max = 4000, message = "{admin.error.too-long}") String instruments,
			@Size(max = 500, message = "{admin.error.too-long}") @Pattern(regexp = HTTPS_URL, message = "{admin.error.https-url}") @Nullable String sourceUrl,
			@Size(max = 4000, message = "{admin.error.too-long}") @Nullable String funding,
			@Size(max = 4000, message = "{admin.error.too-long}") @Nullable String conflictsOfInterest,
			@Size(max = 4000, message = "{admin.error.too-long}") @Nullable String limits) {

		static AboutForm of(AboutPageEntity a) {
			return new AboutForm(a.getLockVersion(), a.getAuthor(), a.getSources(), a.getLastReviewed(),
					a.getReviewPolicy(), a.getInstruments(), a.getSourceUrl() == null ? "" : a.getSourceUrl(),
					orEmpty(a.getFunding()), orEmpty(a.getConflictsOfInterest()), orEmpty(a.getLimits()));
		}
	}

	/** A source the About page cites; the date it gives is optional, the date it was read is not. */
	record AboutSourceForm(long lockVersion,
			@NotBlank(message = "{admin.error.required}") @Size(max = 300, message = "{admin.error.too-long}") String title,
			@NotBlank(message = "{admin.error.required}") @Size(max = 300, message = "{admin.error.too-long}") String publisher,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate publishedOn,
			@NotNull(message = "{admin.error.date}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate accessedOn,
			@Size(max = 500, message = "{admin.error.too-long}") @Pattern(regexp = HTTPS_URL, message = "{admin.error.https-url}") @Nullable String url,
			@NotNull(message = "{admin.error.number}") @Min(value = 1, message = "{admin.error.position}") @Max(value = 1000, message = "{admin.error.max}") Integer position) {

		static AboutSourceForm of(AboutSourceEntity x) {
			return new AboutSourceForm(x.getLockVersion(), x.getTitle(), x.getPublisher(), x.getPublishedOn(),
					x.getAccessedOn(), orEmpty(x.getUrl()), x.getPosition());
		}
	}

	private static String orEmpty(@Nullable String text) {
		return text == null ? "" : text;
	}
}

package org.crossroads.ruleset.published;

import org.crossroads.ruleset.ContentList;
import org.crossroads.ruleset.HelpTopic;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.crossroads.rules.Outcome;
import org.jspecify.annotations.Nullable;

/** The texts of one published version that pages show besides the questionnaire. Immutable. */
public record SiteContent(Map<Outcome, String> headlines, List<ComparisonRow> comparison,
		Map<ContentList, List<String>> lists, List<CrisisResource> crisisResources, @Nullable About about,
		List<HelpLink> helpLinks, List<ValueStatement> valueStatements) {

	public SiteContent {
		headlines = Map.copyOf(headlines);
		comparison = List.copyOf(comparison);
		Map<ContentList, List<String>> copy = new EnumMap<>(ContentList.class);
		lists.forEach((k, v) -> copy.put(k, List.copyOf(v)));
		lists = java.util.Collections.unmodifiableMap(copy);
		crisisResources = List.copyOf(crisisResources);
		helpLinks = List.copyOf(helpLinks);
		valueStatements = List.copyOf(valueStatements);
	}

	/** A version without "What matters to you" statements. */
	public SiteContent(Map<Outcome, String> headlines, List<ComparisonRow> comparison,
			Map<ContentList, List<String>> lists, List<CrisisResource> crisisResources, @Nullable About about,
			List<HelpLink> helpLinks) {
		this(headlines, comparison, lists, crisisResources, about, helpLinks, List.of());
	}

	/** A version without "Finding help" entries. */
	public SiteContent(Map<Outcome, String> headlines, List<ComparisonRow> comparison,
			Map<ContentList, List<String>> lists, List<CrisisResource> crisisResources, @Nullable About about) {
		this(headlines, comparison, lists, crisisResources, about, List.of());
	}

	/** The entries of one topic, in their order. */
	public List<HelpLink> helpLinks(HelpTopic topic) {
		return helpLinks.stream().filter(l -> l.topic() == topic).toList();
	}

	public String headline(Outcome outcome) {
		return headlines.getOrDefault(outcome, "");
	}

	public List<String> list(ContentList key) {
		return lists.getOrDefault(key, List.of());
	}

	public List<String> nextSteps(Outcome outcome) {
		return list(ContentList.nextStepsFor(outcome));
	}

	public record ComparisonRow(String feature, String therapy, String coaching) {
	}

	/** A "What matters to you" statement and how therapy and coaching fit it; {@code key} is stable. */
	public record ValueStatement(String key, String text, String therapyFit, String coachingFit) {
	}

	/** A statement by its key. */
	public java.util.Optional<ValueStatement> valueStatement(String key) {
		return valueStatements.stream().filter(v -> v.key().equals(key)).findFirst();
	}

	/**
	 * One crisis line. {@code regionCode} is an ISO 3166 country code or {@link #INTERNATIONAL}; phone and
	 * SMS numbers are as people write them (digits, spaces, a leading +), the keyword is the word to text.
	 * {@code language} is the language the line answers in (BCP 47, such as "es"), English when blank.
	 */
	public record CrisisResource(String region, String label, String contact, @Nullable String url,
			String regionCode, @Nullable String phone, @Nullable String smsNumber, @Nullable String smsKeyword,
			String language) {

		public static final String INTERNATIONAL = "INT";

		/** The language of the lines that name none. */
		public static final String ENGLISH = "en";

		/** A line that answers in English. */
		public CrisisResource(String region, String label, String contact, @Nullable String url, String regionCode,
				@Nullable String phone, @Nullable String smsNumber, @Nullable String smsKeyword) {
			this(region, label, contact, url, regionCode, phone, smsNumber, smsKeyword, ENGLISH);
		}

		public CrisisResource {
			language = primaryLanguage(language);
			phone = blankToNull(phone);
			smsNumber = blankToNull(smsNumber);
			smsKeyword = smsNumber == null ? null : blankToNull(smsKeyword);
		}

		public boolean international() {
			return INTERNATIONAL.equals(regionCode);
		}

		public boolean hasNumber() {
			return phone != null || smsNumber != null;
		}

		/** Whether the line answers in {@code languageCode} ("es", or a tag such as "es-MX"); ignores case. */
		public boolean answersIn(@Nullable String languageCode) {
			return language.equals(primaryLanguage(languageCode));
		}

		/** "es" of "es-MX" or "ES": the primary language subtag, lower case; English when blank. */
		public static String primaryLanguage(@Nullable String languageCode) {
			if (languageCode == null || languageCode.isBlank()) {
				return ENGLISH;
			}
			String code = languageCode.strip().toLowerCase(java.util.Locale.ROOT);
			int dash = code.indexOf('-');
			return dash < 0 ? code : code.substring(0, dash);
		}

		/** "tel:+61131114": the digits and a leading + only (RFC 3966), spaces are for reading. */
		public @Nullable String telHref() {
			return phone == null ? null : "tel:" + dialable(phone);
		}

		/**
		 * "sms:741741?&body=HOME". RFC 5724 says "?body=", which Android follows; iOS 8 and later only read
		 * "&body=" (http://blog.julianklotz.de/the-sms-uri-scheme/), so "?&body=" serves both: Android sees an
		 * empty first parameter, iOS the "&body=" it looks for.
		 */
		public @Nullable String smsHref() {
			if (smsNumber == null) {
				return null;
			}
			String number = "sms:" + dialable(smsNumber);
			return smsKeyword == null ? number
					: number + "?&body=" + java.net.URLEncoder.encode(smsKeyword, java.nio.charset.StandardCharsets.UTF_8);
		}

		private static String dialable(String number) {
			return number.replaceAll("[^0-9+]", "");
		}

		private static @Nullable String blankToNull(@Nullable String value) {
			return value == null || value.isBlank() ? null : value.strip();
		}
	}

	/** A "Finding help" entry; {@code regionCode} is an ISO 3166 country code, or INT for everywhere. */
	public record HelpLink(HelpTopic topic, String regionCode, String label, @Nullable String url, @Nullable String note) {
	}

	/**
	 * The About facts. {@code funding}, {@code conflictsOfInterest} and {@code limits} are null when not
	 * stated ("none" is a statement); {@code citations} are the dated sources, in order.
	 */
	public record About(String author, String sources, LocalDate lastReviewed, String reviewPolicy,
			String instruments, @Nullable String sourceUrl, @Nullable String funding,
			@Nullable String conflictsOfInterest, @Nullable String limits, List<Source> citations) {

		public About {
			citations = List.copyOf(citations);
		}

		public About(String author, String sources, LocalDate lastReviewed, String reviewPolicy, String instruments,
				@Nullable String sourceUrl) {
			this(author, sources, lastReviewed, reviewPolicy, instruments, sourceUrl, null, null, null, List.of());
		}

		public About(String author, String sources, LocalDate lastReviewed, String reviewPolicy, String instruments) {
			this(author, sources, lastReviewed, reviewPolicy, instruments, null);
		}
	}

	/** A cited source: {@code publishedOn} is null when the source gives no date. */
	public record Source(String title, String publisher, @Nullable LocalDate publishedOn, LocalDate accessedOn,
			@Nullable String url) {
	}
}

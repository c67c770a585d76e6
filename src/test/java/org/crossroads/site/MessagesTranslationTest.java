package org.crossroads.site;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every translation of messages.properties (each messages_xx.properties beside it) holds the same keys,
 * the same arguments per key, no blank text, and no text left untranslated except the short list below.
 */
class MessagesTranslationTest {

	static final Path RESOURCES = Path.of("src/main/resources");

	static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

	/** Bean Validation arguments such as {max}: the validator fills them in, so they must survive too. */
	static final Pattern NAMED_ARGUMENT = Pattern.compile("\\{([a-zA-Z]+)}");

	/**
	 * Keys whose text is the same in every language, with why. Anything else left as the English text is
	 * a forgotten translation.
	 */
	static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of(
			// the product name
			"site.name", "site.title.suffix",
			// a file name and argument-only formats: no words in them
			"fhir.download.filename", "admin.preview.safety-item", "admin.history.approved-by",
			// names of the screening instruments
			"fhir.scale.phq2", "fhir.scale.gad2",
			// the SURE test (item names and questions): validated wording, used unchanged with attribution
			"values.sure.sure.name", "values.sure.sure.question",
			"values.sure.understand.name", "values.sure.understand.question",
			"values.sure.risk-benefit.name", "values.sure.risk-benefit.question",
			"values.sure.encouragement.name", "values.sure.encouragement.question",
			// words spelt the same in Spanish: "Coaching" (the term Spanish uses), "No", "Editor", "Error", a country
			"result.bar.coaching", "values.fit.coaching", "compare.table.coaching", "fhir.outcome.COACHING",
			"admin.field.coachingSide", "admin.pathway.COACHING", "admin.outcome.COACHING",
			"insights.outcome.COACHING", "values.sure.no", "admin.no", "accounts.role-name.EDITOR",
			"api.refused-early.title", "help.region.AU");

	@Test
	void everyTranslationHasTheSameKeys() throws IOException {
		Properties english = load(RESOURCES.resolve("messages.properties"));
		for (Path translation : translations()) {
			Properties other = load(translation);
			Set<String> missing = new TreeSet<>(english.stringPropertyNames());
			missing.removeAll(other.stringPropertyNames());
			Set<String> extra = new TreeSet<>(other.stringPropertyNames());
			extra.removeAll(english.stringPropertyNames());
			assertThat(missing).as("keys missing from %s", translation.getFileName()).isEmpty();
			assertThat(extra).as("keys in %s that messages.properties lacks", translation.getFileName()).isEmpty();
		}
	}

	@Test
	void everyTranslationKeepsTheArguments() throws IOException {
		Properties english = load(RESOURCES.resolve("messages.properties"));
		for (Path translation : translations()) {
			Properties other = load(translation);
			List<String> differ = new ArrayList<>();
			for (String key : english.stringPropertyNames()) {
				String text = other.getProperty(key);
				if (text != null && (!arguments(ARGUMENT, english.getProperty(key)).equals(arguments(ARGUMENT, text))
						|| !arguments(NAMED_ARGUMENT, english.getProperty(key))
							.equals(arguments(NAMED_ARGUMENT, text)))) {
					differ.add(key);
				}
			}
			assertThat(differ).as("keys of %s whose {n} arguments differ from English", translation.getFileName())
				.isEmpty();
		}
	}

	@Test
	void everyTranslatedMessageWithArgumentsIsAValidMessageFormat() throws IOException {
		for (Path translation : translations()) {
			Properties other = load(translation);
			List<String> invalid = new ArrayList<>();
			for (String key : other.stringPropertyNames()) {
				String text = other.getProperty(key);
				if (ARGUMENT.matcher(text).find()) {
					try {
						new MessageFormat(text);
					}
					catch (IllegalArgumentException e) {
						invalid.add(key + ": " + e.getMessage());
					}
				}
			}
			assertThat(invalid).as("messages of %s that MessageFormat refuses", translation.getFileName()).isEmpty();
		}
	}

	@Test
	void noTranslationIsBlank() throws IOException {
		for (Path translation : translations()) {
			Properties other = load(translation);
			List<String> blank = other.stringPropertyNames().stream()
				.filter(key -> other.getProperty(key).isBlank())
				.sorted()
				.toList();
			assertThat(blank).as("blank messages in %s", translation.getFileName()).isEmpty();
		}
	}

	@Test
	void everyTextIsTranslatedUnlessItIsTheSameInEveryLanguage() throws IOException {
		Properties english = load(RESOURCES.resolve("messages.properties"));
		for (Path translation : translations()) {
			Properties other = load(translation);
			List<String> untranslated = english.stringPropertyNames().stream()
				.filter(key -> english.getProperty(key).equals(other.getProperty(key)))
				.filter(key -> !SAME_IN_EVERY_LANGUAGE.contains(key))
				.sorted()
				.toList();
			assertThat(untranslated).as("texts of %s still in English", translation.getFileName()).isEmpty();
		}
	}

	@Test
	void theAllowListNamesOnlyKeysThatExist() throws IOException {
		Properties english = load(RESOURCES.resolve("messages.properties"));
		assertThat(english.stringPropertyNames()).containsAll(SAME_IN_EVERY_LANGUAGE);
	}

	@Test
	void thereIsATranslationToCheck() throws IOException {
		assertThat(translations()).extracting(p -> p.getFileName().toString()).contains("messages_es.properties");
	}

	static List<Path> translations() throws IOException {
		try (Stream<Path> files = Files.list(RESOURCES)) {
			return files.filter(p -> p.getFileName().toString().matches("messages_[A-Za-z_]+\\.properties"))
				.sorted()
				.toList();
		}
	}

	static Set<String> arguments(Pattern pattern, String text) {
		Set<String> found = new TreeSet<>();
		Matcher m = pattern.matcher(text);
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}

	/** Spring reads the message files as UTF-8 (spring.messages.encoding is not set, so its default applies). */
	static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}

package org.crossroads.site;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a person reads comes from messages.properties: a template holds no literal text
 * (outside elements whose content Thymeleaf replaces), and every message key a template or the
 * Java code names exists.
 */
class MessagesTest {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	static final Path JAVA = Path.of("src/main/java");

	/** Attributes a person reads or hears; {@code value} too on input buttons (a button element shows its content). */
	static final Set<String> READ_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label",
			"aria-description", "aria-roledescription", "aria-valuetext");

	static final Set<String> BUTTON_INPUTS = Set.of("submit", "button", "reset");

	/** A word: a literal of only punctuation or symbols (a separator) is not a text to translate. */
	static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{N}]");

	static final Pattern MESSAGE = Pattern.compile("#\\{");

	static final Pattern LITERAL = Pattern.compile("'([^']*)'");

	/** A string literal in Java that looks like a message key, or the constant start of one. */
	static final Pattern JAVA_KEY = Pattern.compile("\"\\{?([a-z][a-zA-Z0-9-]*(?:\\.[a-zA-Z0-9_-]+)+\\.?)\\}?\"");

	@Test
	void templatesHoldNoLiteralText() throws IOException {
		List<String> literals = new ArrayList<>();
		for (Path template : templates()) {
			Document page = Jsoup.parse(Files.readString(template), "", Parser.htmlParser());
			for (Element element : page.getAllElements()) {
				for (Node child : element.childNodes()) {
					if (child instanceof TextNode text && hasWords(text.text()) && !replaced(element)) {
						literals.add(where(template) + ": text \"" + text.text().strip() + "\" in <" + element.tagName() + ">");
					}
				}
				for (Attribute attribute : element.attributes()) {
					if (read(element, attribute.getKey()) && hasWords(attribute.getValue())
							&& !element.hasAttr("th:" + attribute.getKey()) && !element.attr("th:attr").contains(attribute.getKey() + "=")
							&& !removed(element)) {
						literals.add(where(template) + ": " + attribute.getKey() + "=\"" + attribute.getValue() + "\" on <"
								+ element.tagName() + ">");
					}
				}
			}
		}
		assertThat(literals).as("literal texts: move them to messages.properties and use th:text=\"#{...}\"").isEmpty();
	}

	@Test
	void everyKeyNamedInTemplatesExists() throws IOException {
		Set<String> keys = keys();
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			String html = Files.readString(template);
			for (String expression : messageExpressions(html)) {
				if (!known(expression, keys)) {
					missing.add(where(template) + ": #{" + expression + "}");
				}
			}
		}
		assertThat(missing).as("message keys used in templates but missing from messages.properties").isEmpty();
	}

	@Test
	void everyKeyNamedInJavaExists() throws IOException {
		Set<String> keys = keys();
		Set<String> prefixes = keys.stream().map(k -> k.substring(0, k.indexOf('.') + 1)).collect(Collectors.toSet());
		List<String> missing = new ArrayList<>();
		int checked = 0;
		try (Stream<Path> files = Files.walk(JAVA)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Matcher literal = JAVA_KEY.matcher(Files.readString(file));
				while (literal.find()) {
					String key = literal.group(1);
					if (prefixes.stream().noneMatch(key::startsWith)) {
						continue; // a class, package or property name, not a message
					}
					checked++;
					// admin forms resolve their error codes with the "admin." prefix (EditorPageModel),
					// their validator's among them
					boolean adminCode = file.startsWith(JAVA.resolve("org/crossroads/admin"))
							|| file.endsWith("org/crossroads/NoControlCharacters.java");
					String prefixed = adminCode ? "admin." + key : key;
					boolean found = key.endsWith(".")
							? keys.stream().anyMatch(k -> k.startsWith(key) || k.startsWith(prefixed))
							: keys.contains(key) || keys.contains(prefixed);
					if (!found) {
						missing.add(JAVA.relativize(file) + ": \"" + key + "\"");
					}
				}
			}
		}
		assertThat(checked).as("message codes found in the Java code").isGreaterThan(20);
		assertThat(missing).as("message codes used in Java but missing from messages.properties").isEmpty();
	}

	/** The content of an element whose body Thymeleaf replaces, or that it removes, is a placeholder. */
	static boolean replaced(Element element) {
		for (Element e = element; e != null; e = e.parent()) {
			if (e.hasAttr("th:text") || e.hasAttr("th:utext") || e.hasAttr("th:errors") || removed(e)) {
				return true;
			}
			for (String fragment : List.of("th:replace", "th:insert", "th:include")) {
				// the layout call pulls this page's own parts (~{::main}) into the frame: those do render
				if (e.hasAttr(fragment) && !e.attr(fragment).contains("~{::")) {
					return true;
				}
			}
		}
		return false;
	}

	static boolean removed(Element element) {
		return element.attr("th:remove").equals("all");
	}

	static boolean read(Element element, String attribute) {
		if (READ_ATTRIBUTES.contains(attribute)) {
			return true;
		}
		return attribute.equals("value") && element.tagName().equals("input")
				&& BUTTON_INPUTS.contains(element.attr("type").toLowerCase());
	}

	static boolean hasWords(String text) {
		return WORDS.matcher(text).find();
	}

	/** The inside of every #{...} in a template, braces balanced. */
	static List<String> messageExpressions(String html) {
		List<String> found = new ArrayList<>();
		Matcher start = MESSAGE.matcher(html);
		while (start.find()) {
			int depth = 1;
			int at = start.end();
			while (at < html.length() && depth > 0) {
				char c = html.charAt(at++);
				depth += c == '{' ? 1 : c == '}' ? -1 : 0;
			}
			found.add(html.substring(start.end(), at - 1));
		}
		return found;
	}

	/**
	 * Whether a message expression names a key that exists. A key worked out at render time is
	 * checked by its constant parts: its start (and end, when constant) must match some key.
	 */
	static boolean known(String expression, Set<String> keys) {
		String key = expression.startsWith("|") ? expression.substring(1, expression.indexOf('|', 1)) : expression;
		if (key.startsWith("${")) {
			List<String> parts = LITERAL.matcher(key).results().map(m -> m.group(1)).toList();
			if (parts.isEmpty() || !key.startsWith("${'")) {
				return true; // wholly from the model: the Java side names those keys
			}
			String prefix = parts.get(0);
			String suffix = key.matches("(?s).*'\\s*}$") && parts.size() > 1 ? parts.get(parts.size() - 1) : "";
			return keys.stream().anyMatch(k -> k.startsWith(prefix) && k.endsWith(suffix));
		}
		int dynamic = indexOfAny(key, "${", "__", "(");
		if (dynamic >= 0 && !key.startsWith("(", dynamic)) {
			String prefix = key.substring(0, dynamic);
			return keys.stream().anyMatch(k -> k.startsWith(prefix));
		}
		return keys.contains(dynamic >= 0 ? key.substring(0, dynamic).strip() : key.strip());
	}

	static int indexOfAny(String text, String... needles) {
		int first = -1;
		for (String needle : needles) {
			int at = text.indexOf(needle);
			if (at >= 0 && (first < 0 || at < first)) {
				first = at;
			}
		}
		return first;
	}

	static Set<String> keys() throws IOException {
		Properties messages = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/messages.properties"),
				StandardCharsets.UTF_8)) {
			messages.load(reader);
		}
		return messages.stringPropertyNames();
	}

	static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			List<Path> found = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
			assertThat(found).isNotEmpty();
			return found;
		}
	}

	static String where(Path template) {
		return TEMPLATES.relativize(template).toString();
	}
}

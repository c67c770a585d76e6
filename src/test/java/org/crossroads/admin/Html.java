package org.crossroads.admin;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.test.web.servlet.ResultMatcher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Small lookups in rendered pages by element id (the pages are HTML5, not XML, so MockMvc's xpath
 * matchers cannot read them). Enough for the flat markup the admin templates produce.
 */
public final class Html {

	private Html() {
	}

	/** The opening tag of the element with this id. */
	public static String tag(String html, String id) {
		Matcher m = Pattern.compile("<[a-zA-Z]+[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
		assertThat(m.find()).as("an element with id %s", id).isTrue();
		return m.group();
	}

	/** The text directly inside the element with this id, up to its first child tag, trimmed. */
	static String text(String html, String id) {
		Matcher m = Pattern.compile("<[a-zA-Z]+[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)<").matcher(html);
		assertThat(m.find()).as("an element with id %s", id).isTrue();
		return m.group(1).trim();
	}

	public static ResultMatcher textOf(String id, String expected) {
		return result -> assertThat(text(result.getResponse().getContentAsString(), id)).isEqualTo(expected);
	}

	public static ResultMatcher textOfContains(String id, String expected) {
		return result -> assertThat(text(result.getResponse().getContentAsString(), id)).contains(expected);
	}

	public static ResultMatcher tagOf(String id, String expectedPart) {
		return result -> assertThat(tag(result.getResponse().getContentAsString(), id)).contains(expectedPart);
	}
}

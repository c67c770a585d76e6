package org.crossroads.fhir;

import java.util.List;

import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Narrative.NarrativeStatus;
import org.springframework.web.util.HtmlUtils;

/**
 * The human-readable part of a resource (its narrative), so a clinician's system that shows resources as they
 * come reads the record without knowing this questionnaire: a few paragraphs, a list and a table of XHTML.
 */
final class FhirNarrative {

	private final StringBuilder html;

	/** {@code language}: the resource's; the XHTML says it too, as lang and xml:lang (both, for HTML and XML readers). */
	FhirNarrative(String language) {
		String tag = language.replaceAll("[^A-Za-z0-9-]", "");
		this.html = new StringBuilder("<div xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + tag + "\" xml:lang=\"" + tag
				+ "\">");
	}

	FhirNarrative heading(String text) {
		html.append("<h2>").append(escape(text)).append("</h2>");
		return this;
	}

	FhirNarrative paragraph(String text) {
		html.append("<p>").append(escape(text)).append("</p>");
		return this;
	}

	FhirNarrative list(List<String> items) {
		if (!items.isEmpty()) {
			html.append("<ul>");
			items.forEach(item -> html.append("<li>").append(escape(item)).append("</li>"));
			html.append("</ul>");
		}
		return this;
	}

	/** Two columns: a header row, then one row per pair. */
	FhirNarrative table(String left, String right, List<String[]> rows) {
		if (!rows.isEmpty()) {
			html.append("<table><tr><th>").append(escape(left)).append("</th><th>").append(escape(right)).append("</th></tr>");
			rows.forEach(row -> html.append("<tr><td>").append(escape(row[0])).append("</td><td>").append(escape(row[1]))
				.append("</td></tr>"));
			html.append("</table>");
		}
		return this;
	}

	Narrative build() {
		Narrative narrative = new Narrative();
		narrative.setStatus(NarrativeStatus.GENERATED);
		narrative.setDivAsString(html + "</div>");
		return narrative;
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}
}

package org.crossroads.admin.testcases;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.crossroads.rules.Criterion;
import org.crossroads.rules.Question;
import org.crossroads.rules.RuleSet;
import org.crossroads.rules.coverage.Gap;

/** A coverage item in words, naming criteria, questions and options as editors know them. */
@Component
public class GapWords {

	/** An item's id (for the link that fills it) and its words. */
	public record Line(String id, String text) {
	}

	private final MessageSource messages;

	GapWords(MessageSource messages) {
		this.messages = messages;
	}

	public List<Line> lines(List<Gap> gaps, RuleSet rules) {
		return gaps.stream().map(g -> new Line(g.id(), text(g, rules))).toList();
	}

	/** Items no answer set can give, each said as what answers cannot do rather than what cases lack. */
	public List<Line> unreachableLines(List<Gap> items, RuleSet rules) {
		return items.stream().map(g -> new Line(g.id(), text(g, rules, "admin.coverage.never."))).toList();
	}

	public String text(Gap gap, RuleSet rules) {
		return text(gap, rules, "admin.coverage.gap.");
	}

	private String text(Gap gap, RuleSet rules, String prefix) {
		if (gap instanceof Gap.OutcomeUnreached o) {
			return message(prefix + "outcome", message("admin.outcome." + o.outcome()));
		}
		if (gap instanceof Gap.CriterionNeverMet m) {
			return message(prefix + "met", criterion(rules, m.code()));
		}
		if (gap instanceof Gap.CriterionNeverUnmet u) {
			return message(prefix + "unmet", criterion(rules, u.code()));
		}
		if (gap instanceof Gap.ThresholdEdgeMissing e) {
			return message(prefix + (e.exact() ? "edge-exact" : "edge-below"),
					message("admin.pathway." + e.pathway()), e.score());
		}
		Gap.OptionUnused option = (Gap.OptionUnused) gap;
		Question q = rules.question(option.questionKey()).orElseThrow();
		String label = q.option(option.optionKey()).map(o -> o.label()).orElse(option.optionKey());
		return message(prefix + "option", label, q.shortLabel());
	}

	private static String criterion(RuleSet rules, String code) {
		return rules.criterion(code).map(Criterion::title).orElse(code);
	}

	private String message(String code, Object... args) {
		return messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}
}

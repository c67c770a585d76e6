package org.crossroads.ruleset.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.crossroads.SeedAnswers;
import org.crossroads.rules.Criterion;
import org.crossroads.rules.Evaluation;
import org.crossroads.rules.Outcome;
import org.crossroads.rules.Question;
import org.crossroads.rules.RuleSet;
import org.crossroads.ruleset.RuleSetEntity;
import org.crossroads.ruleset.RuleSetRepository;
import org.crossroads.ruleset.translation.Translation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

/**
 * Spanish is live, so every text of the seeded version has a current Spanish translation: none
 * missing, none made from English that has changed since, none left in English by mistake.
 */
@DataJpaTest(showSql = false) // the SQL of every query would drown the build log
class TranslationCompletenessTest {

	@Autowired
	RuleSetRepository ruleSets;

	@Test
	void everyTextOfVersionOneIsCurrentInSpanish() {
		RuleSetEntity version1 = ruleSets.findByNumber(1).orElseThrow();
		Map<String, String> texts = Snapshots.sourceTexts(version1);
		Translation spanish = Translation.of(version1, "es");
		Map<String, Translation.Status> notCurrent = new TreeMap<>();
		texts.forEach((key, english) -> {
			Translation.Status status = spanish.status(key, english);
			if (status != Translation.Status.CURRENT) {
				notCurrent.put(key, status);
			}
		});
		assertThat(texts).hasSizeGreaterThan(300);
		assertThat(notCurrent).as("texts of version 1 not current in Spanish").isEmpty();
		// a translation for a text the version does not have is a key typed wrong
		assertThat(version1.getTranslations()).allSatisfy(t -> assertThat(texts).containsKey(t.getTextKey()));
	}

	@Test
	void theSpanishSnapshotShowsTheSpanishTexts() {
		RuleSetEntity version1 = ruleSets.findByNumber(1).orElseThrow();
		ContentSnapshot spanish = Snapshots.of(version1, 1, Translation.of(version1, "es"));
		ContentSnapshot english = Snapshots.of(version1, 1);
		assertThat(spanish.language()).isEqualTo("es");
		assertThat(spanish.rules().question("phq2-interest").orElseThrow().prompt()).contains("Poco interés o placer en hacer cosas");
		assertThat(spanish.rules().question("self-harm").orElseThrow().prompt())
			.contains("Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera");
		assertThat(spanish.rules().question("phq2-interest").orElseThrow().options()).extracting(o -> o.label())
			.containsExactly("Ningún día", "Varios días", "Más de la mitad de los días", "Casi todos los días");
		// keys, scores and rules do not vary by language
		assertThat(spanish.rules().questions()).extracting(q -> q.key())
			.containsExactlyElementsOf(english.rules().questions().stream().map(q -> q.key()).toList());
		assertThat(spanish.rules().criteria()).extracting(c -> c.code() + c.conditions() + c.weight() + c.pathway())
			.containsExactlyElementsOf(english.rules().criteria().stream()
				.map(c -> c.code() + c.conditions() + c.weight() + c.pathway()).toList());
		assertThat(spanish.rules().thresholds()).isEqualTo(english.rules().thresholds());
		// texts differ: a Spanish page is not an English page with Spanish buttons
		long same = english.rules().questions().stream()
			.filter(q -> q.prompt().equals(spanish.rules().question(q.key()).orElseThrow().prompt())).count();
		assertThat(same).isZero();
	}

	/** Keys, scores and rules do not vary by language: the seed's answer sets and random ones decide alike in both. */
	@Test
	void theOutcomeOfAnAnswerSetIsTheSameInEveryLanguage() throws Exception {
		RuleSetEntity version1 = ruleSets.findByNumber(1).orElseThrow();
		RuleSet english = Snapshots.of(version1, 1).rules();
		RuleSet spanish = Snapshots.of(version1, 1, Translation.of(version1, "es")).rules();
		Random random = new Random(16);
		java.util.Set<Outcome> seen = java.util.EnumSet.noneOf(Outcome.class);
		List<Map<String, String>> seeded = List.of(SeedAnswers.calm(), SeedAnswers.therapy(), SeedAnswers.coaching(),
				SeedAnswers.both(), SeedAnswers.urgent(), SeedAnswers.stuck(), SeedAnswers.quiet());
		for (int i = 0; i < 2000; i++) {
			Map<String, String> answers = new java.util.HashMap<>();
			if (i < seeded.size()) {
				answers.putAll(seeded.get(i));
			}
			else {
				for (Question q : english.questions()) {
					if (q.required() || random.nextInt(4) > 0) {
						answers.put(q.key(), q.options().get(random.nextInt(q.options().size())).key());
					}
				}
			}
			Evaluation inEnglish = english.evaluate(answers);
			Evaluation inSpanish = spanish.evaluate(answers);
			assertThat(inSpanish.outcome()).as("case %d: %s", i, answers).isEqualTo(inEnglish.outcome());
			assertThat(inSpanish.scores()).as("case %d", i).isEqualTo(inEnglish.scores());
			assertThat(inSpanish.metCriteria()).extracting(Criterion::code)
				.containsExactlyElementsOf(inEnglish.metCriteria().stream().map(Criterion::code).toList());
			seen.add(inEnglish.outcome());
		}
		assertThat(seen).as("every outcome exercised").containsExactlyInAnyOrder(Outcome.values());
	}
}

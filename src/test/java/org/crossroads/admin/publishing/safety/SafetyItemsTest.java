package org.crossroads.admin.publishing.safety;

import org.crossroads.admin.publishing.Change;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.crossroads.ruleset.AnswerOptionEntity;
import org.crossroads.ruleset.ConditionKind;
import org.crossroads.ruleset.CriterionConditionEntity;
import org.crossroads.ruleset.CriterionEntity;
import org.crossroads.ruleset.CrisisResourceEntity;
import org.crossroads.ruleset.QuestionEntity;
import org.crossroads.ruleset.SectionEntity;
import org.crossroads.rules.MatchMode;
import org.crossroads.rules.Pathway;

import static org.assertj.core.api.Assertions.assertThat;

/** Which changes touch what keeps people safe, and the fingerprint an approval is for. */
class SafetyItemsTest {

	/** One version's content: two crisis lines, a safety and a therapy criterion, the self-harm question and another. */
	private static final class Version {

		final List<CrisisResourceEntity> crisis = new ArrayList<>(List.of(crisis(1, "988 Lifeline", "988"),
				crisis(2, "Samaritans", "116 123")));

		final List<CriterionEntity> criteria = new ArrayList<>(List.of(criterion("safety.self-harm", Pathway.SAFETY),
				criterion("therapy.trauma", Pathway.THERAPY)));

		final SectionEntity wellbeing = section("wellbeing");

		final QuestionEntity selfHarm = question(wellbeing, "self-harm", 3);

		final QuestionEntity trauma = question(wellbeing, "trauma", 4);

		SafetyItems items() {
			return SafetyItems.of(crisis, criteria, List.of(selfHarm, trauma));
		}
	}

	@Test
	void twoVersionsWithTheSameContentHaveTheSameFingerprintAndNoChanges() {
		Version a = new Version();
		Version b = new Version();
		assertThat(b.items().changedSince(a.items())).isEmpty();
		assertThat(b.items().fingerprint()).isEqualTo(a.items().fingerprint()).hasSize(64);
	}

	@Test
	void aCrisisLinePhoneNumberIsASafetyChange() {
		Version published = new Version();
		Version draft = new Version();
		draft.crisis.get(0).setPhone("+1 988");

		assertThat(draft.items().changedSince(published.items())).containsExactly("CRISIS_RESOURCE 1");
		assertThat(draft.items().fingerprint()).isNotEqualTo(published.items().fingerprint());
	}

	@Test
	void addingRemovingOrReorderingCrisisLinesAreSafetyChanges() {
		Version published = new Version();
		Version removed = new Version();
		removed.crisis.remove(1);
		assertThat(removed.items().changedSince(published.items())).containsExactly("CRISIS_RESOURCE 2");

		Version swapped = new Version();
		swapped.crisis.set(0, published.crisis.get(1));
		swapped.crisis.set(1, published.crisis.get(0));
		assertThat(swapped.items().changedSince(published.items())).containsExactly("CRISIS_RESOURCE 1", "CRISIS_RESOURCE 2");
	}

	@Test
	void onlySafetyCriteriaCountAndLeavingTheSafetyPathwayIsAChange() {
		Version published = new Version();
		Version therapyEdit = new Version();
		therapyEdit.criteria.get(1).setTitle("Something else");
		assertThat(therapyEdit.items().changedSince(published.items())).isEmpty();

		Version safetyEdit = new Version();
		safetyEdit.criteria.get(0).getConditions().get(0).getOptionKeys().remove("several-days");
		assertThat(safetyEdit.items().changedSince(published.items())).containsExactly("CRITERION safety.self-harm");

		Version moved = new Version();
		moved.criteria.get(0).setPathway(Pathway.THERAPY);
		assertThat(moved.items().changedSince(published.items())).containsExactly("CRITERION safety.self-harm");

		Version added = new Version();
		added.criteria.get(1).setPathway(Pathway.SAFETY);
		assertThat(added.items().changedSince(published.items())).containsExactly("CRITERION therapy.trauma");
	}

	@Test
	void anythingOfTheSelfHarmQuestionCountsButNotItsPlaceAmongOtherQuestions() {
		Version published = new Version();
		Version label = new Version();
		label.selfHarm.getOptions().get(1).setLabel("Some days");
		assertThat(label.items().changedSince(published.items())).containsExactly("QUESTION self-harm");

		Version help = new Version();
		help.selfHarm.setHelp("Call 988 if you are in danger.");
		assertThat(help.items().changedSince(published.items())).containsExactly("QUESTION self-harm");

		Version renamed = new Version();
		renamed.selfHarm.setKey("thoughts");
		assertThat(renamed.items().changedSince(published.items())).containsExactly("QUESTION self-harm");

		Version other = new Version();
		other.trauma.setPrompt("Anything else?");
		other.selfHarm.setPosition(7);
		assertThat(other.items().changedSince(published.items())).isEmpty();
	}

	@Test
	void theSafetyChangesAreThoseOfTheDifferencesThatConcernTheChangedItems() {
		List<Change> all = List.of(
				new Change(Change.Area.CRISIS_RESOURCE, "1", "phone", "988", "+1 988"),
				new Change(Change.Area.CRITERION, "therapy.trauma", "title", "a", "b"),
				new Change(Change.Area.CRITERION, "", "order", "a, b", "b, a"),
				new Change(Change.Area.OPTION, "self-harm / several-days", "label", "Several days", "Some days"),
				new Change(Change.Area.QUESTION, "wellbeing", "order", "self-harm, trauma", "trauma, self-harm"),
				new Change(Change.Area.HEADLINE, "THERAPY", "headline", "a", "b"));

		assertThat(SafetyItems.concerning(all, List.of("CRISIS_RESOURCE 1", "QUESTION self-harm"))).containsExactly(
				new Change(Change.Area.CRISIS_RESOURCE, "1", "phone", "988", "+1 988"),
				new Change(Change.Area.OPTION, "self-harm / several-days", "label", "Several days", "Some days"));
	}

	private static CrisisResourceEntity crisis(int position, String label, String phone) {
		CrisisResourceEntity r = new CrisisResourceEntity();
		r.setPosition(position);
		r.setRegion("Somewhere");
		r.setRegionCode("US");
		r.setLabel(label);
		r.setContact("Call " + phone);
		r.setPhone(phone);
		return r;
	}

	private static CriterionEntity criterion(String code, Pathway pathway) {
		CriterionEntity c = new CriterionEntity();
		c.setCode(code);
		c.setPathway(pathway);
		c.setTitle("Title of " + code);
		c.setReason("Reason of " + code);
		c.setActive(true);
		c.setMatch(MatchMode.ANY);
		CriterionConditionEntity condition = new CriterionConditionEntity();
		condition.setCriterion(c);
		condition.setKind(ConditionKind.ANSWER);
		condition.setQuestionKey("self-harm");
		condition.getOptionKeys().addAll(List.of("several-days", "nearly-every-day"));
		c.getConditions().add(condition);
		return c;
	}

	private static SectionEntity section(String key) {
		SectionEntity s = new SectionEntity();
		s.setKey(key);
		s.setTitle("Section " + key);
		return s;
	}

	private static QuestionEntity question(SectionEntity section, String key, int position) {
		QuestionEntity q = new QuestionEntity();
		q.setSection(section);
		q.setKey(key);
		q.setPrompt("Prompt of " + key);
		q.setShortLabel(key);
		q.setPosition(position);
		q.setRequired(true);
		int i = 0;
		for (String option : List.of("not-at-all", "several-days")) {
			AnswerOptionEntity o = new AnswerOptionEntity();
			o.setQuestion(q);
			o.setKey(option);
			o.setLabel("Label " + option);
			o.setScore(i);
			o.setPosition(++i);
			q.getOptions().add(o);
		}
		section.getQuestions().add(q);
		return q;
	}
}

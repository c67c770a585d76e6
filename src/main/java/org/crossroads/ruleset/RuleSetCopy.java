package org.crossroads.ruleset;

import java.time.Instant;

/**
 * Deep copies of a rule set: an editor's draft starts as a copy of the latest published version,
 * and a restore publishes a copy of an old one. The copy is new (no ids, lock versions from zero),
 * so saving it never touches the version it came from.
 */
public final class RuleSetCopy {

	private RuleSetCopy() {
	}

	/** An unsaved copy with status DRAFT and no number; the caller persists it. */
	public static RuleSetEntity draftOf(RuleSetEntity source, Instant now) {
		RuleSetEntity copy = new RuleSetEntity(now, source.getTherapyThreshold(), source.getCoachingThreshold());
		source.getSections().forEach(s -> copy.getSections().add(section(s, copy)));
		source.getCriteria().forEach(c -> copy.getCriteria().add(criterion(c, copy)));
		source.getOutcomeTexts().forEach(t -> copy.getOutcomeTexts().add(outcomeText(t, copy)));
		source.getComparisonRows().forEach(r -> copy.getComparisonRows().add(comparisonRow(r, copy)));
		source.getValueStatements().forEach(v -> copy.getValueStatements().add(valueStatement(v, copy)));
		source.getContentItems().forEach(i -> copy.getContentItems().add(contentItem(i, copy)));
		source.getCrisisResources().forEach(r -> copy.getCrisisResources().add(crisisResource(r, copy)));
		source.getHelpLinks().forEach(l -> copy.getHelpLinks().add(helpLink(l, copy)));
		if (source.getAbout() != null) {
			copy.setAbout(about(source.getAbout(), copy));
		}
		source.getAboutSources().forEach(a -> copy.getAboutSources().add(aboutSource(a, copy)));
		source.getTranslations().forEach(t -> copy.getTranslations().add(
				new TextTranslationEntity(copy, t.getTextKey(), t.getLanguage(), t.getBody(), t.getSourceText())));
		return copy;
	}

	private static SectionEntity section(SectionEntity source, RuleSetEntity owner) {
		SectionEntity copy = new SectionEntity();
		copy.setRuleSet(owner);
		copy.setKey(source.getKey());
		copy.setTitle(source.getTitle());
		copy.setPosition(source.getPosition());
		source.getQuestions().forEach(q -> copy.getQuestions().add(question(q, copy)));
		return copy;
	}

	private static QuestionEntity question(QuestionEntity source, SectionEntity owner) {
		QuestionEntity copy = new QuestionEntity();
		copy.setSection(owner);
		copy.setKey(source.getKey());
		copy.setPrompt(source.getPrompt());
		copy.setShortLabel(source.getShortLabel());
		copy.setHelp(source.getHelp());
		copy.setPosition(source.getPosition());
		copy.setRequired(source.isRequired());
		copy.setScaleKey(source.getScaleKey());
		source.getOptions().forEach(o -> copy.getOptions().add(option(o, copy)));
		return copy;
	}

	private static AnswerOptionEntity option(AnswerOptionEntity source, QuestionEntity owner) {
		AnswerOptionEntity copy = new AnswerOptionEntity();
		copy.setQuestion(owner);
		copy.setKey(source.getKey());
		copy.setLabel(source.getLabel());
		copy.setScore(source.getScore());
		copy.setPosition(source.getPosition());
		return copy;
	}

	private static CriterionEntity criterion(CriterionEntity source, RuleSetEntity owner) {
		CriterionEntity copy = new CriterionEntity();
		copy.setRuleSet(owner);
		copy.setCode(source.getCode());
		copy.setPathway(source.getPathway());
		copy.setTitle(source.getTitle());
		copy.setReason(source.getReason());
		copy.setReasonQuoted(source.isReasonQuoted());
		copy.setWeight(source.getWeight());
		copy.setClinical(source.isClinical());
		copy.setExclusive(source.isExclusive());
		copy.setActive(source.isActive());
		copy.setMatch(source.getMatch());
		copy.setPosition(source.getPosition());
		source.getConditions().forEach(c -> copy.getConditions().add(condition(c, copy)));
		return copy;
	}

	private static CriterionConditionEntity condition(CriterionConditionEntity source, CriterionEntity owner) {
		CriterionConditionEntity copy = new CriterionConditionEntity();
		copy.setCriterion(owner);
		copy.setPosition(source.getPosition());
		copy.setKind(source.getKind());
		copy.setQuestionKey(source.getQuestionKey());
		copy.setScaleKey(source.getScaleKey());
		copy.setMinScore(source.getMinScore());
		copy.getOptionKeys().addAll(source.getOptionKeys());
		return copy;
	}

	private static OutcomeTextEntity outcomeText(OutcomeTextEntity source, RuleSetEntity owner) {
		OutcomeTextEntity copy = new OutcomeTextEntity();
		copy.setRuleSet(owner);
		copy.setOutcome(source.getOutcome());
		copy.setHeadline(source.getHeadline());
		return copy;
	}

	private static ComparisonRowEntity comparisonRow(ComparisonRowEntity source, RuleSetEntity owner) {
		ComparisonRowEntity copy = new ComparisonRowEntity();
		copy.setRuleSet(owner);
		copy.setPosition(source.getPosition());
		copy.setFeature(source.getFeature());
		copy.setTherapy(source.getTherapy());
		copy.setCoaching(source.getCoaching());
		return copy;
	}

	private static ValueStatementEntity valueStatement(ValueStatementEntity source, RuleSetEntity owner) {
		ValueStatementEntity copy = new ValueStatementEntity();
		copy.setRuleSet(owner);
		copy.setPosition(source.getPosition());
		copy.setKey(source.getKey());
		copy.setBody(source.getBody());
		copy.setTherapyFit(source.getTherapyFit());
		copy.setCoachingFit(source.getCoachingFit());
		return copy;
	}

	private static ContentItemEntity contentItem(ContentItemEntity source, RuleSetEntity owner) {
		ContentItemEntity copy = new ContentItemEntity();
		copy.setRuleSet(owner);
		copy.setListKey(source.getListKey());
		copy.setPosition(source.getPosition());
		copy.setBody(source.getBody());
		return copy;
	}

	private static CrisisResourceEntity crisisResource(CrisisResourceEntity source, RuleSetEntity owner) {
		CrisisResourceEntity copy = new CrisisResourceEntity();
		copy.setRuleSet(owner);
		copy.setPosition(source.getPosition());
		copy.setRegion(source.getRegion());
		copy.setLabel(source.getLabel());
		copy.setContact(source.getContact());
		copy.setUrl(source.getUrl());
		copy.setRegionCode(source.getRegionCode());
		copy.setPhone(source.getPhone());
		copy.setSmsNumber(source.getSmsNumber());
		copy.setSmsKeyword(source.getSmsKeyword());
		copy.setLanguage(source.getLanguage());
		return copy;
	}

	private static HelpLinkEntity helpLink(HelpLinkEntity source, RuleSetEntity owner) {
		HelpLinkEntity copy = new HelpLinkEntity();
		copy.setRuleSet(owner);
		copy.setTopic(source.getTopic());
		copy.setPosition(source.getPosition());
		copy.setRegionCode(source.getRegionCode());
		copy.setLabel(source.getLabel());
		copy.setUrl(source.getUrl());
		copy.setNote(source.getNote());
		return copy;
	}

	private static AboutPageEntity about(AboutPageEntity source, RuleSetEntity owner) {
		AboutPageEntity copy = new AboutPageEntity();
		copy.setRuleSet(owner);
		copy.setAuthor(source.getAuthor());
		copy.setSources(source.getSources());
		copy.setLastReviewed(source.getLastReviewed());
		copy.setReviewPolicy(source.getReviewPolicy());
		copy.setInstruments(source.getInstruments());
		copy.setSourceUrl(source.getSourceUrl());
		copy.setFunding(source.getFunding());
		copy.setConflictsOfInterest(source.getConflictsOfInterest());
		copy.setLimits(source.getLimits());
		return copy;
	}

	private static AboutSourceEntity aboutSource(AboutSourceEntity source, RuleSetEntity owner) {
		AboutSourceEntity copy = new AboutSourceEntity();
		copy.setRuleSet(owner);
		copy.setPosition(source.getPosition());
		copy.setTitle(source.getTitle());
		copy.setPublisher(source.getPublisher());
		copy.setPublishedOn(source.getPublishedOn());
		copy.setAccessedOn(source.getAccessedOn());
		copy.setUrl(source.getUrl());
		return copy;
	}
}

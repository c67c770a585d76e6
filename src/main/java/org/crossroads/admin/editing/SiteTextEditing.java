package org.crossroads.admin.editing;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.crossroads.admin.editing.EditForms.AboutForm;
import org.crossroads.admin.editing.EditForms.AboutSourceForm;
import org.crossroads.admin.editing.EditForms.ComparisonRowForm;
import org.crossroads.admin.editing.EditForms.ContentItemForm;
import org.crossroads.admin.editing.EditForms.CrisisResourceForm;
import org.crossroads.admin.editing.EditForms.HeadlineForm;
import org.crossroads.admin.editing.EditForms.HelpLinkForm;
import org.crossroads.admin.editing.EditForms.ValueStatementForm;
import org.crossroads.ruleset.AboutPageEntity;
import org.crossroads.ruleset.AboutSourceEntity;
import org.crossroads.ruleset.ComparisonRowEntity;
import org.crossroads.ruleset.ContentItemEntity;
import org.crossroads.ruleset.CrisisResourceEntity;
import org.crossroads.ruleset.HelpLinkEntity;
import org.crossroads.ruleset.HelpTopic;
import org.crossroads.ruleset.OutcomeTextEntity;
import org.crossroads.ruleset.RuleSetEntity;
import org.crossroads.ruleset.ValueStatementEntity;

import org.jspecify.annotations.Nullable;

/** Edits of what pages say: outcome headlines, the comparison, text lists, crisis resources, finding help, the About facts. */
@Service
public class SiteTextEditing {

	private final DraftEditing editing;

	private final Items items;

	SiteTextEditing(DraftEditing editing, Items items) {
		this.editing = editing;
		this.items = items;
	}

	@Transactional
	long saveHeadline(long id, HeadlineForm form, String actor) {
		OutcomeTextEntity shown = editing.find(OutcomeTextEntity.class, id);
		return editing.change(items.headline, shown, form.lockVersion(), actor,
				t -> t.setHeadline(form.headline().strip())).getId();
	}

	@Transactional
	long saveComparisonRow(long id, ComparisonRowForm form, String actor) {
		ComparisonRowEntity shown = editing.find(ComparisonRowEntity.class, id);
		return editing.change(items.comparisonRow, shown, form.lockVersion(), actor, r -> {
			fill(r, form);
			Positions.move(r.getRuleSet().getComparisonRows(), r, form.position());
		}).getId();
	}

	@Transactional
	long addComparisonRow(ComparisonRowForm form, String actor) {
		return editing.add(items.comparisonRow, actor, draft -> {
			ComparisonRowEntity r = new ComparisonRowEntity();
			r.setRuleSet(draft);
			fill(r, form);
			Positions.add(draft.getComparisonRows(), r, form.position());
			return r;
		}).getId();
	}

	@Transactional
	void removeComparisonRow(long id, long lockVersion, String actor) {
		ComparisonRowEntity shown = editing.find(ComparisonRowEntity.class, id);
		editing.remove(items.comparisonRow, shown, lockVersion, actor, r -> r.getRuleSet().getComparisonRows().remove(r));
	}

	@Transactional
	long saveValueStatement(long id, ValueStatementForm form, String actor) {
		ValueStatementEntity shown = editing.find(ValueStatementEntity.class, id);
		return editing.change(items.valueStatement, shown, form.lockVersion(), actor, v -> {
			fill(v, form);
			Positions.move(v.getRuleSet().getValueStatements(), v, form.position());
		}).getId();
	}

	@Transactional
	long addValueStatement(ValueStatementForm form, String actor) {
		String given = form.key();
		if (given == null || given.isBlank()) {
			throw new InvalidEditException("key", "admin.error.required");
		}
		String key = given.strip();
		return editing.add(items.valueStatement, actor, draft -> {
			if (draft.getValueStatements().stream().anyMatch(v -> v.getKey().equals(key))) {
				throw new InvalidEditException("key", "admin.error.key-taken");
			}
			ValueStatementEntity v = new ValueStatementEntity();
			v.setRuleSet(draft);
			v.setKey(key);
			fill(v, form);
			Positions.add(draft.getValueStatements(), v, form.position());
			return v;
		}).getId();
	}

	@Transactional
	void removeValueStatement(long id, long lockVersion, String actor) {
		ValueStatementEntity shown = editing.find(ValueStatementEntity.class, id);
		editing.remove(items.valueStatement, shown, lockVersion, actor, v -> v.getRuleSet().getValueStatements().remove(v));
	}

	@Transactional
	long saveContentItem(long id, ContentItemForm form, String actor) {
		ContentItemEntity shown = editing.find(ContentItemEntity.class, id);
		return editing.change(items.contentItem, shown, form.lockVersion(), actor, i -> {
			i.setBody(form.body().strip());
			Positions.move(sameList(i.getRuleSet(), i), i, form.position());
		}).getId();
	}

	@Transactional
	long addContentItem(ContentItemForm form, String actor) {
		if (form.list() == null) {
			throw new InvalidEditException("list", "admin.error.required");
		}
		return editing.add(items.contentItem, actor, draft -> {
			ContentItemEntity i = new ContentItemEntity();
			i.setRuleSet(draft);
			i.setListKey(form.list());
			i.setBody(form.body().strip());
			i.setPosition(Positions.next(sameList(draft, i)));
			draft.getContentItems().add(i);
			Positions.place(sameList(draft, i), i, form.position());
			return i;
		}).getId();
	}

	@Transactional
	void removeContentItem(long id, long lockVersion, String actor) {
		ContentItemEntity shown = editing.find(ContentItemEntity.class, id);
		editing.remove(items.contentItem, shown, lockVersion, actor, i -> i.getRuleSet().getContentItems().remove(i));
	}

	@Transactional
	public long saveCrisisResource(long id, CrisisResourceForm form, String actor) {
		CrisisResourceEntity shown = editing.find(CrisisResourceEntity.class, id);
		return editing.change(items.crisisResource, shown, form.lockVersion(), actor, r -> {
			fill(r, form);
			Positions.move(r.getRuleSet().getCrisisResources(), r, form.position());
		}).getId();
	}

	@Transactional
	long addCrisisResource(CrisisResourceForm form, String actor) {
		return editing.add(items.crisisResource, actor, draft -> {
			CrisisResourceEntity r = new CrisisResourceEntity();
			r.setRuleSet(draft);
			fill(r, form);
			Positions.add(draft.getCrisisResources(), r, form.position());
			return r;
		}).getId();
	}

	@Transactional
	void removeCrisisResource(long id, long lockVersion, String actor) {
		CrisisResourceEntity shown = editing.find(CrisisResourceEntity.class, id);
		editing.remove(items.crisisResource, shown, lockVersion, actor,
				r -> r.getRuleSet().getCrisisResources().remove(r));
	}

	@Transactional
	long saveHelpLink(long id, HelpLinkForm form, String actor) {
		HelpLinkEntity shown = editing.find(HelpLinkEntity.class, id);
		requireLink(shown.getTopic(), form);
		return editing.change(items.helpLink, shown, form.lockVersion(), actor, l -> {
			fill(l, form);
			Positions.move(Items.sameTopic(l.getRuleSet(), l.getTopic()), l, form.position());
		}).getId();
	}

	@Transactional
	long addHelpLink(HelpLinkForm form, String actor) {
		HelpTopic topic = form.topic();
		if (topic == null) {
			throw new InvalidEditException("topic", "admin.error.required");
		}
		requireLink(topic, form);
		return editing.add(items.helpLink, actor, draft -> {
			HelpLinkEntity l = new HelpLinkEntity();
			l.setRuleSet(draft);
			l.setTopic(topic);
			fill(l, form);
			l.setPosition(Positions.next(Items.sameTopic(draft, topic)));
			draft.getHelpLinks().add(l);
			Positions.place(Items.sameTopic(draft, topic), l, form.position());
			return l;
		}).getId();
	}

	@Transactional
	void removeHelpLink(long id, long lockVersion, String actor) {
		HelpLinkEntity shown = editing.find(HelpLinkEntity.class, id);
		editing.remove(items.helpLink, shown, lockVersion, actor, l -> l.getRuleSet().getHelpLinks().remove(l));
	}

	/** A directory or register is a link; only a cost note may stand as text alone. */
	private static void requireLink(HelpTopic topic, HelpLinkForm form) {
		if (topic != HelpTopic.COST && blank(form.url())) {
			throw new InvalidEditException("url", "admin.error.required");
		}
	}

	@Transactional
	long saveAbout(long id, AboutForm form, String actor) {
		AboutPageEntity shown = editing.find(AboutPageEntity.class, id);
		return editing.change(items.about, shown, form.lockVersion(), actor, a -> {
			a.setAuthor(form.author().strip());
			a.setSources(form.sources().strip());
			a.setLastReviewed(form.lastReviewed());
			a.setReviewPolicy(form.reviewPolicy().strip());
			a.setInstruments(form.instruments().strip());
			a.setSourceUrl(optional(form.sourceUrl()));
			a.setFunding(optional(form.funding()));
			a.setConflictsOfInterest(optional(form.conflictsOfInterest()));
			a.setLimits(optional(form.limits()));
		}).getId();
	}

	@Transactional
	long saveAboutSource(long id, AboutSourceForm form, String actor) {
		AboutSourceEntity shown = editing.find(AboutSourceEntity.class, id);
		return editing.change(items.aboutSource, shown, form.lockVersion(), actor, x -> {
			fill(x, form);
			Positions.move(x.getRuleSet().getAboutSources(), x, form.position());
		}).getId();
	}

	@Transactional
	long addAboutSource(AboutSourceForm form, String actor) {
		return editing.add(items.aboutSource, actor, draft -> {
			AboutSourceEntity x = new AboutSourceEntity();
			x.setRuleSet(draft);
			fill(x, form);
			Positions.add(draft.getAboutSources(), x, form.position());
			return x;
		}).getId();
	}

	@Transactional
	void removeAboutSource(long id, long lockVersion, String actor) {
		AboutSourceEntity shown = editing.find(AboutSourceEntity.class, id);
		editing.remove(items.aboutSource, shown, lockVersion, actor, x -> x.getRuleSet().getAboutSources().remove(x));
	}

	private static void fill(AboutSourceEntity x, AboutSourceForm form) {
		x.setTitle(form.title().strip());
		x.setPublisher(form.publisher().strip());
		x.setPublishedOn(form.publishedOn());
		x.setAccessedOn(form.accessedOn());
		x.setUrl(optional(form.url()));
	}

	private static void fill(ComparisonRowEntity r, ComparisonRowForm form) {
		r.setFeature(form.feature().strip());
		r.setTherapy(form.therapy().strip());
		r.setCoaching(form.coaching().strip());
	}

	private static void fill(ValueStatementEntity v, ValueStatementForm form) {
		v.setBody(form.text().strip());
		v.setTherapyFit(form.therapyFit().strip());
		v.setCoachingFit(form.coachingFit().strip());
	}

	private static void fill(CrisisResourceEntity r, CrisisResourceForm form) {
		r.setRegion(form.region().strip());
		r.setLabel(form.label().strip());
		r.setContact(form.contact().strip());
		r.setUrl(blankToNull(form.url()));
		r.setRegionCode(form.regionCode().strip());
		r.setLanguage(form.language().strip());
		r.setPhone(blankToNull(form.phone()));
		r.setSmsNumber(blankToNull(form.smsNumber()));
		r.setSmsKeyword(blankToNull(form.smsKeyword()));
	}

	private static @org.jspecify.annotations.Nullable String blankToNull(@org.jspecify.annotations.Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static void fill(HelpLinkEntity l, HelpLinkForm form) {
		l.setRegionCode(form.regionCode().strip());
		l.setLabel(form.label().strip());
		l.setUrl(optional(form.url()));
		l.setNote(optional(form.note()));
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	/** An optional text as stored: stripped, or null when empty. */
	private static @Nullable String optional(@Nullable String text) {
		return blank(text) ? null : text.strip();
	}

	private static List<ContentItemEntity> sameList(RuleSetEntity ruleSet, ContentItemEntity item) {
		return ruleSet.getContentItems().stream().filter(i -> i.getListKey() == item.getListKey()).toList();
	}
}

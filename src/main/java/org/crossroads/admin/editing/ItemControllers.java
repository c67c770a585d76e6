package org.crossroads.admin.editing;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

import org.crossroads.admin.NotFoundException;
import org.crossroads.admin.editing.EditForms.AboutForm;
import org.crossroads.admin.editing.EditForms.AboutSourceForm;
import org.crossroads.admin.editing.EditForms.ComparisonRowForm;
import org.crossroads.admin.editing.EditForms.ContentItemForm;
import org.crossroads.admin.editing.EditForms.CrisisResourceForm;
import org.crossroads.admin.editing.EditForms.HeadlineForm;
import org.crossroads.admin.editing.EditForms.HelpLinkForm;
import org.crossroads.admin.editing.EditForms.SectionForm;
import org.crossroads.admin.editing.EditForms.ThresholdsForm;
import org.crossroads.admin.editing.EditForms.ValueStatementForm;
import org.crossroads.ruleset.AboutPageEntity;
import org.crossroads.ruleset.AboutSourceEntity;
import org.crossroads.ruleset.ComparisonRowEntity;
import org.crossroads.ruleset.ContentItemEntity;
import org.crossroads.ruleset.ContentList;
import org.crossroads.ruleset.CrisisResourceEntity;
import org.crossroads.ruleset.HelpLinkEntity;
import org.crossroads.ruleset.HelpTopic;
import org.crossroads.ruleset.OutcomeTextEntity;
import org.crossroads.ruleset.RuleSetEntity;
import org.crossroads.ruleset.SectionEntity;
import org.crossroads.ruleset.ValueStatementEntity;

import org.jspecify.annotations.Nullable;

/**
 * The items of a handful of fields each, all edited on the shared item page: one small controller
 * per kind, each only naming its kind (see {@link ItemController}).
 */
final class ItemControllers {

	private ItemControllers() {
	}

	private static final FieldSpec POSITION = FieldSpec.number("position", "admin.field.position");

	@Controller
	@RequestMapping("/admin/thresholds")
	static class Thresholds extends ItemController.Single<RuleSetEntity, ThresholdsForm> {

		Thresholds(ContentReader reader, RulesEditing rules) {
			super(reader, new Kind<>(RuleSetEntity.class, r -> r, "/admin/thresholds",
					"admin.thresholds.title", List.of(FieldSpec.number("therapy", "admin.field.therapyThreshold"),
							FieldSpec.number("coaching", "admin.field.coachingThreshold")),
					"/admin", r -> null, ThresholdsForm::of, rules::saveThresholds));
		}

		@Override
		long currentId(ContentReader.Loaded working) {
			return working.ruleSet().getId();
		}
	}

	@Controller
	@RequestMapping("/admin/about")
	static class About extends ItemController.Single<AboutPageEntity, AboutForm> {

		About(ContentReader reader, SiteTextEditing texts) {
			super(reader, new Kind<>(AboutPageEntity.class, AboutPageEntity::getRuleSet, "/admin/about",
					"admin.about.title", List.of(FieldSpec.area("author", "admin.field.author").visitor(),
							FieldSpec.area("sources", "admin.field.sources").properName(),
							FieldSpec.date("lastReviewed", "admin.field.lastReviewed"),
							FieldSpec.area("reviewPolicy", "admin.field.reviewPolicy").visitor(),
							FieldSpec.area("instruments", "admin.field.instruments").visitor(),
							FieldSpec.url("sourceUrl", "admin.field.sourceUrl"),
							FieldSpec.area("funding", "admin.field.funding").visitor(),
							FieldSpec.area("conflictsOfInterest", "admin.field.conflictsOfInterest").visitor(),
							FieldSpec.area("limits", "admin.field.limits").visitor()),
					"/admin/texts", a -> null, AboutForm::of, texts::saveAbout));
		}

		@Override
		long currentId(ContentReader.Loaded working) {
			AboutPageEntity about = working.ruleSet().getAbout();
			if (about == null) {
				throw new NotFoundException();
			}
			return about.getId();
		}
	}

	/** The sources the About page cites, with their dates; listed on the Texts page. */
	@Controller
	@RequestMapping("/admin/about-sources")
	static class AboutSources extends ItemController.Listed<AboutSourceEntity, AboutSourceForm> {

		AboutSources(ContentReader reader, SiteTextEditing texts) {
			super(reader, new Kind<>(AboutSourceEntity.class, AboutSourceEntity::getRuleSet, "/admin/about-sources",
					"admin.about-source.title", List.of(FieldSpec.text("title", "admin.field.title").properName(),
							FieldSpec.text("publisher", "admin.field.publisher").properName(),
							FieldSpec.date("publishedOn", "admin.field.publishedOn"),
							FieldSpec.date("accessedOn", "admin.field.accessedOn"), FieldSpec.url("url", "admin.field.url"),
							POSITION),
					"/admin/texts", AboutSourceEntity::getTitle, AboutSourceForm::of, texts::saveAboutSource),
					new Listing<>("admin.about-source.new",
							(working, query) -> new AboutSourceForm(0, "", "", null, null, "",
									working.ruleSet().getAboutSources().size() + 1),
							form -> null, List.of(), texts::addAboutSource, form -> "/admin/texts?saved#sources",
							texts::removeAboutSource, "/admin/texts?removed#sources"));
		}
	}

	@Controller
	@RequestMapping("/admin/sections")
	static class Sections extends ItemController.Keyed<SectionEntity, SectionForm> {

		Sections(ContentReader reader, QuestionnaireEditing questionnaire) {
			super(reader, new Kind<>(SectionEntity.class, SectionEntity::getRuleSet, "/admin/sections",
					"admin.section.title", List.of(FieldSpec.text("title", "admin.field.title").visitor(), POSITION),
					"/admin/questions", SectionEntity::getKey, SectionForm::of, questionnaire::saveSection));
		}
	}

	@Controller
	@RequestMapping("/admin/headlines")
	static class Headlines extends ItemController.Keyed<OutcomeTextEntity, HeadlineForm> {

		Headlines(ContentReader reader, SiteTextEditing texts) {
			super(reader, new Kind<>(OutcomeTextEntity.class, OutcomeTextEntity::getRuleSet, "/admin/headlines",
					"admin.headline.title", List.of(FieldSpec.area("headline", "admin.field.headline").visitor()), "/admin/texts",
					t -> t.getOutcome().name(), HeadlineForm::of, texts::saveHeadline));
		}
	}

	@Controller
	@RequestMapping("/admin/comparison-rows")
	static class ComparisonRows extends ItemController.Listed<ComparisonRowEntity, ComparisonRowForm> {

		ComparisonRows(ContentReader reader, SiteTextEditing texts) {
			super(reader, new Kind<>(ComparisonRowEntity.class, ComparisonRowEntity::getRuleSet, "/admin/comparison-rows",
					"admin.comparison-row.title", List.of(FieldSpec.text("feature", "admin.field.feature").visitor(),
							FieldSpec.area("therapy", "admin.field.therapySide").visitor(),
							FieldSpec.area("coaching", "admin.field.coachingSide").visitor(), POSITION),
					"/admin/texts", ComparisonRowEntity::getFeature, ComparisonRowForm::of, texts::saveComparisonRow),
					new Listing<>("admin.comparison-row.new",
							(working, query) -> new ComparisonRowForm(0, "", "", "",
									working.ruleSet().getComparisonRows().size() + 1),
							form -> null, List.of(), texts::addComparisonRow, form -> "/admin/texts?saved",
							texts::removeComparisonRow, "/admin/texts?removed"));
		}
	}

	/** "What matters to you" statements; the key is given once, when one is added. */
	@Controller
	@RequestMapping("/admin/value-statements")
	static class ValueStatements extends ItemController.Listed<ValueStatementEntity, ValueStatementForm> {

		ValueStatements(ContentReader reader, SiteTextEditing texts) {
			super(reader, new Kind<>(ValueStatementEntity.class, ValueStatementEntity::getRuleSet, "/admin/value-statements",
					"admin.value-statement.title", List.of(FieldSpec.text("text", "admin.field.statement").visitor(),
							FieldSpec.area("therapyFit", "admin.field.therapyFit").visitor(),
							FieldSpec.area("coachingFit", "admin.field.coachingFit").visitor(), POSITION),
					"/admin/texts", ValueStatementEntity::getKey, ValueStatementForm::of, texts::saveValueStatement),
					new Listing<>("admin.value-statement.new",
							(working, query) -> new ValueStatementForm(0, "", "", "", "",
									working.ruleSet().getValueStatements().size() + 1),
							form -> null, List.of(), texts::addValueStatement, form -> "/admin/texts?saved#values",
							texts::removeValueStatement, "/admin/texts?removed#values",
							List.of(FieldSpec.text("key", "admin.field.key"))));
		}
	}

	@Controller
	@RequestMapping("/admin/content-items")
	static class ContentItems extends ItemController.Listed<ContentItemEntity, ContentItemForm> {

		ContentItems(ContentReader reader, SiteTextEditing texts) {
			super(reader, new Kind<>(ContentItemEntity.class, ContentItemEntity::getRuleSet, "/admin/content-items",
					"admin.content-item.title", List.of(FieldSpec.area("body", "admin.field.body").visitor(), POSITION),
					"/admin/texts", i -> i.getListKey().name(), ContentItemForm::of, texts::saveContentItem),
					new Listing<>("admin.content-item.new", ContentItems::blank,
							form -> form == null || form.list() == null ? null : form.list().name(), List.of("list"),
							texts::addContentItem, form -> "/admin/texts?saved#list-" + form.list().name(),
							texts::removeContentItem, "/admin/texts?removed"));
		}

		/** A new entry goes last in the list the page was asked for ({@code ?list=}, required). */
		private static ContentItemForm blank(ContentReader.Loaded working, Map<String, String> query) {
			ContentList list = list(query.get("list"));
			long count = working.ruleSet().getContentItems().stream().filter(i -> i.getListKey() == list).count();
			return new ContentItemForm(0, list, "", (int) count + 1);
		}

		private static ContentList list(@Nullable String name) {
			return required(ContentList.class, name);
		}
	}

	/** As Spring reads a required enum parameter: trimmed, and missing, blank or unknown is a bad request. */
	private static <E extends Enum<E>> E required(Class<E> type, @Nullable String name) {
		try {
			return Enum.valueOf(type, name == null ? "" : name.trim());
		}
		catch (IllegalArgumentException unknown) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
	}

	@Controller
	@RequestMapping("/admin/crisis-resources")
	static class CrisisResources extends ItemController.Listed<CrisisResourceEntity, CrisisResourceForm> {

		CrisisResources(ContentReader reader, SiteTextEditing texts) {
			super(reader, new Kind<>(CrisisResourceEntity.class, CrisisResourceEntity::getRuleSet,
					"/admin/crisis-resources", "admin.crisis-resource.title",
					List.of(FieldSpec.text("region", "admin.field.region").properName(),
							FieldSpec.text("regionCode", "admin.field.region-code"),
							FieldSpec.text("language", "admin.field.crisis-language"),
							FieldSpec.text("label", "admin.field.label").properName(),
							FieldSpec.text("contact", "admin.field.contact").visitor(), FieldSpec.text("phone", "admin.field.phone"),
							FieldSpec.text("smsNumber", "admin.field.sms-number"),
							FieldSpec.text("smsKeyword", "admin.field.sms-keyword"), FieldSpec.url("url", "admin.field.url"),
							POSITION),
					"/admin/crisis-resources", CrisisResourceEntity::getLabel, CrisisResourceForm::of,
					texts::saveCrisisResource),
					new Listing<>("admin.crisis-resource.new",
							(working, query) -> new CrisisResourceForm(0, "", "", "en", "", "", "", "", "", "",
									working.ruleSet().getCrisisResources().size() + 1),
							form -> null, List.of(), texts::addCrisisResource, form -> "/admin/crisis-resources?saved",
							texts::removeCrisisResource, "/admin/crisis-resources?removed"));
		}

		@GetMapping
		String list(Model model) {
			model.addAttribute("loaded", reader.working());
			return "admin/crisis-resources";
		}
	}

	/** "Finding help" entries, listed by topic; a new one is added to the topic the page asks for ({@code ?topic=}). */
	@Controller
	@RequestMapping("/admin/help-links")
	static class HelpLinks extends ItemController.Listed<HelpLinkEntity, HelpLinkForm> {

		HelpLinks(ContentReader reader, SiteTextEditing texts) {
			super(reader, new Kind<>(HelpLinkEntity.class, HelpLinkEntity::getRuleSet, "/admin/help-links",
					"admin.help-link.title",
					List.of(FieldSpec.text("regionCode", "admin.field.regionCode"), FieldSpec.text("label", "admin.field.label").properName(),
							FieldSpec.url("url", "admin.field.url"), FieldSpec.area("note", "admin.field.help-note").visitor(), POSITION),
					"/admin/help-links", l -> l.getTopic().name(), HelpLinkForm::of, texts::saveHelpLink),
					new Listing<>("admin.help-link.new", HelpLinks::blank,
							form -> form == null || form.topic() == null ? null : form.topic().name(), List.of("topic"),
							texts::addHelpLink, form -> "/admin/help-links?saved#topic-" + form.topic().name(),
							texts::removeHelpLink, "/admin/help-links?removed"));
		}

		/** A new entry goes last in its topic. */
		private static HelpLinkForm blank(ContentReader.Loaded working, Map<String, String> query) {
			HelpTopic topic = required(HelpTopic.class, query.get("topic"));
			return new HelpLinkForm(0, topic, "", "", "", "", working.helpLinks(topic).size() + 1);
		}

		@GetMapping
		String list(Model model) {
			model.addAttribute("loaded", reader.working());
			model.addAttribute("topics", HelpTopic.values());
			return "admin/help-links";
		}
	}

	/** The overview of what pages say: headlines, the comparison, the text lists. */
	@Controller
	@RequestMapping("/admin/texts")
	static class Texts {

		private final ContentReader reader;

		Texts(ContentReader reader) {
			this.reader = reader;
		}

		@GetMapping
		String texts(Model model) {
			model.addAttribute("loaded", reader.working());
			model.addAttribute("lists", ContentList.values());
			return "admin/texts";
		}
	}
}

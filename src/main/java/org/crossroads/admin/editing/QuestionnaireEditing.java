package org.crossroads.admin.editing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.crossroads.admin.editing.EditForms.NewOptionForm;
import org.crossroads.admin.editing.EditForms.NewQuestionForm;
import org.crossroads.admin.editing.EditForms.OptionRow;
import org.crossroads.admin.editing.EditForms.QuestionForm;
import org.crossroads.admin.editing.EditForms.SectionForm;
import org.crossroads.ruleset.AnswerOptionEntity;
import org.crossroads.ruleset.QuestionEntity;
import org.crossroads.ruleset.SectionEntity;

import org.jspecify.annotations.Nullable;

/**
 * Edits of the questionnaire: section titles and order, questions and their options. Keys are set
 * when an item is added and never change, because criteria, test cases and stored answers name them.
 */
@Service
class QuestionnaireEditing {

	private final DraftEditing editing;

	private final Items items;

	QuestionnaireEditing(DraftEditing editing, Items items) {
		this.editing = editing;
		this.items = items;
	}

	@Transactional
	long saveSection(long id, SectionForm form, String actor) {
		SectionEntity shown = editing.find(SectionEntity.class, id);
		return editing.change(items.section, shown, form.lockVersion(), actor, s -> {
			s.setTitle(form.title().strip());
			Positions.move(s.getRuleSet().getSections(), s, form.position());
		}).getId();
	}

	/** Saves a question with its options; the form lists the options in the order the page showed them. */
	@Transactional
	long saveQuestion(long id, QuestionForm form, String actor) {
		QuestionEntity shown = editing.find(QuestionEntity.class, id);
		return editing.change(items.question, shown, form.lockVersion(), actor, q -> {
			q.setPrompt(form.prompt().strip());
			q.setShortLabel(form.shortLabel().strip());
			q.setHelp(blankToNull(form.help()));
			q.setRequired(form.required());
			q.setScaleKey(blankToNull(form.scale()));
			List<AnswerOptionEntity> options = Items.sorted(q.getOptions(), AnswerOptionEntity::getPosition,
					AnswerOptionEntity::getId);
			if (options.size() != form.options().size()) {
				throw EditConflictException.changed(q.getId());
			}
			List<Placed> placed = new ArrayList<>();
			for (int i = 0; i < options.size(); i++) {
				AnswerOptionEntity option = options.get(i);
				OptionRow row = form.options().get(i);
				if (row.key() != null && !row.key().equals(option.getKey())) {
					throw EditConflictException.changed(q.getId());
				}
				option.setLabel(row.label().strip());
				option.setScore(row.score());
				placed.add(new Placed(option, row.position(), i));
			}
			// The editor's order numbers decide; ties keep the order the page showed.
			placed.sort(Comparator.comparingInt(Placed::wanted).thenComparingInt(Placed::shown));
			for (int i = 0; i < placed.size(); i++) {
				if (placed.get(i).option().getPosition() != i + 1) {
					placed.get(i).option().setPosition(i + 1);
				}
			}
			Positions.move(q.getSection().getQuestions(), q, form.position());
		}).getId();
	}

	private record Placed(AnswerOptionEntity option, int wanted, int shown) {
	}

	@Transactional
	long addQuestion(NewQuestionForm form, String actor) {
		return editing.add(items.question, actor, draft -> {
			if (Items.question(draft, form.key()).isPresent()) {
				throw new InvalidEditException("key", "admin.error.key-taken");
			}
			SectionEntity section = draft.getSections().stream().filter(s -> s.getKey().equals(form.section()))
				.findFirst()
				.orElseThrow(() -> new InvalidEditException("section", "admin.error.unknown-section"));
			QuestionEntity q = new QuestionEntity();
			q.setSection(section);
			q.setKey(form.key());
			q.setPrompt(form.prompt().strip());
			q.setShortLabel(form.shortLabel().strip());
			q.setHelp(blankToNull(form.help()));
			q.setRequired(form.required());
			q.setScaleKey(blankToNull(form.scale()));
			q.setPosition(Positions.next(section.getQuestions()));
			section.getQuestions().add(q);
			return q;
		}).getId();
	}

	@Transactional
	void removeQuestion(long id, long lockVersion, String actor) {
		QuestionEntity shown = editing.find(QuestionEntity.class, id);
		editing.remove(items.question, shown, lockVersion, actor, q -> q.getSection().getQuestions().remove(q));
	}

	@Transactional
	long addOption(long questionId, NewOptionForm form, String actor) {
		QuestionEntity shown = editing.find(QuestionEntity.class, questionId);
		return editing.change(items.question, shown, form.lockVersion(), actor, q -> {
			if (q.getOptions().stream().anyMatch(o -> o.getKey().equals(form.key()))) {
				throw new InvalidEditException("key", "admin.error.key-taken");
			}
			AnswerOptionEntity option = new AnswerOptionEntity();
			option.setQuestion(q);
			option.setKey(form.key());
			option.setLabel(form.label().strip());
			option.setScore(form.score());
			option.setPosition(Positions.next(q.getOptions()));
			q.getOptions().add(option);
		}).getId();
	}

	/** Removes an option; {@code index} counts from 0 in the order the page showed. */
	@Transactional
	long removeOption(long questionId, int index, long lockVersion, String actor) {
		QuestionEntity shown = editing.find(QuestionEntity.class, questionId);
		return editing.change(items.question, shown, lockVersion, actor, q -> {
			List<AnswerOptionEntity> options = Items.sorted(q.getOptions(), AnswerOptionEntity::getPosition,
					AnswerOptionEntity::getId);
			if (index < 0 || index >= options.size()) {
				throw EditConflictException.changed(q.getId());
			}
			q.getOptions().remove(options.get(index));
		}).getId();
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}

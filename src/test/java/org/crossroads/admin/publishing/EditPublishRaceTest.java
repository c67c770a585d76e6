package org.crossroads.admin.publishing;

import org.crossroads.admin.editing.EditConflictException;
import org.crossroads.admin.editing.SiteTextEditing;
import org.crossroads.admin.editing.RulesEditing;
import org.crossroads.admin.editing.EditForms;
import org.crossroads.admin.AdminTestSupport;

import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.crossroads.ruleset.CriterionEntity;
import org.crossroads.ruleset.CrisisResourceEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An edit that read the draft before another editor published it never lands in the published version. */
class EditPublishRaceTest extends AdminTestSupport {

	@Autowired
	RulesEditing rules;

	@Autowired
	SiteTextEditing texts;

	@Autowired
	EntityManager entityManager;

	@Test
	void anEditOfADraftPublishedMeanwhileIsRefused() throws Exception {
		CrisisResourceEntity resource = reader.working().ruleSet().getCrisisResources().get(0);
		texts.saveCrisisResource(resource.getId(), new EditForms.CrisisResourceForm(resource.getLockVersion(),
				resource.getRegion(), resource.getRegionCode(), resource.getLanguage(), resource.getLabel(),
				"Call or text 988, any time",
				resource.getPhone(), resource.getSmsNumber(), resource.getSmsKeyword(), resource.getUrl(),
				resource.getPosition()), "editor-a");
		// A crisis line changed: translated, and a second editor approves it, so that only the race decides below.
		translateSafetyTexts();
		safety.approve(null, "editor-c");
		CriterionEntity inDraft = DraftVisibilityTest.criterion(reader.working(), "coaching.stuck");
		int before = latestNumber();

		var pool = Executors.newSingleThreadExecutor();
		try {
			transactions.executeWithoutResult(tx -> {
				// Editor B's save has read the draft's criterion...
				CriterionEntity read = entityManager.find(CriterionEntity.class, inDraft.getId());
				read.getRuleSet().getStatus();
				// ...when editor A publishes the draft.
				Future<Integer> published = pool.submit(() -> publishing.publish("Longer opening hours", null, "editor-a"));
				assertThat(get(published)).isEqualTo(before + 1);
				assertThatThrownBy(() -> rules.saveCriterion(inDraft.getId(), EditForms.CriterionForm.of(read), "editor-b"))
					.isInstanceOf(EditConflictException.class)
					.extracting(e -> ((EditConflictException) e).reason())
					.isEqualTo(EditConflictException.Reason.STALE_VERSION);
				tx.setRollbackOnly();
			});
		}
		finally {
			pool.shutdown();
		}
		assertThat(published.current().version()).isEqualTo(before + 1);
		assertThat(published.current().rules().criterion("coaching.stuck").orElseThrow().title())
			.isEqualTo(inDraft.getTitle());
	}

	private static <T> T get(Future<T> future) {
		try {
			return future.get();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}

-- The published version a questionnaire in progress is answered under, so a visitor who started it
-- finishes it under the same questions even when an editor publishes between two steps, or when the
-- next step lands on a node that has not picked up the new version yet. Empty for drafts from before
-- this column: they go on under the version of the moment and get it on their next step.
-- questions_changed: the version went away under the draft, or the page the visitor answered was of
-- another version; the next step page says the questions changed, and the next save clears it.
ALTER TABLE assessment_draft ADD COLUMN rule_set_version INTEGER;

ALTER TABLE assessment_draft ADD COLUMN questions_changed BOOLEAN DEFAULT FALSE NOT NULL;

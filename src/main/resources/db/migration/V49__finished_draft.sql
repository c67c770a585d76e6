-- A finished questionnaire keeps its draft row for a few minutes, its answers already gone, holding
-- only the id of the result it became: a second press of Finish (a double tap on a phone) or a page
-- still open in another tab then leads to that same result instead of a page saying the answers are
-- gone. The row counts as gone ten minutes after the finish, goes with its result when the visitor
-- deletes that, and the draft purge deletes it like any other draft.
ALTER TABLE assessment_draft ADD COLUMN result_id VARCHAR(64);

CREATE INDEX assessment_draft_result_id ON assessment_draft (result_id);

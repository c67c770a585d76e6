-- A questionnaire in progress: the answers given so far under an unguessable id that only the
-- visitor's address bar holds, so every step can be post/redirect/get and the browser's Back
-- and Forward never resubmit a form. Holds nothing that identifies the visitor. A draft is
-- deleted in the transaction that stores its result, and by the purge once it has not been
-- touched for crossroads.draft-lifetime (it counts as gone from that moment on).
CREATE TABLE assessment_draft (
    id           VARCHAR(64)              NOT NULL PRIMARY KEY,
    checked_step INTEGER,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX assessment_draft_updated_at ON assessment_draft (updated_at);

CREATE TABLE draft_answer (
    draft_id     VARCHAR(64) NOT NULL REFERENCES assessment_draft (id) ON DELETE CASCADE,
    question_key VARCHAR(64) NOT NULL,
    option_key   VARCHAR(64) NOT NULL,
    PRIMARY KEY (draft_id, question_key)
);

-- What a visitor said matters to them, and their SURE test answers, given after a result (optional).
-- One row per stored result at most; answering again replaces it. Nothing here identifies the visitor,
-- and everything goes with its result by ON DELETE CASCADE (a visitor's delete and the retention purge).
-- sure_*: the four SURE items (yes = TRUE); statement_key: a value statement of the result's version.

CREATE TABLE result_values (
    result_id          VARCHAR(64) PRIMARY KEY REFERENCES assessment_result (id) ON DELETE CASCADE,
    sure_sure          BOOLEAN     NOT NULL,
    sure_understand    BOOLEAN     NOT NULL,
    sure_risk_benefit  BOOLEAN     NOT NULL,
    sure_encouragement BOOLEAN     NOT NULL
);

CREATE TABLE result_value_rating (
    result_id     VARCHAR(64) NOT NULL REFERENCES result_values (result_id) ON DELETE CASCADE,
    statement_key VARCHAR(64) NOT NULL,
    rating        VARCHAR(16) NOT NULL,
    PRIMARY KEY (result_id, statement_key)
);

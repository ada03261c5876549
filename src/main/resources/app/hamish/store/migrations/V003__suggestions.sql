-- Hamish workspace schema, version 3: suggestions an analyst rejected, so that none is proposed again.

-- One row per rejected span and label, whoever rejected it and whichever source proposed it. The label is kept
-- by name, as suggestions name it: a rejection outlives any change to the label catalogue.
CREATE TABLE suggestion_rejections (
    article_id   INTEGER NOT NULL REFERENCES articles (id),
    start_cp     INTEGER NOT NULL,
    end_cp       INTEGER NOT NULL,
    label        TEXT    NOT NULL,
    source       TEXT    NOT NULL,
    annotator_id INTEGER NOT NULL REFERENCES annotators (id),
    rejected_at  INTEGER NOT NULL,
    PRIMARY KEY (article_id, start_cp, end_cp, label)
);

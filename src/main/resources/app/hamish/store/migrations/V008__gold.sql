-- Hamish workspace schema, version 8: the gold layer (decision 0027). A reviewer's result is a layer of its own in
-- annotations, owned by the reserved gold annotator: id 0 and the same uuid in every workspace, so that merging
-- matches it by uuid like any annotator and a partial index can name it. One gold span per article, span, label
-- and subtype, however many annotators marked it.

INSERT INTO annotators (id, name, role, uuid) VALUES (0, '(gold)', 'reviewer', '0000000000000000000000000000901d');

CREATE UNIQUE INDEX gold_spans_are_distinct ON annotations (article_id, start_cp, end_cp, label_id, coalesce(subtype, ''))
    WHERE annotator_id = 0;

-- Who adjudicated a gold span, and when.
CREATE TABLE gold_adjudications (
    annotation_id  INTEGER PRIMARY KEY REFERENCES annotations (id) ON DELETE CASCADE
                       CHECK (typeof(annotation_id) = 'integer'),
    adjudicator_id INTEGER NOT NULL REFERENCES annotators (id) CHECK (typeof(adjudicator_id) = 'integer'),
    adjudicated_at INTEGER NOT NULL CHECK (typeof(adjudicated_at) = 'integer')
);

-- Which annotators had the gold span's very span, label and subtype when it was accepted; the annotation it came
-- from while that annotation exists (so the review CSV can put an annotator's span beside its gold copy).
CREATE TABLE gold_sources (
    annotation_id        INTEGER NOT NULL REFERENCES annotations (id) ON DELETE CASCADE
                             CHECK (typeof(annotation_id) = 'integer'),
    annotator_id         INTEGER NOT NULL REFERENCES annotators (id) CHECK (typeof(annotator_id) = 'integer'),
    source_annotation_id INTEGER REFERENCES annotations (id) ON DELETE SET NULL,
    PRIMARY KEY (annotation_id, annotator_id)
);
CREATE INDEX gold_sources_by_source ON gold_sources (source_annotation_id);

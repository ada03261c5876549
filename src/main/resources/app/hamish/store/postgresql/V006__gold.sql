-- Hamish workspace schema on PostgreSQL, version 6: the gold layer, as SQLite's version 8 (decision 0027). A
-- reviewer's result is a layer of its own in annotations, owned by the reserved gold annotator: id 0 and the same
-- uuid in every workspace. One gold span per article, span, label and subtype, however many annotators marked it.

INSERT INTO annotators (id, name, role, uuid) VALUES (0, '(gold)', 'reviewer', '0000000000000000000000000000901d');

CREATE UNIQUE INDEX gold_spans_are_distinct ON annotations (article_id, start_cp, end_cp, label_id, coalesce(subtype, ''))
    WHERE annotator_id = 0;

CREATE TABLE gold_adjudications (
    annotation_id  BIGINT PRIMARY KEY REFERENCES annotations (id) ON DELETE CASCADE,
    adjudicator_id BIGINT NOT NULL REFERENCES annotators (id),
    adjudicated_at BIGINT NOT NULL
);

CREATE TABLE gold_sources (
    annotation_id        BIGINT NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
    annotator_id         BIGINT NOT NULL REFERENCES annotators (id),
    source_annotation_id BIGINT REFERENCES annotations (id) ON DELETE SET NULL,
    PRIMARY KEY (annotation_id, annotator_id)
);
CREATE INDEX gold_sources_by_source ON gold_sources (source_annotation_id);

-- On a team server (decision 0024) everyone reads gold; reviewers adjudicate, while a layer of the article is in
-- review, and admins; the gold layer has no state of its own, so its guard asks the article's layers.
GRANT SELECT ON gold_adjudications, gold_sources TO hamish_annotator, hamish_reviewer, hamish_admin;
GRANT INSERT, UPDATE, DELETE ON gold_adjudications, gold_sources TO hamish_reviewer, hamish_admin;

CREATE OR REPLACE FUNCTION hamish_may_write_layer(article BIGINT, annotator BIGINT) RETURNS BOOLEAN LANGUAGE sql
    STABLE AS $$
    SELECT annotator = hamish_actor()
        OR hamish_member('hamish_admin')
        OR hamish_member('hamish_reviewer') AND EXISTS (
            SELECT FROM article_states
            WHERE article_id = article AND (annotator_id = annotator OR annotator = 0) AND state = 'in_review')
$$;

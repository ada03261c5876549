-- Hamish workspace schema on PostgreSQL, version 5: what SQLite's version 6 adds (decision 0028). Every row that can
-- change carries a version, the time and the author of its last change; a workspace lists who may review in it.

ALTER TABLE annotations ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
ALTER TABLE annotations ADD COLUMN changed_at BIGINT NOT NULL DEFAULT 0;
ALTER TABLE annotations ADD COLUMN changed_by BIGINT REFERENCES annotators (id);
UPDATE annotations SET
    changed_at = coalesce((SELECT max(l.at) FROM audit_log l WHERE l.annotation_uuid = annotations.uuid
                           AND l.action IN ('created', 'edited', 'reverted', 'restored')), updated_at),
    changed_by = coalesce((SELECT l.actor_id FROM audit_log l WHERE l.annotation_uuid = annotations.uuid
                           AND l.action IN ('created', 'edited', 'reverted', 'restored') ORDER BY l.id DESC LIMIT 1),
                          annotator_id);

ALTER TABLE review_decisions ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
ALTER TABLE review_decisions ADD COLUMN changed_at BIGINT NOT NULL DEFAULT 0;
ALTER TABLE review_decisions ADD COLUMN changed_by BIGINT REFERENCES annotators (id);
UPDATE review_decisions SET changed_at = decided_at, changed_by = reviewer_id;

ALTER TABLE article_states ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
ALTER TABLE article_states ADD COLUMN changed_at BIGINT NOT NULL DEFAULT 0;
ALTER TABLE article_states ADD COLUMN changed_by BIGINT REFERENCES annotators (id);
UPDATE article_states SET
    changed_at = updated_at,
    changed_by = coalesce((SELECT l.actor_id FROM audit_log l
                           WHERE l.article_id = article_states.article_id AND l.annotation_uuid IS NULL
                             AND (l.details = 'layer of ' || (SELECT name FROM annotators WHERE id = article_states.annotator_id)
                                  OR l.details LIKE 'layer of ' || (SELECT name FROM annotators WHERE id = article_states.annotator_id) || ': %')
                           ORDER BY l.id DESC LIMIT 1),
                          annotator_id);

CREATE TABLE reviewers (
    annotator_id BIGINT PRIMARY KEY REFERENCES annotators (id),
    added_at     BIGINT NOT NULL,
    added_by     BIGINT NOT NULL REFERENCES annotators (id)
);
INSERT INTO reviewers (annotator_id, added_at, added_by)
SELECT id, 0, id FROM annotators WHERE role = 'reviewer';

-- On a team server the admin lists reviewers (server add-user); everyone reads the list (decision 0024).
GRANT SELECT ON reviewers TO hamish_annotator, hamish_reviewer, hamish_admin;
GRANT INSERT ON reviewers TO hamish_admin;

-- Hamish workspace schema, version 6: every row that can change carries a version, the time (ms since 1970 UTC) and
-- the author of its last change, so that a change states what it read (optimistic check) and a merge can tell the
-- later change (decision 0028); and a workspace lists who may review in it.
-- Existing rows start at version 1 with the latest change the audit log knows of, else their own time and author.

ALTER TABLE annotations ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (typeof(version) = 'integer' AND version >= 1);
ALTER TABLE annotations ADD COLUMN changed_at INTEGER NOT NULL DEFAULT 0 CHECK (typeof(changed_at) = 'integer');
ALTER TABLE annotations ADD COLUMN changed_by INTEGER REFERENCES annotators (id);
UPDATE annotations SET
    changed_at = coalesce((SELECT max(l.at) FROM audit_log l WHERE l.annotation_uuid = annotations.uuid
                           AND l.action IN ('created', 'edited', 'reverted', 'restored')), updated_at),
    changed_by = coalesce((SELECT l.actor_id FROM audit_log l WHERE l.annotation_uuid = annotations.uuid
                           AND l.action IN ('created', 'edited', 'reverted', 'restored') ORDER BY l.id DESC LIMIT 1),
                          annotator_id);

ALTER TABLE review_decisions ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (typeof(version) = 'integer' AND version >= 1);
ALTER TABLE review_decisions ADD COLUMN changed_at INTEGER NOT NULL DEFAULT 0 CHECK (typeof(changed_at) = 'integer');
ALTER TABLE review_decisions ADD COLUMN changed_by INTEGER REFERENCES annotators (id);
UPDATE review_decisions SET changed_at = decided_at, changed_by = reviewer_id;

ALTER TABLE article_states ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (typeof(version) = 'integer' AND version >= 1);
ALTER TABLE article_states ADD COLUMN changed_at INTEGER NOT NULL DEFAULT 0 CHECK (typeof(changed_at) = 'integer');
ALTER TABLE article_states ADD COLUMN changed_by INTEGER REFERENCES annotators (id);
UPDATE article_states SET
    changed_at = updated_at,
    changed_by = coalesce((SELECT l.actor_id FROM audit_log l
                           WHERE l.article_id = article_states.article_id AND l.annotation_uuid IS NULL
                             AND (l.details = 'layer of ' || (SELECT name FROM annotators WHERE id = article_states.annotator_id)
                                  OR l.details LIKE 'layer of ' || (SELECT name FROM annotators WHERE id = article_states.annotator_id) || ': %')
                           ORDER BY l.id DESC LIMIT 1),
                          annotator_id);

-- Who may review here: the first name to act as a reviewer in a workspace without one, then whom a reviewer adds.
-- A merge brings in decisions and sign-offs only by the reviewers listed here. Those who reviewed before are listed.
CREATE TABLE reviewers (
    annotator_id INTEGER PRIMARY KEY REFERENCES annotators (id) CHECK (typeof(annotator_id) = 'integer'),
    added_at     INTEGER NOT NULL CHECK (typeof(added_at) = 'integer'),
    added_by     INTEGER NOT NULL REFERENCES annotators (id) CHECK (typeof(added_by) = 'integer')
);
INSERT INTO reviewers (annotator_id, added_at, added_by)
SELECT id, 0, id FROM annotators WHERE role = 'reviewer';

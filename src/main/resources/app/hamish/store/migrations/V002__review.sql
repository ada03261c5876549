-- Hamish workspace schema, version 2: review workflow, audit log, and the stable ids that merging needs.

-- This workspace's own id, so merged work can say where it came from.
CREATE TABLE workspace_info (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO workspace_info (key, value) VALUES ('workspace_id', lower(hex(randomblob(16))));

-- Stable ids across workspaces: two annotators (or annotations) are the same only if their uuids are.
ALTER TABLE annotators ADD COLUMN uuid TEXT;
UPDATE annotators SET uuid = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX annotators_by_uuid ON annotators (uuid);

ALTER TABLE annotations ADD COLUMN uuid TEXT;
UPDATE annotations SET uuid = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX annotations_by_uuid ON annotations (uuid);

-- Where each annotator's layer of each article stands; no row means 'new'.
CREATE TABLE article_states (
    article_id   INTEGER NOT NULL REFERENCES articles (id),
    annotator_id INTEGER NOT NULL REFERENCES annotators (id),
    state        TEXT    NOT NULL CHECK (state IN ('new', 'in_progress', 'submitted', 'in_review', 'returned',
                                                   'signed_off')),
    comment      TEXT    NOT NULL DEFAULT '',
    updated_at   INTEGER NOT NULL,
    PRIMARY KEY (article_id, annotator_id)
);

-- Who did what and when. Append-only: the triggers below refuse any change to a recorded entry.
CREATE TABLE audit_log (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT    NOT NULL UNIQUE,
    at              INTEGER NOT NULL,
    actor_id        INTEGER NOT NULL REFERENCES annotators (id),
    action          TEXT    NOT NULL,
    article_id      INTEGER REFERENCES articles (id),
    annotation_uuid TEXT,
    details         TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX audit_by_article ON audit_log (article_id, id);

CREATE TRIGGER audit_log_is_append_only_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_log_is_append_only_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

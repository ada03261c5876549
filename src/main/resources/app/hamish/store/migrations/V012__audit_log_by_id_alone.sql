-- Hamish workspace schema, version 12: the audit log is one b-tree, its rows by id, without the index of uuids beside
-- it (decision 0089). Every audited change wrote its entry's uuid into that index, a page of its own, written into
-- the WAL and again into the main file at the checkpoint after the commit (decision 0011): one page in five of a new
-- annotation's commit. No query reads the log by uuid; only a merge must know which of the other file's entries the
-- log holds already, and it reads the log's uuids once for that (WorkspaceMerge). SQLite cannot drop the index a
-- UNIQUE column makes, so the table is rebuilt by SQLite's 12-step procedure (sqlite.org/lang_altertable.html
-- #otheralter), every entry kept with its id; no table refers to the log, and its triggers are made again.

CREATE TABLE new_audit_log (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT    NOT NULL,
    at              INTEGER NOT NULL,
    actor_id        INTEGER NOT NULL REFERENCES annotators (id),
    action          TEXT    NOT NULL,
    article_id      INTEGER REFERENCES articles (id),
    annotation_uuid TEXT,
    details         TEXT    NOT NULL DEFAULT ''
);

INSERT INTO new_audit_log (id, uuid, at, actor_id, action, article_id, annotation_uuid, details)
SELECT id, uuid, at, actor_id, action, article_id, annotation_uuid, details FROM audit_log ORDER BY id;

DROP TABLE audit_log;
ALTER TABLE new_audit_log RENAME TO audit_log;

CREATE TRIGGER audit_log_is_append_only_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_log_is_append_only_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

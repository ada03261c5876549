-- Hamish workspace schema, version 4: offsets, references and times must be integers, and every annotation has a
-- uuid. SQLite compares a text or blob offset with numbers without complaint ('abc' >= 0 holds), so the version 1
-- CHECKs let such offsets in; typeof() does not. Adding a CHECK needs the table rebuilt, by SQLite's 12-step
-- procedure (sqlite.org/lang_altertable.html#otheralter): foreign keys are off for this migration and checked
-- before it commits (Migrations), ids and rows are kept as they are.

CREATE TABLE new_annotations (
    id           INTEGER PRIMARY KEY,
    article_id   INTEGER NOT NULL REFERENCES articles (id) CHECK (typeof(article_id) = 'integer'),
    annotator_id INTEGER NOT NULL REFERENCES annotators (id) CHECK (typeof(annotator_id) = 'integer'),
    start_cp     INTEGER NOT NULL CHECK (typeof(start_cp) = 'integer' AND start_cp >= 0),
    end_cp       INTEGER NOT NULL CHECK (typeof(end_cp) = 'integer' AND end_cp > start_cp),
    label_id     INTEGER NOT NULL REFERENCES labels (id) CHECK (typeof(label_id) = 'integer'),
    subtype      TEXT CHECK (subtype IS NULL OR typeof(subtype) = 'text'),
    note         TEXT    NOT NULL DEFAULT '' CHECK (typeof(note) = 'text'),
    provenance   TEXT    NOT NULL CHECK (provenance IN ('manual', 'imported', 'suggested')),
    created_at   INTEGER NOT NULL CHECK (typeof(created_at) = 'integer'),
    updated_at   INTEGER NOT NULL CHECK (typeof(updated_at) = 'integer'),
    uuid         TEXT    NOT NULL CHECK (typeof(uuid) = 'text')
);

-- An annotation without a uuid (a version 2 file written by another program) gets one, as version 2 gave them all.
INSERT INTO new_annotations (id, article_id, annotator_id, start_cp, end_cp, label_id, subtype, note, provenance,
                             created_at, updated_at, uuid)
SELECT id, article_id, annotator_id, start_cp, end_cp, label_id, subtype, note, provenance, created_at, updated_at,
       coalesce(uuid, lower(hex(randomblob(16))))
FROM annotations;

DROP TABLE annotations;
ALTER TABLE new_annotations RENAME TO annotations;

CREATE INDEX annotations_by_article ON annotations (article_id, start_cp, end_cp);
CREATE INDEX annotations_by_annotator ON annotations (annotator_id);
CREATE UNIQUE INDEX annotations_by_uuid ON annotations (uuid);

CREATE TABLE new_suggestion_rejections (
    article_id   INTEGER NOT NULL REFERENCES articles (id) CHECK (typeof(article_id) = 'integer'),
    start_cp     INTEGER NOT NULL CHECK (typeof(start_cp) = 'integer' AND start_cp >= 0),
    end_cp       INTEGER NOT NULL CHECK (typeof(end_cp) = 'integer' AND end_cp > start_cp),
    label        TEXT    NOT NULL CHECK (typeof(label) = 'text'),
    source       TEXT    NOT NULL CHECK (typeof(source) = 'text'),
    annotator_id INTEGER NOT NULL REFERENCES annotators (id) CHECK (typeof(annotator_id) = 'integer'),
    rejected_at  INTEGER NOT NULL CHECK (typeof(rejected_at) = 'integer'),
    PRIMARY KEY (article_id, start_cp, end_cp, label)
);

INSERT INTO new_suggestion_rejections (article_id, start_cp, end_cp, label, source, annotator_id, rejected_at)
SELECT article_id, start_cp, end_cp, label, source, annotator_id, rejected_at FROM suggestion_rejections;

DROP TABLE suggestion_rejections;
ALTER TABLE new_suggestion_rejections RENAME TO suggestion_rejections;

-- Hamish workspace schema, version 1.
-- Offsets are Unicode code points, end exclusive: text[start_cp:end_cp] in Python.
-- Times are milliseconds since 1970-01-01 UTC (datetime(x / 1000, 'unixepoch') shows them).

CREATE TABLE labels (
    id       INTEGER PRIMARY KEY,
    name     TEXT    NOT NULL UNIQUE,
    colour   TEXT    NOT NULL,
    hotkey   TEXT,
    position INTEGER NOT NULL
);

CREATE TABLE label_subtypes (
    label_id INTEGER NOT NULL REFERENCES labels (id) ON DELETE CASCADE,
    name     TEXT    NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (label_id, name)
);

CREATE TABLE annotators (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('annotator', 'reviewer'))
);

CREATE TABLE articles (
    id          INTEGER PRIMARY KEY,
    external_id TEXT    NOT NULL UNIQUE,
    title       TEXT    NOT NULL,
    source_name TEXT    NOT NULL,
    text        TEXT    NOT NULL,
    sha256      TEXT    NOT NULL UNIQUE,
    direction   TEXT    NOT NULL CHECK (direction IN ('rtl', 'ltr')),
    meta        TEXT    NOT NULL DEFAULT '{}',
    imported_at INTEGER NOT NULL
);

CREATE TABLE annotations (
    id           INTEGER PRIMARY KEY,
    article_id   INTEGER NOT NULL REFERENCES articles (id),
    annotator_id INTEGER NOT NULL REFERENCES annotators (id),
    start_cp     INTEGER NOT NULL CHECK (start_cp >= 0),
    end_cp       INTEGER NOT NULL CHECK (end_cp > start_cp),
    label_id     INTEGER NOT NULL REFERENCES labels (id),
    subtype      TEXT,
    note         TEXT    NOT NULL DEFAULT '',
    provenance   TEXT    NOT NULL CHECK (provenance IN ('manual', 'imported', 'suggested')),
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
);

-- "What covers offset i" and "annotations of this article in text order" are one indexed range scan.
CREATE INDEX annotations_by_article ON annotations (article_id, start_cp, end_cp);
CREATE INDEX annotations_by_annotator ON annotations (annotator_id);

CREATE TABLE relations (
    id                 INTEGER PRIMARY KEY,
    from_annotation_id INTEGER NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
    to_annotation_id   INTEGER NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
    type               TEXT    NOT NULL,
    UNIQUE (from_annotation_id, to_annotation_id, type)
);

CREATE INDEX relations_by_target ON relations (to_annotation_id);

CREATE TABLE review_decisions (
    annotation_id INTEGER PRIMARY KEY REFERENCES annotations (id) ON DELETE CASCADE,
    reviewer_id   INTEGER NOT NULL REFERENCES annotators (id),
    decision      TEXT    NOT NULL CHECK (decision IN ('accepted', 'rejected')),
    decided_at    INTEGER NOT NULL,
    comment       TEXT    NOT NULL DEFAULT ''
);

INSERT INTO labels (id, name, colour, hotkey, position) VALUES
    (1, 'ENTITY', '#4C9BE8', '1', 1),
    (2, 'CLAIM', '#F2A93B', '2', 2),
    (3, 'UNVERIFIED_SOURCE', '#D9534F', '3', 3);

INSERT INTO label_subtypes (label_id, name, position) VALUES
    (1, 'person', 1),
    (1, 'organisation', 2),
    (1, 'location', 3),
    (1, 'other', 4);

-- Hamish workspace schema, version 11: a layer's state is kept in the b-tree of its key, (article, annotator), instead
-- of a table by rowid beside an index of that key (decision 0052). A layer's first change writes its state row into
-- one b-tree, not two: one page fewer in the commit of a layer's first annotation, written into the WAL and again
-- into the main file at the checkpoint after the commit (decision 0011). Every query of the table names the layer by
-- its key, so none needs a rowid; the checks name a bad row by its key too.
CREATE TABLE layer_states (
    article_id   INTEGER NOT NULL REFERENCES articles (id),
    annotator_id INTEGER NOT NULL REFERENCES annotators (id),
    state        TEXT    NOT NULL CHECK (state IN ('new', 'in_progress', 'submitted', 'in_review', 'returned',
                                                   'signed_off')),
    comment      TEXT    NOT NULL DEFAULT '',
    updated_at   INTEGER NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1 CHECK (typeof(version) = 'integer' AND version >= 1),
    changed_at   INTEGER NOT NULL DEFAULT 0 CHECK (typeof(changed_at) = 'integer'),
    changed_by   INTEGER REFERENCES annotators (id),
    PRIMARY KEY (article_id, annotator_id)
) WITHOUT ROWID;
INSERT INTO layer_states (article_id, annotator_id, state, comment, updated_at, version, changed_at, changed_by)
SELECT article_id, annotator_id, state, comment, updated_at, version, changed_at, changed_by FROM article_states;
DROP TABLE article_states;
ALTER TABLE layer_states RENAME TO article_states;

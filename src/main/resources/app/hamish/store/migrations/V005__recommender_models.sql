-- Hamish workspace schema, version 5: the entity recommender's last model per analyst, kept so that a restart loads
-- it instead of training again (decision 0030). Derived data: losing a row costs one training, nothing else.

-- The fingerprint is a SHA-256 of what the model learned from (each example's article and entity spans, and the
-- version of the features); a model whose fingerprint differs from the workspace's gold is trained again.
CREATE TABLE recommender_models (
    analyst     TEXT    PRIMARY KEY CHECK (typeof(analyst) = 'text'),
    fingerprint TEXT    NOT NULL CHECK (typeof(fingerprint) = 'text'),
    model       BLOB    NOT NULL CHECK (typeof(model) = 'blob'),
    trained_at  INTEGER NOT NULL CHECK (typeof(trained_at) = 'integer')
);

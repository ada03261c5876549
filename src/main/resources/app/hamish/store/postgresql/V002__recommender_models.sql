-- Hamish workspace schema on PostgreSQL, version 2: the entity recommender's last model per analyst, kept so that
-- a restart loads it instead of training again (decision 0030), as SQLite's version 5.
CREATE TABLE recommender_models (
    analyst     TEXT   PRIMARY KEY,
    fingerprint TEXT   NOT NULL,
    model       BYTEA  NOT NULL,
    trained_at  BIGINT NOT NULL
);

-- Hamish workspace schema on PostgreSQL, version 4: the entity recommender's last model per analyst, kept so that
-- a restart loads it instead of training again (decision 0030), as SQLite's version 5.
CREATE TABLE recommender_models (
    analyst     TEXT   PRIMARY KEY,
    fingerprint TEXT   NOT NULL,
    model       BYTEA  NOT NULL,
    trained_at  BIGINT NOT NULL
);

-- Each analyst keeps their own model: a team login writes only the row named as itself (decision 0024).
GRANT SELECT, INSERT, UPDATE, DELETE ON recommender_models TO hamish_annotator, hamish_reviewer, hamish_admin;

CREATE FUNCTION hamish_guard_recommender_models() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF hamish_guarded() THEN
        IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.analyst <> session_user::TEXT
                OR TG_OP IN ('INSERT', 'UPDATE') AND NEW.analyst <> session_user::TEXT THEN
            PERFORM hamish_refuse(format('%s may not change the recommender model of another analyst',
                                         session_user));
        END IF;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER recommender_models_guarded BEFORE INSERT OR UPDATE OR DELETE ON recommender_models
    FOR EACH ROW EXECUTE FUNCTION hamish_guard_recommender_models();

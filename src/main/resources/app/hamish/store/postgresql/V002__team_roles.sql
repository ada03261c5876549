-- Hamish workspace schema on PostgreSQL, version 2: the server is the guard (decision 0024).
-- Three NOLOGIN group roles, cluster-wide (another database may have made them already); each person logs in as
-- a role of their own, a member of one group, and is the annotator whose name is that role's (session_user).
-- Grants say which tables a group may write at all; the triggers below say which rows, and refuse with SQLSTATE
-- 42501 and a sentence. Triggers rather than row-level security: RLS silently skips the rows it hides from an
-- UPDATE or DELETE, so a forbidden change would look like a change to nothing.
-- The workspace's owner (the admin who ran `hamish server init`) and superusers are not guarded, as PostgreSQL
-- does not guard them with row-level security either; the audit log stays append-only for everyone (version 1).

DO $$
DECLARE
    team_group TEXT;
BEGIN
    FOREACH team_group IN ARRAY ARRAY['hamish_annotator', 'hamish_reviewer', 'hamish_admin'] LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = team_group) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', team_group);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                -- Another database's init made it meanwhile: roles are the cluster's, grants are this database's.
                NULL;
            END;
        END IF;
    END LOOP;
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO hamish_annotator, hamish_reviewer, hamish_admin',
                   current_database());
    EXECUTE format('REVOKE ALL ON SCHEMA %I FROM PUBLIC', current_schema());
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO hamish_annotator, hamish_reviewer, hamish_admin', current_schema());
    EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM PUBLIC', current_schema());
    EXECUTE format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA %I FROM PUBLIC', current_schema());
    -- Identity columns draw from sequences: whoever may insert rows needs them.
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO hamish_annotator, hamish_reviewer,'
                   ' hamish_admin', current_schema());
END;
$$;

GRANT SELECT ON hamish_schema, workspace_info, labels, label_subtypes, annotators, articles, annotations, relations,
    review_decisions, article_states, audit_log, suggestion_rejections
    TO hamish_annotator, hamish_reviewer, hamish_admin;
GRANT INSERT, UPDATE, DELETE ON annotations, relations TO hamish_annotator, hamish_reviewer, hamish_admin;
GRANT INSERT, UPDATE ON article_states TO hamish_annotator, hamish_reviewer, hamish_admin;
GRANT INSERT ON suggestion_rejections, audit_log TO hamish_annotator, hamish_reviewer, hamish_admin;
GRANT INSERT, UPDATE, DELETE ON review_decisions TO hamish_reviewer, hamish_admin;
GRANT INSERT, UPDATE, DELETE ON labels, label_subtypes, annotators, articles TO hamish_admin;

-- Whether this session is one the triggers guard: a team member's, not the owner's or a superuser's.
CREATE FUNCTION hamish_guarded() RETURNS BOOLEAN LANGUAGE sql STABLE AS $$
    SELECT NOT roles.rolsuper AND session_user <> pg_get_userbyid(tables.relowner)
    FROM pg_roles AS roles, pg_class AS tables
    WHERE roles.rolname = session_user AND tables.oid = 'annotators'::regclass
$$;

-- The annotator this session acts as: the one named as its login role, null if none is registered.
CREATE FUNCTION hamish_actor() RETURNS BIGINT LANGUAGE sql STABLE AS $$
    SELECT id FROM annotators WHERE name = session_user::TEXT
$$;

CREATE FUNCTION hamish_member(team_group TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE AS $$
    SELECT pg_has_role(session_user, team_group, 'MEMBER')
$$;

CREATE FUNCTION hamish_annotator_name(annotator BIGINT) RETURNS TEXT LANGUAGE sql STABLE AS $$
    SELECT coalesce((SELECT name FROM annotators WHERE id = annotator), '#' || annotator)
$$;

CREATE FUNCTION hamish_refuse(message TEXT) RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE = message;
END;
$$;

-- A layer (an annotator's annotations of an article) is written by its annotator, by a reviewer while it is in
-- review, and by an admin (importing layers such as import:doccano).
CREATE FUNCTION hamish_may_write_layer(article BIGINT, annotator BIGINT) RETURNS BOOLEAN LANGUAGE sql STABLE AS $$
    SELECT annotator = hamish_actor()
        OR hamish_member('hamish_admin')
        OR hamish_member('hamish_reviewer') AND EXISTS (
            SELECT FROM article_states
            WHERE article_id = article AND annotator_id = annotator AND state = 'in_review')
$$;

CREATE FUNCTION hamish_guard_layer(article BIGINT, annotator BIGINT) RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
    IF NOT hamish_may_write_layer(article, annotator) THEN
        PERFORM hamish_refuse(format('%s may not change the layer of %s: only its annotator may, or a reviewer'
                                     ' while it is in review', session_user, hamish_annotator_name(annotator)));
    END IF;
END;
$$;

CREATE FUNCTION hamish_guard_annotations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF hamish_guarded() THEN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
            PERFORM hamish_guard_layer(OLD.article_id, OLD.annotator_id);
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
            PERFORM hamish_guard_layer(NEW.article_id, NEW.annotator_id);
        END IF;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER annotations_guarded BEFORE INSERT OR UPDATE OR DELETE ON annotations
    FOR EACH ROW EXECUTE FUNCTION hamish_guard_annotations();

-- A relation belongs to the layer of the annotation it starts from. One whose annotation is gone is being removed
-- with it (ON DELETE CASCADE), which the annotation's own guard has allowed.
CREATE FUNCTION hamish_guard_relations() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    source RECORD;
BEGIN
    IF hamish_guarded() THEN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
            SELECT article_id, annotator_id INTO source FROM annotations WHERE id = OLD.from_annotation_id;
            IF FOUND THEN
                PERFORM hamish_guard_layer(source.article_id, source.annotator_id);
            END IF;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
            SELECT article_id, annotator_id INTO source FROM annotations WHERE id = NEW.from_annotation_id;
            IF FOUND THEN
                PERFORM hamish_guard_layer(source.article_id, source.annotator_id);
            END IF;
        END IF;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER relations_guarded BEFORE INSERT OR UPDATE OR DELETE ON relations
    FOR EACH ROW EXECUTE FUNCTION hamish_guard_relations();

-- A layer's state moves only along the workflow's transitions (model.WorkflowTransition): start, submit and resume
-- by the layer's annotator; take for review, return, sign off and reopen by a reviewer other than its annotator.
CREATE FUNCTION hamish_guard_article_states() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    previous TEXT := CASE WHEN TG_OP = 'UPDATE' THEN OLD.state ELSE 'new' END;
    owner TEXT := hamish_annotator_name(NEW.annotator_id);
BEGIN
    IF NOT hamish_guarded() THEN
        RETURN NEW;
    END IF;
    -- An INSERT ... ON CONFLICT DO UPDATE fires this for the INSERT first; the UPDATE's turn guards the move.
    IF TG_OP = 'INSERT' AND EXISTS (SELECT FROM article_states
                                    WHERE article_id = NEW.article_id AND annotator_id = NEW.annotator_id) THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' AND (NEW.article_id <> OLD.article_id OR NEW.annotator_id <> OLD.annotator_id) THEN
        PERFORM hamish_refuse('a layer state stays with its article and annotator');
    END IF;
    IF (previous, NEW.state) IN (('new', 'in_progress'), ('in_progress', 'submitted'),
                                 ('returned', 'in_progress')) THEN
        IF NEW.annotator_id IS DISTINCT FROM hamish_actor() THEN
            PERFORM hamish_refuse(format('%s may not move the layer of %s from %s to %s: only its annotator may',
                                         session_user, owner, previous, NEW.state));
        END IF;
    ELSIF (previous, NEW.state) IN (('submitted', 'in_review'), ('in_review', 'returned'),
                                    ('in_review', 'signed_off'), ('signed_off', 'in_review')) THEN
        IF NOT hamish_member('hamish_reviewer') THEN
            PERFORM hamish_refuse(format('%s may not move the layer of %s from %s to %s: only a reviewer may',
                                         session_user, owner, previous, NEW.state));
        END IF;
        IF NEW.annotator_id = hamish_actor() THEN
            PERFORM hamish_refuse(format('%s may not move their own layer from %s to %s: another reviewer must',
                                         session_user, previous, NEW.state));
        END IF;
    ELSE
        PERFORM hamish_refuse(format('no step of the workflow moves a layer from %s to %s', previous, NEW.state));
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER article_states_guarded BEFORE INSERT OR UPDATE ON article_states
    FOR EACH ROW EXECUTE FUNCTION hamish_guard_article_states();

-- Decisions are a reviewer's own, on another annotator's layer. One whose annotation is gone is being removed with
-- it (ON DELETE CASCADE).
CREATE FUNCTION hamish_guard_review_decisions() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    layer BIGINT;
BEGIN
    IF hamish_guarded() THEN
        SELECT annotator_id INTO layer FROM annotations
        WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.annotation_id ELSE NEW.annotation_id END;
    END IF;
    IF layer IS NULL THEN
        -- Unguarded, or the annotation is gone and its decision goes with it.
        NULL;
    ELSIF layer = hamish_actor() THEN
        PERFORM hamish_refuse(format('%s may not decide on annotations of their own layer', session_user));
    END IF;
    IF layer IS NOT NULL AND TG_OP IN ('INSERT', 'UPDATE') AND NEW.reviewer_id IS DISTINCT FROM hamish_actor() THEN
        PERFORM hamish_refuse(format('%s may not record a decision in the name of %s', session_user,
                                     hamish_annotator_name(NEW.reviewer_id)));
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER review_decisions_guarded BEFORE INSERT OR UPDATE OR DELETE ON review_decisions
    FOR EACH ROW EXECUTE FUNCTION hamish_guard_review_decisions();

-- Everyone writes the audit log and rejects suggestions in their own name only. An admin importing a layer writes
-- its entries in the name of the importer (import:doccano...), which is no one's login.
CREATE FUNCTION hamish_guard_own_name() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    -- The column naming the person is the trigger's argument: NEW has no fields of another table's.
    named BIGINT := (to_jsonb(NEW) ->> TG_ARGV[0])::BIGINT;
BEGIN
    IF hamish_guarded() AND named IS DISTINCT FROM hamish_actor()
            AND NOT (hamish_member('hamish_admin') AND NOT EXISTS (
                SELECT FROM pg_roles WHERE rolname = hamish_annotator_name(named))) THEN
        PERFORM hamish_refuse(format('%s may not write to %s in the name of %s', session_user, TG_TABLE_NAME,
                                     hamish_annotator_name(named)));
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER audit_log_in_own_name BEFORE INSERT ON audit_log
    FOR EACH ROW EXECUTE FUNCTION hamish_guard_own_name('actor_id');
CREATE TRIGGER suggestion_rejections_in_own_name BEFORE INSERT ON suggestion_rejections
    FOR EACH ROW EXECUTE FUNCTION hamish_guard_own_name('annotator_id');

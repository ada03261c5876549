-- Hamish workspace schema on PostgreSQL, version 7: one guard function for every table (decision 0024). Versions 2
-- to 6 wrote a guard function per table, each of the same shape; hamish_guard is told by its trigger's arguments
-- which rule the table follows, and refuses what they refused with the same sentences. A new table is guarded by
-- naming its rule in a trigger, and store.ServerGuardsTest fails for a table a team login may write without one.
-- The gold layer's provenance, which reviewers could write at any time, is now guarded as its gold span is.

-- TG_ARGV[0] is the rule; the arguments after it name the columns the rule reads. PL/pgSQL prepares an expression
-- when it first runs it, for each table on its own, so a branch may name columns only the tables of its rule have.
CREATE FUNCTION hamish_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    old_row JSONB;
    new_row JSONB;
    touched JSONB;
    source RECORD;
    layer BIGINT;
    previous TEXT;
    owner TEXT;
    named BIGINT;
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        old_row := to_jsonb(OLD);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        new_row := to_jsonb(NEW);
    END IF;
    IF NOT hamish_guarded() THEN
        NULL;
    ELSIF TG_ARGV[0] = 'layer' THEN
        -- A layer (an annotator's annotations of an article), by its article and annotator columns.
        IF old_row IS NOT NULL THEN
            PERFORM hamish_guard_layer((old_row ->> TG_ARGV[1])::BIGINT, (old_row ->> TG_ARGV[2])::BIGINT);
        END IF;
        IF new_row IS NOT NULL THEN
            PERFORM hamish_guard_layer((new_row ->> TG_ARGV[1])::BIGINT, (new_row ->> TG_ARGV[2])::BIGINT);
        END IF;
    ELSIF TG_ARGV[0] = 'layer of annotation'
            OR TG_ARGV[0] = 'gold provenance' AND pg_trigger_depth() = 1 THEN
        -- A row of the layer of the annotation its column names. One whose annotation is gone is being removed
        -- with it (ON DELETE CASCADE), which the annotation's own guard has allowed. Gold provenance also follows
        -- the deletion of a source annotation (ON DELETE SET NULL), a write the referential action makes.
        FOREACH touched IN ARRAY array_remove(ARRAY[old_row, new_row], NULL) LOOP
            SELECT article_id, annotator_id INTO source FROM annotations
            WHERE id = (touched ->> TG_ARGV[1])::BIGINT;
            IF FOUND THEN
                PERFORM hamish_guard_layer(source.article_id, source.annotator_id);
            END IF;
        END LOOP;
    ELSIF TG_ARGV[0] = 'state' THEN
        -- A layer's state moves only along the workflow's transitions (model.WorkflowTransition): start, submit and
        -- resume by the layer's annotator; take for review, return, sign off and reopen by a reviewer other than
        -- its annotator.
        previous := CASE WHEN TG_OP = 'UPDATE' THEN OLD.state ELSE 'new' END;
        owner := hamish_annotator_name(NEW.annotator_id);
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
            PERFORM hamish_refuse(format('no step of the workflow moves a layer from %s to %s', previous,
                                         NEW.state));
        END IF;
    ELSIF TG_ARGV[0] = 'decision' THEN
        -- Decisions are a reviewer's own, on another annotator's layer. One whose annotation is gone is being
        -- removed with it (ON DELETE CASCADE).
        SELECT annotator_id INTO layer FROM annotations
        WHERE id = (coalesce(new_row, old_row) ->> TG_ARGV[1])::BIGINT;
        IF layer = hamish_actor() THEN
            PERFORM hamish_refuse(format('%s may not decide on annotations of their own layer', session_user));
        END IF;
        IF layer IS NOT NULL AND new_row IS NOT NULL
                AND (new_row ->> TG_ARGV[2])::BIGINT IS DISTINCT FROM hamish_actor() THEN
            PERFORM hamish_refuse(format('%s may not record a decision in the name of %s', session_user,
                                         hamish_annotator_name((new_row ->> TG_ARGV[2])::BIGINT)));
        END IF;
    ELSIF TG_ARGV[0] = 'own name' THEN
        -- The audit log and suggestion rejections are written in one's own name only. An admin importing a layer
        -- writes its entries in the name of the importer (import:doccano...), which is no one's login.
        named := (new_row ->> TG_ARGV[1])::BIGINT;
        IF named IS DISTINCT FROM hamish_actor() AND NOT (hamish_member('hamish_admin') AND NOT EXISTS (
                SELECT FROM pg_roles WHERE rolname = hamish_annotator_name(named))) THEN
            PERFORM hamish_refuse(format('%s may not write to %s in the name of %s', session_user, TG_TABLE_NAME,
                                         hamish_annotator_name(named)));
        END IF;
    ELSIF TG_ARGV[0] = 'own model' THEN
        -- Each analyst keeps their own recommender model.
        IF old_row ->> TG_ARGV[1] <> session_user::TEXT OR new_row ->> TG_ARGV[1] <> session_user::TEXT THEN
            PERFORM hamish_refuse(format('%s may not change the recommender model of another analyst',
                                         session_user));
        END IF;
    ELSIF TG_ARGV[0] <> 'gold provenance' THEN
        PERFORM hamish_refuse(format('no guard rule is named %s', TG_ARGV[0]));
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$;

DROP TRIGGER annotations_guarded ON annotations;
DROP TRIGGER relations_guarded ON relations;
DROP TRIGGER article_states_guarded ON article_states;
DROP TRIGGER review_decisions_guarded ON review_decisions;
DROP TRIGGER audit_log_in_own_name ON audit_log;
DROP TRIGGER suggestion_rejections_in_own_name ON suggestion_rejections;
DROP TRIGGER recommender_models_guarded ON recommender_models;
DROP FUNCTION hamish_guard_annotations(), hamish_guard_relations(), hamish_guard_article_states(),
    hamish_guard_review_decisions(), hamish_guard_own_name(), hamish_guard_recommender_models();

CREATE TRIGGER annotations_guarded BEFORE INSERT OR UPDATE OR DELETE ON annotations
    FOR EACH ROW EXECUTE FUNCTION hamish_guard('layer', 'article_id', 'annotator_id');
CREATE TRIGGER relations_guarded BEFORE INSERT OR UPDATE OR DELETE ON relations
    FOR EACH ROW EXECUTE FUNCTION hamish_guard('layer of annotation', 'from_annotation_id');
CREATE TRIGGER gold_adjudications_guarded BEFORE INSERT OR UPDATE OR DELETE ON gold_adjudications
    FOR EACH ROW EXECUTE FUNCTION hamish_guard('gold provenance', 'annotation_id');
CREATE TRIGGER gold_sources_guarded BEFORE INSERT OR UPDATE OR DELETE ON gold_sources
    FOR EACH ROW EXECUTE FUNCTION hamish_guard('gold provenance', 'annotation_id');
CREATE TRIGGER article_states_guarded BEFORE INSERT OR UPDATE ON article_states
    FOR EACH ROW EXECUTE FUNCTION hamish_guard('state');
CREATE TRIGGER review_decisions_guarded BEFORE INSERT OR UPDATE OR DELETE ON review_decisions
    FOR EACH ROW EXECUTE FUNCTION hamish_guard('decision', 'annotation_id', 'reviewer_id');
CREATE TRIGGER audit_log_guarded BEFORE INSERT ON audit_log
    FOR EACH ROW EXECUTE FUNCTION hamish_guard('own name', 'actor_id');
CREATE TRIGGER suggestion_rejections_guarded BEFORE INSERT ON suggestion_rejections
    FOR EACH ROW EXECUTE FUNCTION hamish_guard('own name', 'annotator_id');
CREATE TRIGGER recommender_models_guarded BEFORE INSERT OR UPDATE OR DELETE ON recommender_models
    FOR EACH ROW EXECUTE FUNCTION hamish_guard('own model', 'analyst');

-- What the workbench shows of gold and of who reviews reaches every client too (decision 0025).
CREATE TRIGGER gold_adjudications_notify AFTER INSERT OR UPDATE OR DELETE ON gold_adjudications
    FOR EACH ROW EXECUTE FUNCTION hamish_notify_change('annotation_id');
CREATE TRIGGER gold_sources_notify AFTER INSERT OR UPDATE OR DELETE ON gold_sources
    FOR EACH ROW EXECUTE FUNCTION hamish_notify_change('annotation_id');
CREATE TRIGGER reviewers_notify AFTER INSERT OR UPDATE OR DELETE ON reviewers
    FOR EACH STATEMENT EXECUTE FUNCTION hamish_notify_change('workspace');

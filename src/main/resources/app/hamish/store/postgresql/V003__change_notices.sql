-- Every committed change tells the clients listening on hamish_changes which article it touched (decision 0025).
-- Triggers send the notice, so a change made by raw SQL notifies as one made by Hamish. NOTIFY is delivered only
-- when its transaction commits, and identical notices of one transaction are delivered once, so a transaction
-- notifies once per article however many rows it writes. A payload is an article id, or 'workspace' for what
-- every article shows (labels, annotators).

CREATE FUNCTION hamish_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed RECORD;
    article BIGINT;
BEGIN
    IF TG_ARGV[0] = 'workspace' THEN
        PERFORM pg_notify('hamish_changes', 'workspace');
        RETURN NULL;
    END IF;
    IF TG_OP = 'DELETE' THEN
        changed := OLD;
    ELSE
        changed := NEW;
    END IF;
    -- PL/pgSQL compiles a trigger function once per table, so each branch names only its own table's columns.
    CASE TG_ARGV[0]
        WHEN 'article' THEN
            article := changed.id;
        WHEN 'article_id' THEN
            article := changed.article_id;
        WHEN 'annotation_id' THEN
            SELECT a.article_id INTO article FROM annotations a WHERE a.id = changed.annotation_id;
        WHEN 'from_annotation_id' THEN
            SELECT a.article_id INTO article FROM annotations a WHERE a.id = changed.from_annotation_id;
    END CASE;
    -- A row deleted with its annotation (ON DELETE CASCADE) finds none; the annotation's own notice covers it.
    IF article IS NOT NULL THEN
        PERFORM pg_notify('hamish_changes', article::text);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER articles_notify AFTER INSERT OR UPDATE OR DELETE ON articles
    FOR EACH ROW EXECUTE FUNCTION hamish_notify_change('article');
CREATE TRIGGER annotations_notify AFTER INSERT OR UPDATE OR DELETE ON annotations
    FOR EACH ROW EXECUTE FUNCTION hamish_notify_change('article_id');
CREATE TRIGGER relations_notify AFTER INSERT OR UPDATE OR DELETE ON relations
    FOR EACH ROW EXECUTE FUNCTION hamish_notify_change('from_annotation_id');
CREATE TRIGGER review_decisions_notify AFTER INSERT OR UPDATE OR DELETE ON review_decisions
    FOR EACH ROW EXECUTE FUNCTION hamish_notify_change('annotation_id');
CREATE TRIGGER article_states_notify AFTER INSERT OR UPDATE OR DELETE ON article_states
    FOR EACH ROW EXECUTE FUNCTION hamish_notify_change('article_id');
CREATE TRIGGER suggestion_rejections_notify AFTER INSERT OR UPDATE OR DELETE ON suggestion_rejections
    FOR EACH ROW EXECUTE FUNCTION hamish_notify_change('article_id');
CREATE TRIGGER labels_notify AFTER INSERT OR UPDATE OR DELETE ON labels
    FOR EACH STATEMENT EXECUTE FUNCTION hamish_notify_change('workspace');
CREATE TRIGGER label_subtypes_notify AFTER INSERT OR UPDATE OR DELETE ON label_subtypes
    FOR EACH STATEMENT EXECUTE FUNCTION hamish_notify_change('workspace');
CREATE TRIGGER annotators_notify AFTER INSERT OR UPDATE OR DELETE ON annotators
    FOR EACH STATEMENT EXECUTE FUNCTION hamish_notify_change('workspace');

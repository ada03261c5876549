-- Hamish workspace schema on PostgreSQL, version 8: find across the corpus (decision 0033), as SQLite's version 7.
-- Each article's text as ArabicNormalizer folds it, under the article's id; SQL cannot fold Arabic, so the store
-- writes the rows as it imports and pushes articles, and fills in those of a workspace made before this version.
-- A trigram index (pg_trgm's GIN operator class) lets a LIKE '%key%' find the articles that may hold a key without
-- reading the others. pg_trgm is a trusted extension (PostgreSQL 13 and later): the workspace's owner may create it.
-- pg_trgm makes trigrams of letters and digits only, as the database's locale classifies them: a database made with
-- the C locale has no Arabic letters, so no Arabic trigrams, and gets no index. Without the index (or without
-- pg_trgm, where contrib is not installed) the same query reads every normalised text on the server, and finds the
-- same articles.

DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'pg_trgm cannot be created here (%): corpus search reads every article', SQLERRM;
END;
$$;

CREATE TABLE article_search (
    article_id BIGINT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    normalized TEXT NOT NULL
);

DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_extension WHERE extname = 'pg_trgm')
            AND array_length(show_trgm('بيروت'), 1) > 0 THEN
        CREATE INDEX article_search_trigrams ON article_search USING gin (normalized gin_trgm_ops);
    END IF;
END;
$$;

-- Everyone searches; whoever may add articles (admins, decision 0024) indexes them.
GRANT SELECT ON article_search TO hamish_annotator, hamish_reviewer, hamish_admin;
GRANT INSERT ON article_search TO hamish_admin;

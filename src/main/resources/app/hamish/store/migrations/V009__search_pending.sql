-- Hamish workspace schema, version 9: articles waiting for the search index (decision 0038). An import or a merge
-- names its new articles here, in its own transaction, instead of normalising and indexing them there; the index is
-- filled afterwards in transactions of its own, each moving articles from this table into article_search. Find
-- reads every article named here as well as those the index names, so it misses nothing meanwhile, and a crash
-- between the two leaves them here to be indexed later.
CREATE TABLE search_pending (
    article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE CHECK (typeof(article_id) = 'integer')
);

-- What the store used to fill in on opening: articles of a workspace made before the index.
INSERT INTO search_pending (article_id) SELECT id FROM articles WHERE id NOT IN (SELECT rowid FROM article_search);

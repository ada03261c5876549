-- Find across the corpus (decision 0029): each article's text as ArabicNormalizer folds it, under the article's id,
-- in a trigram index, so that a query of three or more normalised characters finds the articles that may hold it
-- without reading the others. SQL cannot fold Arabic: the store writes the rows as it imports and merges articles,
-- and fills in those of a workspace made before this version when it next opens it for writing.
CREATE VIRTUAL TABLE article_search USING fts5(normalized, tokenize = 'trigram');

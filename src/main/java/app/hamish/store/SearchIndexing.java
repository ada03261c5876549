package app.hamish.store;

import app.hamish.model.ArticleText;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * How an engine adds a new article to its search index, or names it as waiting for the index (decision 0038), in the
 * transaction that adds the article.
 */
@FunctionalInterface
interface SearchIndexing {
    void index(Connection connection, long articleId, ArticleText text) throws SQLException;
}

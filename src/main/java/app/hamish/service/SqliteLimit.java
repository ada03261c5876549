package app.hamish.service;

import app.hamish.model.ArabicNormalizer;
import app.hamish.model.Article;
import app.hamish.model.NewAnnotation;
import app.hamish.model.NewArticle;
import app.hamish.store.SqliteBaseline;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The machine's own limit for the writes a workspace makes, measured beside it by the bench: the same rows written
 * through plain SQLite ({@link SqliteBaseline}), none of Hamish's rules, checks or audit log.
 */
public final class SqliteLimit implements AutoCloseable {
    private final SqliteBaseline baseline;

    private SqliteLimit(SqliteBaseline baseline) {
        this.baseline = baseline;
    }

    /** A new baseline file {@code file}; put it on the file system of the workspace it is compared with. */
    public static SqliteLimit create(Path file) {
        return new SqliteLimit(SqliteBaseline.create(file));
    }

    /** Nanoseconds to insert the articles' rows in one transaction, as an import does. */
    public long insertArticles(List<NewArticle> articles) {
        return baseline.insertArticles(articles, Instant.now());
    }

    /** Grows the annotation table to {@code rows}, so that single commits land on a table of the workspace's size. */
    public void fillAnnotations(long rows) {
        baseline.fillAnnotations(rows, Instant.now());
    }

    /** Commits one annotation's row in its own transaction, as the workbench commits one annotation. */
    public void commitAnnotation(NewAnnotation annotation) {
        baseline.commitAnnotation(annotation, Instant.now());
    }

    /**
     * Nanoseconds and bytes to read the rows an export of the workspace file {@code workspace} reads, by the
     * export's own queries through a plain connection, and write their column bytes to the new file {@code file},
     * forced once: the limit of an export that must read its rows through the same driver (decision 0037).
     */
    public static long[] readAndWriteExportRows(Path workspace, Path file) {
        return SqliteBaseline.readAndWriteExportRows(workspace, file);
    }

    /**
     * Nanoseconds to step through the rows an export of the workspace file {@code workspace} reads, by the export's own
     * queries, reading no column, and how many rows: what no export through this driver can go below (decision 0107).
     */
    public static long[] stepExportRows(Path workspace) {
        return SqliteBaseline.stepExportRows(workspace);
    }

    /** Builds a bare trigram index of the articles' normalised texts, as the workspace's search index holds them. */
    public void indexTexts(List<Article> articles) {
        baseline.indexTexts(articles.stream().map(article -> ArabicNormalizer.normalize(article.text()).value())
                .toList());
    }

    /** Nanoseconds to the first and to the last match of a query through that bare index. */
    public long[] search(String query) {
        return baseline.search(ArabicNormalizer.key(query));
    }

    @Override
    public void close() {
        baseline.close();
    }
}

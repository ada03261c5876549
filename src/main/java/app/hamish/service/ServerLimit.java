package app.hamish.service;

import app.hamish.model.NewAnnotation;
import app.hamish.model.NewArticle;
import app.hamish.model.ServerAddress;
import app.hamish.store.PostgresBaseline;
import java.time.Instant;
import java.util.List;

/**
 * The server's own limit for the work a server workspace does, measured beside it by the bench: the same rows
 * written and read through plain JDBC ({@link PostgresBaseline}), none of Hamish's rules, checks, audit log or
 * writer lock. Each instance is one client with its own connection.
 */
public final class ServerLimit implements AutoCloseable {
    private final PostgresBaseline baseline;

    private ServerLimit(PostgresBaseline baseline) {
        this.baseline = baseline;
    }

    /** Creates the limit's tables in the workspace's database, beside the workspace; closing removes them. */
    public static ServerLimit create(ServerAddress address) {
        return new ServerLimit(PostgresBaseline.create(address));
    }

    /** Another client of the same tables, for measuring concurrent commits. */
    public ServerLimit client() {
        return new ServerLimit(baseline.client());
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

    /** Nanoseconds to read the workspace's article and annotation rows, as an export must. */
    public long readWorkspaceRows() {
        return baseline.readWorkspaceRows();
    }

    /** Nanoseconds for a bare notice from this client to reach a connection listening for it. */
    public long noticeRoundTrip() {
        return baseline.noticeRoundTrip();
    }

    @Override
    public void close() {
        baseline.close();
    }
}

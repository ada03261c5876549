package app.hamish.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.ArticleText;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.NewArticle;
import app.hamish.model.Provenance;
import app.hamish.model.Span;
import app.hamish.model.WorkflowState;
import app.hamish.service.Workspace;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.sqlite.jdbc4.JDBC4Connection;

/**
 * Preparing a statement compiles it with its tables' checks, keys and triggers, which cost a commit more processor
 * time than running it: a new annotation, a layer's first included, runs statements prepared by the commits before
 * (decision 0046), and what it commits is the same.
 */
class KeptStatementsTest {
    private static final String TEXT = "قال المتحدث إن الوزير زار القاهرة أمس";

    @TempDir
    Path folder;

    @Test
    void anAnnotationsCommitPreparesNoStatementOnceTheWorkspaceHasCommittedOne() throws Exception {
        Path file = folder.resolve("w.db");
        try (SqliteWorkspaceStore store = SqliteWorkspaceStore.open(file)) {
            store.addArticles(List.of(article("a1"), article("a2")));
        }
        AtomicInteger prepared = new AtomicInteger();
        Connection counting = countingPrepares(file, prepared);
        Database database = new Database(counting, file.toString(), SqliteDialect.INSTANCE);
        LabelCatalog labels = database.read("read labels", LabelCatalog::load);
        try (Workspace workspace = new Workspace(new SqliteWorkspaceStore(file, database, null, labels,
                Clock.systemUTC(), false), Clock.systemUTC())) {
            Annotator mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
            List<Long> articles = workspace.corpus().articles().stream().map(summary -> summary.id()).toList();
            workspace.annotations().create(annotation(articles.get(0), mona, 0, 3));
            workspace.annotations().create(annotation(articles.get(0), mona, 4, 11));

            prepared.set(0);
            Annotation next = workspace.annotations().create(annotation(articles.get(0), mona, 12, 19));
            Annotation firstOfLayer = workspace.annotations().create(annotation(articles.get(1), mona, 4, 11));

            assertThat(prepared.get()).isZero();
            assertThat(workspace.annotations().ofArticle(articles.get(0))).contains(next).hasSize(3);
            assertThat(workspace.annotations().ofArticle(articles.get(1))).containsExactly(firstOfLayer);
            assertThat(workspace.review().state(articles.get(1), mona.id())).isEqualTo(WorkflowState.IN_PROGRESS);
        }
    }

    /** The workspace's connection, configured as the opener configures it, counting the statements prepared on it. */
    private static Connection countingPrepares(Path file, AtomicInteger prepared) throws SQLException {
        Connection connection = new CountingPrepares(WorkspacePath.jdbcUrl(file), prepared);
        WorkspaceOpener.makeDurable(connection);
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA foreign_keys = ON");
        }
        return connection;
    }

    /**
     * sqlite-jdbc's own connection, as {@link SQLiteConfig#createConnection} makes it, counting the statements
     * prepared on it: every form of {@code prepareStatement} comes down to this one.
     */
    private static final class CountingPrepares extends JDBC4Connection {
        private static final String PREFIX = "jdbc:sqlite:";
        private final AtomicInteger prepared;

        CountingPrepares(String url, AtomicInteger prepared) throws SQLException {
            super(url, url.substring(PREFIX.length()), new SQLiteConfig().toProperties());
            this.prepared = prepared;
        }

        @Override
        public PreparedStatement prepareStatement(String sql, int type, int concurrency, int holdability)
                throws SQLException {
            prepared.incrementAndGet();
            return super.prepareStatement(sql, type, concurrency, holdability);
        }
    }

    private static NewArticle article(String id) {
        return new NewArticle(id, "t", id + ".txt", ArticleText.of(TEXT + " " + id), "{}");
    }

    private static NewAnnotation annotation(long articleId, Annotator annotator, int start, int end) {
        return new NewAnnotation(articleId, annotator.id(), new Span(start, end), Label.CLAIM, null, "",
                Provenance.MANUAL);
    }
}

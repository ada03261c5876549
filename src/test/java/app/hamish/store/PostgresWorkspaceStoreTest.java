package app.hamish.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.hamish.PgServer;
import app.hamish.StoreBackend;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.ImportReport;
import app.hamish.model.ArticleText;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.NewArticle;
import app.hamish.model.PreparedArticle;
import app.hamish.model.SavedModel;
import app.hamish.model.Provenance;
import app.hamish.model.ServerAddress;
import app.hamish.model.Span;
import app.hamish.model.WorkflowState;
import app.hamish.model.WorkflowTransition;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is particular to a workspace on a PostgreSQL server: refusals at open, the schema's guards, sharing. */
class PostgresWorkspaceStoreTest {
    @TempDir
    Path folder;
    private StoreBackend.Place place;

    @BeforeEach
    void newDatabase() {
        place = StoreBackend.POSTGRESQL.newPlace(folder);
    }

    private static NewArticle article(String id, String text) {
        return new NewArticle(id, "title " + id, id + ".txt", ArticleText.of(text), "{}");
    }

    private Connection raw() throws SQLException {
        return PgServer.shared().connect(place.server().database());
    }

    @Test
    void aModelIsNotKeptWhileAnotherClientHoldsTheWholeWorkspaceAndTheSaveDoesNotWaitForIt() throws Exception {
        try (WorkspaceStore store = place.open(); Connection other = raw();
             Statement statement = other.createStatement()) {
            // Another client's import or merge, still under way.
            statement.execute("SELECT pg_advisory_lock(" + PostgresDialect.WRITER_LOCK + ")");
            // Waiting for that write would hang here; the get's limit only ends a failing run.
            assertThat(CompletableFuture.supplyAsync(() -> store.saveModel(new SavedModel("mona", "held",
                    new byte[] {1}))).get(60, TimeUnit.SECONDS)).isFalse();
            assertThat(store.savedModel("mona")).isEmpty();

            statement.execute("SELECT pg_advisory_unlock(" + PostgresDialect.WRITER_LOCK + ")");
            assertThat(store.saveModel(new SavedModel("mona", "free", new byte[] {2}))).isTrue();
            assertThat(store.savedModel("mona").orElseThrow().fingerprint()).isEqualTo("free");
        }
    }

    @Test
    void aWorkspaceFromANewerHamishIsRefusedAndUnchanged() throws Exception {
        try (WorkspaceStore store = place.open()) {
            store.addArticles(List.of(article("a1", "نص")));
        }
        try (Connection raw = raw(); Statement statement = raw.createStatement()) {
            statement.execute("UPDATE hamish_schema SET version = 99");
        }
        assertThatThrownBy(place::open).isInstanceOfSatisfying(WorkspaceOpenException.class,
                        e -> assertThat(e.reason()).isEqualTo(WorkspaceOpenException.Reason.NEWER_VERSION))
                .hasMessageContaining("newer Hamish").hasMessageContaining(place.server().database());
        try (Connection raw = raw(); Statement statement = raw.createStatement()) {
            assertThat(single(statement, "SELECT version FROM hamish_schema")).isEqualTo(99);
            assertThat(single(statement, "SELECT count(*) FROM articles")).isEqualTo(1);
        }
    }

    @Test
    void aDatabaseHoldingOtherTablesIsRefusedAndUnchanged() throws Exception {
        try (Connection raw = raw(); Statement statement = raw.createStatement()) {
            statement.execute("CREATE TABLE notes (body TEXT)");
            statement.execute("INSERT INTO notes VALUES ('keep me')");
        }
        assertThatThrownBy(place::open).isInstanceOfSatisfying(WorkspaceOpenException.class,
                        e -> assertThat(e.reason()).isEqualTo(WorkspaceOpenException.Reason.NOT_A_WORKSPACE))
                .hasMessageContaining("not a Hamish workspace");
        try (Connection raw = raw(); Statement statement = raw.createStatement()) {
            assertThat(single(statement, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).isEqualTo(1);
            assertThat(single(statement, "SELECT count(*) FROM notes")).isEqualTo(1);
        }
    }

    @Test
    void aServerThatCannotBeReachedIsNamedWithItsUser() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ServerAddress nowhere = new ServerAddress("127.0.0.1", closedPort, "team", "mona", Map.of());
        assertThatThrownBy(() -> PostgresWorkspaceStore.open(nowhere, Clock.systemUTC()))
                .isInstanceOfSatisfying(WorkspaceOpenException.class,
                        e -> assertThat(e.reason()).isEqualTo(WorkspaceOpenException.Reason.UNREACHABLE))
                .hasMessageContaining("127.0.0.1:" + closedPort).hasMessageContaining("as mona");
    }

    @Test
    void whatOnlyAFileCanDoIsRefusedClearly() {
        try (WorkspaceStore store = place.open()) {
            assertThat(store.backUpIfDue()).isEmpty();
            store.requireNotWorkspaceFile(folder.resolve("export.jsonl"));
            assertThat(store.created()).isFalse();
        }
    }

    @Test
    void aBackupIntoAMissingFolderOrOntoAFolderIsRefusedAndLeavesNothingBehind() throws Exception {
        Path aFolder = Files.createDirectory(folder.resolve("copy.db"));
        try (WorkspaceStore store = place.open()) {
            assertThatThrownBy(() -> store.backupTo(folder.resolve("no/such/b.db"), false))
                    .isInstanceOf(StoreException.class).hasMessageContaining("no/such/b.db: cannot create a file in");
            assertThatThrownBy(() -> store.backupTo(aFolder, true))
                    .isInstanceOf(StoreException.class).hasMessageContaining("copy.db: it is a folder");
        }
        try (var left = Files.walk(folder)) {
            assertThat(left).containsExactlyInAnyOrder(folder, aFolder);
        }
    }

    @Test
    void theServerRefusesToChangeTheAuditLogOrStoreImpossibleOffsets() throws Exception {
        try (WorkspaceStore store = place.open()) {
            Article article = store.addArticles(List.of(article("a1", "نص المقالة"))).imported().getFirst();
            store.transition(article.id(), store.annotator("mona", Annotator.Role.ANNOTATOR).id(),
                    WorkflowTransition.START, 1, null);
        }
        try (Connection raw = raw(); Statement statement = raw.createStatement()) {
            for (String change : List.of("UPDATE audit_log SET details = 'forged'", "DELETE FROM audit_log",
                    "TRUNCATE audit_log")) {
                assertThatThrownBy(() -> statement.execute(change)).hasMessageContaining("append-only");
            }
            String insert = "INSERT INTO annotations (article_id, annotator_id, start_cp, end_cp, label_id, provenance,"
                    + " created_at, updated_at, uuid) VALUES (1, 1, %s, %s, 1, 'manual', 0, 0, '%s')";
            assertThatThrownBy(() -> statement.execute(insert.formatted(5, 5, "empty")))
                    .hasMessageContaining("annotations_check");
            assertThatThrownBy(() -> statement.execute(insert.formatted(-1, 3, "negative")))
                    .hasMessageContaining("annotations_start_cp_check");
            assertThatThrownBy(() -> statement.execute(insert.formatted("'abc'", 3, "text")))
                    .hasMessageContaining("invalid input syntax for type integer");
            assertThat(single(statement, "SELECT count(*) FROM audit_log")).isEqualTo(1);
        }
    }

    @Test
    void aWriterWaitsForAnotherClientsWriteAndThenSeesIt() throws Exception {
        try (WorkspaceStore first = place.open(); WorkspaceStore second = place.open()) {
            Article article = first.addArticles(List.of(article("a1", "نص المقالة"))).imported().getFirst();
            Annotator mona = first.annotator("mona", Annotator.Role.ANNOTATOR);
            assertThat(second.article(article.id())).contains(article);

            CompletableFuture<RuntimeException> other = first.atomically(() -> {
                first.transition(article.id(), mona.id(), WorkflowTransition.START, mona.id(), null);
                CompletableFuture<RuntimeException> started = CompletableFuture.supplyAsync(() -> {
                    try {
                        second.transition(article.id(), mona.id(), WorkflowTransition.START, mona.id(), null);
                        return null;
                    } catch (RuntimeException refused) {
                        return refused;
                    }
                });
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                assertThat(started).as("the second writer waits for the first to commit").isNotDone();
                return started;
            });
            assertThat(other.get(30, TimeUnit.SECONDS)).isInstanceOf(ConflictException.class)
                    .hasMessageContaining("in progress");
            assertThat(second.state(article.id(), mona.id())).isEqualTo(WorkflowState.IN_PROGRESS);
        }
    }

    /**
     * An import's write holds the whole workspace, so it takes it only once the files are read: while the feed is
     * still reading, another client's write goes through (on a stalled network mount it would otherwise wait for as
     * long as the mount does). The wait for the other write is bounded only so that a regression fails, not hangs.
     */
    @Test
    void anotherClientWritesWhileAnImportIsStillReading() throws Exception {
        ExecutorService otherClient = Executors.newSingleThreadExecutor();
        try (WorkspaceStore importing = place.open(); WorkspaceStore other = place.open()) {
            List<PreparedArticle> files = List.of(PreparedArticle.of(article("a1", "نص أول")),
                    PreparedArticle.of(article("a2", "نص ثان")));
            AtomicInteger given = new AtomicInteger();
            ImportReport report = importing.addArticles(() -> {
                int next = given.getAndIncrement();
                if (next == 1) {
                    Future<ImportReport> write = otherClient.submit(
                            () -> other.addArticles(List.of(article("b1", "نص العميل الآخر"))));
                    try {
                        assertThat(write.get(30, TimeUnit.SECONDS).imported()).hasSize(1);
                    } catch (TimeoutException e) {
                        throw new AssertionError("another client's write waited for the import's files", e);
                    } catch (InterruptedException | ExecutionException e) {
                        throw new AssertionError(e);
                    }
                }
                return next < files.size() ? files.get(next) : null;
            });

            assertThat(report.imported()).extracting(Article::externalId).containsExactly("a1", "a2");
            assertThat(other.articleCount()).isEqualTo(3);
        } finally {
            otherClient.shutdownNow();
        }
    }

    /**
     * Two writes, each naming one article up front and then touching the other's, hold their first article each
     * before either reaches for the second: the one reaching in ascending order waits and commits, the other is
     * refused at once, nothing of it written, instead of both waiting until the server calls it a deadlock.
     */
    @Test
    void twoWritesReachingForEachOthersArticleNeverDeadlock() throws Exception {
        try (WorkspaceStore first = place.open(); WorkspaceStore second = place.open()) {
            List<Article> articles = first.addArticles(List.of(article("a1", "نص المقالة"),
                    article("a2", "نص آخر"))).imported();
            long low = Math.min(articles.get(0).id(), articles.get(1).id());
            long high = Math.max(articles.get(0).id(), articles.get(1).id());
            long mona = first.annotator("mona", Annotator.Role.ANNOTATOR).id();
            CyclicBarrier bothHoldTheirFirst = new CyclicBarrier(2);
            // A thread each: the common pool may have one.
            ExecutorService clients = Executors.newFixedThreadPool(2);
            try {
                Future<RuntimeException> upward = clients.submit(
                        () -> writeOneThenTheOther(first, low, high, mona, bothHoldTheirFirst));
                Future<RuntimeException> downward = clients.submit(
                        () -> writeOneThenTheOther(second, high, low, mona, bothHoldTheirFirst));

                assertThat(upward.get(60, TimeUnit.SECONDS)).as("in ascending order: waits, then commits").isNull();
                assertThat(downward.get(60, TimeUnit.SECONDS)).as("against the order: refused, not deadlocked")
                        .isInstanceOf(ConflictException.class).hasMessageContaining("article " + low)
                        .hasMessageContaining("at the same moment").hasMessageContaining("Nothing was changed");
            } finally {
                clients.shutdown();
            }
            assertThat(first.annotations(low)).hasSize(1);
            assertThat(first.annotations(high)).hasSize(1);
        }
    }

    /** One annotation on {@code named}, the article the write names up front, then one on {@code touched}. */
    private static RuntimeException writeOneThenTheOther(WorkspaceStore store, long named, long touched, long by,
                                                         CyclicBarrier bothHoldTheirFirst) {
        try {
            store.atomicallyIn(Set.of(named), () -> {
                store.addAnnotation(new NewAnnotation(named, by, new Span(0, 2), Label.ENTITY, null, "",
                        Provenance.MANUAL));
                try {
                    bothHoldTheirFirst.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                    throw new IllegalStateException(e);
                }
                return store.addAnnotation(new NewAnnotation(touched, by, new Span(0, 2), Label.ENTITY, null, "",
                        Provenance.MANUAL));
            });
            return null;
        } catch (RuntimeException refused) {
            return refused;
        }
    }

    private static long single(Statement statement, String query) throws SQLException {
        try (ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}

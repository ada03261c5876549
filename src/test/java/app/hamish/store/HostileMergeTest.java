package app.hamish.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.hamish.TestFiles;
import app.hamish.WorkspaceTables;
import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.ArticleText;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.NewArticle;
import app.hamish.model.Provenance;
import app.hamish.model.ReviewDecision;
import app.hamish.model.ReviewStatus;
import app.hamish.model.Span;
import app.hamish.model.WorkflowTransition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Another workspace crafted to break this one: each is refused before anything is written, naming the table, row
 * and reason, and leaves the local workspace byte-for-byte as it was (no annotator row for the merger either) and
 * nothing beside the other file.
 */
class HostileMergeTest {
    private static final String TEXT = "قال المتحدث إن الوزير زار القاهرة أمس";

    @TempDir
    Path folder;
    private Path local;
    private Path other;

    @BeforeEach
    void twoWorkspaces() {
        local = folder.resolve("local.db");
        try (SqliteWorkspaceStore store = SqliteWorkspaceStore.open(local)) {
            store.addArticles(List.of(new NewArticle("a1", "local", "a1.txt", ArticleText.of("نص محلي"), "{}")));
        }
        other = folder.resolve("laptop-b.db");
        try (SqliteWorkspaceStore store = SqliteWorkspaceStore.open(other)) {
            Article article = store.addArticles(List.of(new NewArticle("b1", "other", "b1.txt",
                    ArticleText.of(TEXT), "{\"source\": \"wire\"}"))).imported().getFirst();
            Annotator samir = store.annotator("samir", Annotator.Role.ANNOTATOR);
            Annotator lead = store.annotator("rana", Annotator.Role.REVIEWER);
            Annotation claim = store.addAnnotation(new NewAnnotation(article.id(), samir.id(), new Span(15, 34),
                    Label.CLAIM, null, "", Provenance.MANUAL));
            store.addAnnotation(new NewAnnotation(article.id(), samir.id(), new Span(26, 33), Label.ENTITY,
                    "location", "", Provenance.MANUAL));
            store.transition(article.id(), samir.id(), WorkflowTransition.START, samir.id(), "");
            store.recordDecision(new ReviewDecision(claim.id(), lead.id(), ReviewStatus.ACCEPTED,
                    java.time.Instant.now(), ""), 0);
        }
    }

    @Test
    void aValidWorkspaceIsMergedAndNothingIsLeftBesideIt() {
        String before = TestFiles.digest(other);
        try (SqliteWorkspaceStore store = SqliteWorkspaceStore.open(local)) {
            var report = store.mergeFrom(other, () -> store.annotator("lead", Annotator.Role.ANNOTATOR).id());
            assertThat(report.annotations()).isEqualTo(2);
            assertThat(report.articles()).isEqualTo(1);
        }
        assertThat(TestFiles.digest(other)).isEqualTo(before);
        assertNothingBeside(other);
    }

    @Test
    void anAnnotationPastTheEndOfItsTextIsRefused() throws Exception {
        tamper("UPDATE annotations SET start_cp = 999990, end_cp = 1000000 WHERE id = 2");
        assertRefused("table annotations, row 2", "runs past the end", "(37 characters)");
    }

    /** An import refuses them: merged in, a line break in a name forged lines wherever Hamish printed it. */
    @ParameterizedTest
    @ValueSource(strings = {
            "UPDATE annotators SET name = 'samir' || char(10) || 'annotator  fake' WHERE name = 'samir'",
            "UPDATE articles SET external_id = 'b1' || char(9) || 'x'",
            "UPDATE annotators SET name = char(8238) || 'rana' WHERE name = 'rana'"})
    void aNameOrIdHoldingAControlCharacterIsRefused(String statement) throws Exception {
        tamper(statement);
        assertRefused("holds a control character (U+", "a name or id is shown on one line");
    }

    @ParameterizedTest
    @ValueSource(strings = {"'15'||'x'", "x'0F'", "15.5"})
    void offsetsStoredAsAnythingButIntegersAreRefused(String offset) throws Exception {
        tamper("UPDATE annotations SET start_cp = " + offset + " WHERE id = 1");
        assertRefused("table annotations, row 1", "start_cp is", "not an integer");
    }

    @Test
    void aTableReplacedByAnEndlessViewIsRefusedWithoutReadingIt() throws Exception {
        tamper("DROP TABLE annotations", """
                CREATE VIEW annotations AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n)
                SELECT i AS id, 1 AS article_id, 1 AS annotator_id, 0 AS start_cp, 1 AS end_cp, 1 AS label_id,
                       NULL AS subtype, '' AS note, 'manual' AS provenance, 0 AS created_at, 0 AS updated_at,
                       hex(i) AS uuid FROM n""");
        assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertRefused("table definitions differ", "view annotations"));
    }

    @Test
    void aLastChangeByNoKnownAnnotatorIsRefusedNamingTheRow() throws Exception {
        tamper("PRAGMA foreign_keys = OFF", "UPDATE annotations SET changed_by = 99 WHERE id = 2");
        assertRefused("table annotations, row 2", "changed_by 99 names no row of annotators");
    }

    @Test
    void aTriggerInTheOtherFileIsRefused() throws Exception {
        tamper("CREATE TRIGGER spread AFTER INSERT ON articles BEGIN DELETE FROM annotations; END");
        assertRefused("table definitions differ", "trigger spread");
    }

    @Test
    void missingUuidsAreRefusedInsteadOfDuplicatedOnEveryMerge() throws Exception {
        // Version 4 makes an annotation's uuid NOT NULL; an empty one is as good as none.
        tamper("UPDATE annotations SET uuid = '' WHERE id = 2");
        assertRefused("table annotations, row 2", "uuid is missing");
        tamper("UPDATE annotations SET uuid = lower(hex(randomblob(16))) WHERE id = 2",
                "UPDATE annotators SET uuid = NULL WHERE name = 'rana'");
        assertRefused("table annotators, row 2", "uuid is missing");
    }

    @Test
    void aTitleOverTheImportLimitIsRefused() throws Exception {
        tamper("UPDATE articles SET title = printf('%.*c', 201, 'x')");
        assertRefused("table articles, row 1", "title is 201 characters long; at most 200 are taken");
    }

    @Test
    void aTextOverTheImportLimitIsRefused() throws Exception {
        tamper("UPDATE articles SET text = printf('%.*c', 64 * 1024 * 1024 + 1, 'x')");
        assertRefused("table articles, row 1", "text is text of 67108865 bytes");
    }

    @Test
    void aBlankTextIsRefusedAsAnImportRefusesIt() throws Exception {
        tamper("UPDATE articles SET text = ' ' || char(10) || ' '");
        assertRefused("table articles, row 1", "text is blank");
    }

    @Test
    void metaOverTheLimitOrNotAnObjectIsRefused() throws Exception {
        tamper("UPDATE articles SET meta = '[' || printf('%.*c', 1100000, '1') || ']'");
        assertRefused("table articles, row 1", "meta is not text of at most 1048576 bytes");
        tamper("UPDATE articles SET meta = '[1, 2]'");
        assertRefused("table articles, row 1", "meta is not a JSON object");
    }

    @Test
    void orphanRowsAreRefusedNamingTheMissingReference() throws Exception {
        tamper("UPDATE annotations SET article_id = 99 WHERE id = 1");
        assertRefused("table annotations, row 1", "article_id 99 names no row of articles");
        tamper("UPDATE annotations SET article_id = 1", "UPDATE review_decisions SET reviewer_id = 42");
        assertRefused("table review_decisions, row 1", "reviewer_id 42 names no row of annotators");
    }

    @Test
    void rolesStatesDecisionsAndLabelsOutsideTheirValuesAreRefused() throws Exception {
        tamper("UPDATE annotators SET role = 'admin' WHERE name = 'samir'");
        assertRefused("table annotators, row 1", "role 'admin' is not one of annotator, reviewer");
        tamper("UPDATE annotators SET role = 'annotator'", "UPDATE article_states SET state = 'done'");
        assertRefused("table article_states, article 1, annotator 1", "state 'done' is not one of");
        tamper("UPDATE article_states SET state = 'in_progress'", "UPDATE review_decisions SET decision = 'maybe'");
        assertRefused("table review_decisions, row 1", "decision 'maybe' is not one of accepted, rejected");
        tamper("UPDATE review_decisions SET decision = 'accepted'", "UPDATE annotations SET subtype = 'planet'");
        assertRefused("table annotations, row 1", "subtype 'planet' is not one of its label's");
        tamper("UPDATE annotations SET subtype = NULL", "UPDATE labels SET colour = 'red' WHERE name = 'CLAIM'");
        assertRefused("table labels", "colour 'red'");
    }

    @Test
    void textThatIsNotUtf8HoldsNulOrDoesNotMatchItsHashIsRefused() throws Exception {
        // U+D800 encoded as if it were a character: no offset unit addresses a lone surrogate consistently.
        tamper("UPDATE articles SET text = CAST(x'EDA080' AS TEXT) || text");
        assertRefused("table articles, row 1", "text is not valid UTF-8");
        tamper("UPDATE articles SET text = substr(text, 3)");
        assertRefused("table articles, row 1", "sha256 is not the SHA-256 of its text");
        tamper("UPDATE articles SET text = CAST(CAST(text AS BLOB) || x'00' || CAST('x' AS BLOB) AS TEXT)");
        assertRefused("table articles, row 1", "text holds a NUL character");
    }

    @Test
    void aChangeDatedFurtherAheadThanClocksDriftIsRefusedAndAFewMinutesAheadIsTaken() throws Exception {
        long tomorrow = Instant.now().plus(Duration.ofDays(1)).toEpochMilli();
        tamper("UPDATE annotations SET changed_at = " + tomorrow + " WHERE id = 2");
        assertRefused("table annotations, row 2: changed_at", "more than 10 minutes after this machine's clock");

        tamper("UPDATE annotations SET changed_at = " + Instant.now().plus(Duration.ofMinutes(5)).toEpochMilli()
                + " WHERE id = 2", "UPDATE article_states SET changed_at = " + tomorrow);
        assertRefused("table article_states, article 1, annotator 1: changed_at", "more than 10 minutes after");
        tamper("UPDATE article_states SET changed_at = 0");
        try (SqliteWorkspaceStore store = SqliteWorkspaceStore.open(local)) {
            assertThat(store.mergeFrom(other, () -> store.annotator("lead", Annotator.Role.ANNOTATOR).id())
                    .annotations()).as("a clock five minutes ahead").isEqualTo(2);
        }
    }

    @Test
    void aDeletionDatedInTheFutureIsRefusedNamingItsAuditEntry() throws Exception {
        tamper("INSERT INTO audit_log (id, uuid, at, actor_id, action, article_id, annotation_uuid, details)"
                + " SELECT 900, 'future', " + Instant.now().plus(Duration.ofDays(365)).toEpochMilli()
                + ", annotator_id, 'deleted', article_id, uuid, '' FROM annotations WHERE id = 1");
        assertRefused("table audit_log, row 900: at", "a change dated in the future would win every conflict");
    }

    @Test
    void aCheckThatRunsPastItsDeadlineIsRefused() {
        assertThatThrownBy(() -> MergeSource.check(other, Duration.ZERO, Instant.now())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("checking it took longer than");
    }

    /** Changes the other file as a program ignoring Hamish's constraints could. */
    private void tamper(String... statements) throws Exception {
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + other);
             Statement statement = raw.createStatement()) {
            statement.execute("PRAGMA ignore_check_constraints = ON");
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private void assertRefused(String... expected) throws Exception {
        String localBefore = TestFiles.digest(local);
        List<String> rowsBefore = WorkspaceTables.rows(local);
        String otherBefore = TestFiles.digest(other);
        try (SqliteWorkspaceStore store = SqliteWorkspaceStore.open(local)) {
            var refusal = assertThatThrownBy(() -> store.mergeFrom(other,
                    () -> store.annotator("lead", Annotator.Role.ANNOTATOR).id()))
                    .isInstanceOf(ConflictException.class).hasMessageContaining(other.toString())
                    .hasMessageContaining("nothing was merged");
            for (String part : expected) {
                refusal.hasMessageContaining(part);
            }
        }
        assertThat(WorkspaceTables.rows(local)).isEqualTo(rowsBefore);
        assertThat(TestFiles.digest(local)).isEqualTo(localBefore);
        assertThat(TestFiles.digest(other)).isEqualTo(otherBefore);
        assertNothingBeside(other);
    }

    private static void assertNothingBeside(Path file) {
        for (String suffix : new String[] {"-wal", "-shm", "-journal"}) {
            assertThat(Files.exists(file.resolveSibling(file.getFileName() + suffix))).as(suffix).isFalse();
        }
    }
}

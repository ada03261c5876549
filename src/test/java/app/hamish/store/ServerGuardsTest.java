package app.hamish.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.hamish.TeamServerFixture;
import app.hamish.model.TeamRole;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server is the guard (decision 0024): on a workspace made by {@code server init} and {@code add-user}, plain
 * JDBC as each person, with nothing of Hamish in between, can do what their role does in Hamish and nothing more.
 * Every forbidden statement fails at the server with SQLSTATE 42501 and changes nothing.
 */
class ServerGuardsTest {
    /** Every table of the workspace's schema, from the catalog. */
    private static final String TABLES = """
            SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p') AND n.nspname = current_schema()""";
    /**
     * Each table and write that a team group may make (by its grants) with no row trigger of {@code hamish_guard}
     * before it: admins may write every table, and a table no group may write is guarded by its grants.
     */
    private static final String WRITES_WITHOUT_GUARD = """
            SELECT c.relname || ': ' || w.privilege
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace,
                 (VALUES ('INSERT', 4), ('DELETE', 8), ('UPDATE', 16)) AS w (privilege, event),
                 unnest(ARRAY['hamish_annotator', 'hamish_reviewer']) AS g (team_group)
            WHERE c.relkind IN ('r', 'p') AND n.nspname = current_schema()
              AND has_table_privilege(g.team_group, c.oid, w.privilege)
              AND NOT EXISTS (SELECT FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
                              WHERE t.tgrelid = c.oid AND p.proname = 'hamish_guard'
                                AND t.tgtype & 3 = 3 AND t.tgtype & w.event <> 0)""";
    private static final String TABLES_WITHOUT_NOTICE = """
            SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p') AND n.nspname = current_schema()
              AND NOT EXISTS (SELECT FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
                              WHERE t.tgrelid = c.oid AND p.proname = 'hamish_notify_change'
                                AND t.tgtype & 2 = 0 AND t.tgtype & 28 = 28)""";
    /**
     * The tables whose changes no other workbench shows: the schema's version and the workspace's identity change
     * only as the owner migrates; every audit entry goes with a change to a table that notifies; an analyst's
     * recommender model is theirs alone, and a notice would make every other workbench read everything again; the
     * search index is written with its article, whose own notice already travels.
     */
    private static final List<String> UNNOTIFIED =
            List.of("hamish_schema", "workspace_info", "audit_log", "recommender_models", "article_search");

    @TempDir
    static Path folder;
    private static TeamServerFixture team;
    private static String mona;
    private static String omar;
    private static String sara;
    private static String adam;
    private static int articles;

    @BeforeAll
    static void team() {
        team = TeamServerFixture.initialised(folder);
        mona = team.add("mona", TeamRole.ANNOTATOR);
        omar = team.add("omar", TeamRole.ANNOTATOR);
        sara = team.add("sara", TeamRole.REVIEWER);
        adam = team.add("adam", TeamRole.ADMIN);
    }

    @AfterAll
    static void passfile() {
        team.close();
    }

    @Test
    void anAnnotatorWritesTheirOwnLayerAndNoOneElses() throws Exception {
        long article = article();
        try (Connection asMona = team.connect(mona); Connection asOmar = team.connect(omar)) {
            long own = annotate(asMona, article, mona);
            long others = annotate(asOmar, article, omar);
            allowed(asMona, "UPDATE annotations SET note = 'mine' WHERE id = ?", own);
            allowed(asMona, "INSERT INTO relations (from_annotation_id, to_annotation_id, type) VALUES (?, ?, 'x')",
                    own, others);
            allowed(asMona, "INSERT INTO suggestion_rejections VALUES (?, 0, 1, 'ENTITY', 'corpus', ?, 0)", article,
                    id(mona));

            refused(asMona, "UPDATE annotations SET note = 'forged' WHERE id = ?", others);
            refused(asMona, "DELETE FROM annotations WHERE id = ?", others);
            refused(asMona, "UPDATE annotations SET annotator_id = ? WHERE id = ?", id(omar), own);
            refused(asMona, insertAnnotation(), article, id(omar), UUID.randomUUID().toString());
            refused(asMona, "INSERT INTO relations (from_annotation_id, to_annotation_id, type) VALUES (?, ?, 'y')",
                    others, own);
            refused(asOmar, "DELETE FROM relations WHERE from_annotation_id = ?", own);
            refused(asMona, "UPDATE article_states SET comment = 'forged' WHERE annotator_id = ?", id(omar));
            refused(asMona, "INSERT INTO article_states VALUES (?, ?, 'in_progress', '', 0)", article(), id(omar));
            refused(asMona, "INSERT INTO suggestion_rejections VALUES (?, 1, 2, 'ENTITY', 'corpus', ?, 0)", article,
                    id(omar));

            assertThat(text(asOmar, "SELECT note FROM annotations WHERE id = " + others)).isEmpty();
            assertThat(text(asOmar, "SELECT count(*) FROM relations WHERE from_annotation_id = " + own))
                    .isEqualTo("1");
            allowed(asMona, "DELETE FROM annotations WHERE id = ?", own);
        }
    }

    @Test
    void anAnnotatorMakesNoStepOfAReviewerAndNoDecision() throws Exception {
        long article = article();
        try (Connection asMona = team.connect(mona); Connection asOmar = team.connect(omar)) {
            long annotation = annotate(asMona, article, mona);
            allowed(asMona, "UPDATE article_states SET state = 'submitted' WHERE article_id = ? AND annotator_id = ?",
                    article, id(mona));
            for (String reviewersState : List.of("in_review", "returned", "signed_off")) {
                refused(asMona, "UPDATE article_states SET state = ? WHERE article_id = ? AND annotator_id = ?",
                        reviewersState, article, id(mona));
                refused(asOmar, "UPDATE article_states SET state = ? WHERE article_id = ? AND annotator_id = ?",
                        reviewersState, article, id(mona));
                refused(asMona, "INSERT INTO article_states VALUES (?, ?, ?, '', 0)", article(), id(mona),
                        reviewersState);
                refused(asMona, "INSERT INTO article_states VALUES (?, ?, ?, '', 0) ON CONFLICT (article_id,"
                        + " annotator_id) DO UPDATE SET state = excluded.state", article, id(mona), reviewersState);
            }
            refused(asMona, "INSERT INTO review_decisions VALUES (?, ?, 'accepted', 0, '')", annotation, id(mona));
            refused(asMona, "INSERT INTO review_decisions VALUES (?, ?, 'accepted', 0, '')", annotation, id(sara));
            assertThat(text(asMona, "SELECT state FROM article_states WHERE article_id = " + article))
                    .isEqualTo("submitted");
        }
    }

    @Test
    void aReviewerReviewsOthersLayersButNeverTheirOwn() throws Exception {
        long article = article();
        try (Connection asMona = team.connect(mona); Connection asSara = team.connect(sara);
             Connection asAdam = team.connect(adam); Connection asOmar = team.connect(omar)) {
            long monas = annotate(asMona, article, mona);
            long omars = annotate(asOmar, article, omar);
            long saras = annotate(asSara, article, sara);
            allowed(asMona, "UPDATE article_states SET state = 'submitted' WHERE article_id = ? AND annotator_id = ?",
                    article, id(mona));
            allowed(asSara, "UPDATE article_states SET state = 'submitted' WHERE article_id = ? AND annotator_id = ?",
                    article, id(sara));

            refused(asSara, "UPDATE annotations SET note = 'before review' WHERE id = ?", omars);
            allowed(asSara, "UPDATE article_states SET state = 'in_review' WHERE article_id = ? AND annotator_id = ?",
                    article, id(mona));
            allowed(asSara, "UPDATE annotations SET note = 'in review' WHERE id = ?", monas);
            allowed(asSara, "INSERT INTO review_decisions VALUES (?, ?, 'accepted', 0, '')", monas, id(sara));
            refused(asSara, "UPDATE review_decisions SET reviewer_id = ? WHERE annotation_id = ?", id(adam), monas);
            allowed(asSara, "UPDATE article_states SET state = 'signed_off' WHERE article_id = ? AND annotator_id = ?",
                    article, id(mona));

            refused(asSara, "UPDATE article_states SET state = 'in_review' WHERE article_id = ? AND annotator_id = ?",
                    article, id(sara));
            refused(asSara, "INSERT INTO review_decisions VALUES (?, ?, 'accepted', 0, '')", saras, id(sara));
            allowed(asAdam, "UPDATE article_states SET state = 'in_review' WHERE article_id = ? AND annotator_id = ?",
                    article, id(sara));
            refused(asSara, "INSERT INTO review_decisions VALUES (?, ?, 'accepted', 0, '')", saras, id(sara));
            refused(asSara, "UPDATE article_states SET state = 'signed_off' WHERE article_id = ? AND annotator_id = ?",
                    article, id(sara));
            assertThat(text(asSara, "SELECT state FROM article_states WHERE annotator_id = " + id(sara)
                    + " AND article_id = " + article)).isEqualTo("in_review");
            assertThat(text(asSara, "SELECT count(*) FROM review_decisions WHERE annotation_id = " + saras))
                    .isEqualTo("0");
        }
    }

    @Test
    void aReturnedLayerGoesBackToItsAnnotatorWhoMayDeleteARejectedAnnotation() throws Exception {
        long article = article();
        String move = "UPDATE article_states SET state = ? WHERE article_id = ? AND annotator_id = ?";
        try (Connection asMona = team.connect(mona); Connection asSara = team.connect(sara)) {
            long annotation = annotate(asMona, article, mona);
            allowed(asMona, move, "submitted", article, id(mona));
            allowed(asSara, move, "in_review", article, id(mona));
            allowed(asSara, "INSERT INTO review_decisions VALUES (?, ?, 'accepted', 0, '')", annotation, id(sara));
            allowed(asSara, "DELETE FROM review_decisions WHERE annotation_id = ?", annotation);
            allowed(asSara, "INSERT INTO review_decisions VALUES (?, ?, 'rejected', 0, 'not an entity')", annotation,
                    id(sara));
            allowed(asSara, move, "returned", article, id(mona));
            refused(asSara, "UPDATE annotations SET note = 'after review' WHERE id = ?", annotation);
            refused(asMona, "DELETE FROM review_decisions WHERE annotation_id = ?", annotation);
            allowed(asMona, move, "in_progress", article, id(mona));
            allowed(asMona, "DELETE FROM annotations WHERE id = ?", annotation);
            assertThat(text(asMona, "SELECT count(*) FROM review_decisions WHERE annotation_id = " + annotation))
                    .isEqualTo("0");
        }
    }

    @Test
    void noOneChangesTheAuditLogOrWritesInAnotherPersonsName() throws Exception {
        long article = article();
        String entry = "INSERT INTO audit_log (uuid, at, actor_id, action, article_id) VALUES (?, 0, ?, 'created', ?)";
        try (Connection asMona = team.connect(mona); Connection asSara = team.connect(sara);
             Connection asAdam = team.connect(adam)) {
            allowed(asMona, entry, UUID.randomUUID().toString(), id(mona), article);
            allowed(asSara, entry, UUID.randomUUID().toString(), id(sara), article);
            allowed(asAdam, "INSERT INTO annotators (name, role, uuid) VALUES ('import:test', 'annotator', ?)"
                    + " ON CONFLICT DO NOTHING", UUID.randomUUID().toString());
            allowed(asAdam, entry, UUID.randomUUID().toString(), id("import:test"), article);
            long before = Long.parseLong(text(asMona, "SELECT count(*) FROM audit_log"));

            refused(asMona, entry, UUID.randomUUID().toString(), id(omar), article);
            refused(asSara, entry, UUID.randomUUID().toString(), id(mona), article);
            refused(asAdam, entry, UUID.randomUUID().toString(), id(mona), article);
            for (Connection anyone : List.of(asMona, asSara, asAdam)) {
                refused(anyone, "UPDATE audit_log SET details = 'forged'");
                refused(anyone, "DELETE FROM audit_log");
                refused(anyone, "TRUNCATE audit_log");
            }
            assertThat(Long.parseLong(text(asMona, "SELECT count(*) FROM audit_log"))).isEqualTo(before);
        }
    }

    @Test
    void onlyAnAdminChangesLabelsPeopleAndArticles() throws Exception {
        try (Connection asMona = team.connect(mona); Connection asSara = team.connect(sara);
             Connection asAdam = team.connect(adam)) {
            for (Connection notAdmin : List.of(asMona, asSara)) {
                refused(notAdmin, "INSERT INTO labels (name, colour, position) VALUES ('SPY', '#000000', 9)");
                refused(notAdmin, "UPDATE labels SET colour = '#000000'");
                refused(notAdmin, "INSERT INTO label_subtypes VALUES (1, 'spy', 9)");
                refused(notAdmin, "UPDATE annotators SET role = 'reviewer' WHERE name = ?", mona);
                refused(notAdmin, "INSERT INTO annotators (name, role, uuid) VALUES ('someone', 'reviewer', 'u')");
                refused(notAdmin, "INSERT INTO articles (external_id, title, source_name, text, sha256, direction,"
                        + " imported_at) VALUES ('x', 't', 's', 'نص', 'h', 'rtl', 0)");
                refused(notAdmin, "DELETE FROM articles");
                refused(notAdmin, "UPDATE hamish_schema SET version = 99");
            }
            assertThat(text(asMona, "SELECT role FROM annotators WHERE name = '" + mona + "'"))
                    .isEqualTo("annotator");
            allowed(asAdam, "INSERT INTO labels (name, colour, position) VALUES (?, '#000000', 9)", team.name("SPY"));
            allowed(asAdam, "UPDATE annotators SET role = 'reviewer' WHERE name = ?", omar);
            allowed(asAdam, "UPDATE annotators SET role = 'annotator' WHERE name = ?", omar);
        }
    }

    @Test
    void theWritersLockAndIdentitiesWorkForEveryRole() throws Exception {
        long article = article();
        for (String login : List.of(mona, sara, adam)) {
            try (Connection connection = team.connect(login)) {
                connection.setAutoCommit(false);
                text(connection, "SELECT pg_advisory_xact_lock(" + PostgresDialect.WRITER_LOCK + ")");
                annotate(connection, article, login);
                connection.commit();
            }
        }
        try (Connection asMona = team.connect(mona)) {
            assertThat(text(asMona, "SELECT count(DISTINCT annotator_id) FROM annotations WHERE article_id = "
                    + article)).isEqualTo("3");
        }
    }

    @Test
    void everyTableATeamLoginMayWriteIsGuardedAndEveryTableOthersSeeNotifies() throws Exception {
        try (Connection asAdam = team.connect(adam)) {
            assertThat(column(asAdam, TABLES)).contains("annotations", "gold_sources", "recommender_models");
            assertThat(column(asAdam, WRITES_WITHOUT_GUARD)).as("table: write a team login may make unguarded")
                    .isEmpty();
            assertThat(column(asAdam, TABLES_WITHOUT_NOTICE)).containsExactlyInAnyOrderElementsOf(UNNOTIFIED);
        }
    }

    @Test
    void goldProvenanceIsWrittenAsItsGoldSpanAndFollowsASourcesDeletion() throws Exception {
        long article = article();
        try (Connection asMona = team.connect(mona); Connection asSara = team.connect(sara);
             Connection asAdam = team.connect(adam)) {
            long source = annotate(asMona, article, mona);
            allowed(asAdam, insertAnnotation(), article, 0L, UUID.randomUUID().toString());
            long gold = Long.parseLong(text(asAdam, "SELECT id FROM annotations WHERE annotator_id = 0"
                    + " AND article_id = " + article));
            allowed(asAdam, "INSERT INTO gold_sources VALUES (?, ?, ?)", gold, id(mona), source);

            refused(asSara, "INSERT INTO gold_adjudications VALUES (?, ?, 0)", gold, id(sara));
            refused(asSara, "DELETE FROM gold_sources WHERE annotation_id = ?", gold);
            allowed(asMona, "DELETE FROM annotations WHERE id = ?", source);
            assertThat(text(asSara, "SELECT annotator_id || ':' || coalesce(source_annotation_id, 0)"
                    + " FROM gold_sources WHERE annotation_id = " + gold)).isEqualTo(id(mona) + ":0");
        }
    }

    /** A new article, imported by the admin (which is the admin's to do). */
    private static long article() throws SQLException {
        String externalId = "a" + ++articles;
        try (Connection asAdam = team.connect(adam)) {
            allowed(asAdam, "INSERT INTO articles (external_id, title, source_name, text, sha256, direction,"
                    + " imported_at) VALUES (?, 't', 's', 'نص المقالة للاختبار', ?, 'rtl', 0)", externalId, externalId);
            return Long.parseLong(text(asAdam, "SELECT id FROM articles WHERE external_id = '" + externalId + "'"));
        }
    }

    /** Starts the login's layer if new, and adds an annotation to it, audited, as Hamish does. */
    private static long annotate(Connection connection, long article, String login) throws SQLException {
        if (text(connection, "SELECT count(*) FROM article_states WHERE article_id = " + article
                + " AND annotator_id = " + id(login)).equals("0")) {
            allowed(connection, "INSERT INTO article_states VALUES (?, ?, 'in_progress', '', 0)", article, id(login));
        }
        String uuid = UUID.randomUUID().toString();
        allowed(connection, insertAnnotation(), article, id(login), uuid);
        allowed(connection, "INSERT INTO audit_log (uuid, at, actor_id, action, article_id, annotation_uuid)"
                + " VALUES (?, 0, ?, 'created', ?, ?)", UUID.randomUUID().toString(), id(login), article, uuid);
        return Long.parseLong(text(connection, "SELECT id FROM annotations WHERE uuid = '" + uuid + "'"));
    }

    private static List<String> column(Connection connection, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(query);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static String insertAnnotation() {
        return "INSERT INTO annotations (article_id, annotator_id, start_cp, end_cp, label_id, provenance, created_at,"
                + " updated_at, uuid) VALUES (?, ?, 0, 2, (SELECT id FROM labels WHERE name = 'ENTITY'), 'manual',"
                + " 0, 0, ?)";
    }

    private static long id(String annotator) throws SQLException {
        try (Connection asMona = team.connect(mona)) {
            return Long.parseLong(text(asMona, "SELECT id FROM annotators WHERE name = '" + annotator + "'"));
        }
    }

    private static void allowed(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            statement.execute();
        }
    }

    private static void refused(Connection connection, String sql, Object... parameters) {
        assertThatThrownBy(() -> allowed(connection, sql, parameters)).as(sql)
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).as(e.getMessage())
                        .isEqualTo(NotAllowedException.SQL_STATE));
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    private static String text(Connection connection, String query) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getString(1);
        }
    }
}

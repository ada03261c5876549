package app.hamish.service.soak;

import app.hamish.model.WorkflowTransition;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What must hold in a workspace after any kill, checked straight in its tables: SQLite's own integrity check (for a file),
 * every acknowledged change present, no change without its audit entry (or the reverse), and at most the one
 * change in flight at the kill committed without acknowledgement.
 */
final class CrashConsistency {
    private static final String TRANSITIONS = Arrays.stream(WorkflowTransition.values())
            .map(transition -> "'" + transition.pastTense() + "'").collect(Collectors.joining(", "));

    private final Connection connection;
    private final List<String> findings = new ArrayList<>();

    private CrashConsistency(Connection connection) {
        this.connection = connection;
    }

    /**
     * What is wrong (one line each; none when the workspace is as the acknowledgements say) and how many committed
     * changes were never acknowledged.
     */
    record Result(List<String> findings, long unacknowledged) {
    }

    /**
     * Checks the workspace after one more kill; {@code unacknowledgedBefore} is the previous result's count, since
     * every kill may leave one more committed change unacknowledged.
     */
    static Result check(Path workspace, Acknowledgements acknowledged, long unacknowledgedBefore)
            throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + workspace)) {
            CrashConsistency check = new CrashConsistency(connection);
            check.integrity();
            return check.against(acknowledged, unacknowledgedBefore);
        }
    }

    /**
     * As {@link #check(Path, Acknowledgements, long)}, for a workspace on a server, through {@code connection}: the
     * server keeps its own pages whole, so only Hamish's rows are checked.
     */
    static Result check(Connection connection, Acknowledgements acknowledged, long unacknowledgedBefore)
            throws SQLException {
        return new CrashConsistency(connection).against(acknowledged, unacknowledgedBefore);
    }

    private Result against(Acknowledgements acknowledged, long unacknowledgedBefore) throws SQLException {
        acknowledgedPresent(acknowledged);
        auditMatchesChanges();
        long unacknowledged = unacknowledged(acknowledged);
        if (unacknowledged > unacknowledgedBefore + 1) {
            findings.add((unacknowledged - unacknowledgedBefore)
                    + " committed changes were never acknowledged (at most 1 can be in flight at a kill)");
        }
        return new Result(findings, unacknowledged);
    }

    private void integrity() throws SQLException {
        String result = text("PRAGMA integrity_check");
        if (!"ok".equals(result)) {
            findings.add("integrity_check: " + result);
        }
    }

    /** Compared as sets read in one query each: the check stays linear in the workspace over thousands of kills. */
    private void acknowledgedPresent(Acknowledgements acknowledged) throws SQLException {
        missing(acknowledged, "article", "acknowledged article missing",
                "SELECT external_id FROM articles");
        missing(acknowledged, "annotation", "acknowledged annotation (id article start end) missing or changed",
                "SELECT a.id || ' ' || r.external_id || ' ' || a.start_cp || ' ' || a.end_cp"
                        + " FROM annotations a JOIN articles r ON r.id = a.article_id");
        missing(acknowledged, "decision", "acknowledged acceptance missing",
                "SELECT annotation_id FROM review_decisions WHERE decision = 'accepted'");
        missing(acknowledged, "state", "acknowledged layer move missing from the audit log",
                "SELECT r.external_id || ' ' || l.action FROM audit_log l JOIN articles r ON r.id = l.article_id");
    }

    private void missing(Acknowledgements acknowledged, String kind, String finding, String sql)
            throws SQLException {
        Set<String> present = new HashSet<>(column(sql));
        for (String[] line : acknowledged.of(kind)) {
            String change = String.join(" ", line);
            if (!present.contains(change)) {
                findings.add(finding + ": " + change);
            }
        }
    }

    private void auditMatchesChanges() throws SQLException {
        expectNone("annotation(s) without their 'created' audit entry", "SELECT count(*) FROM annotations a"
                + " WHERE a.annotator_id <> 0 AND NOT EXISTS (SELECT 1 FROM audit_log l"
                + " WHERE l.annotation_uuid = a.uuid AND l.action = 'created')");
        // A gold span is part of the acceptance that copied it (decision 0027): committed with it, audited with it.
        expectNone("gold span(s) without their 'accepted_into_gold' audit entry", "SELECT count(*) FROM annotations a"
                + " WHERE a.annotator_id = 0 AND NOT EXISTS (SELECT 1 FROM audit_log l"
                + " WHERE l.annotation_uuid = a.uuid AND l.action = 'accepted_into_gold')");
        expectNone("decision(s) without their 'accepted' audit entry", "SELECT count(*) FROM review_decisions d"
                + " JOIN annotations a ON a.id = d.annotation_id WHERE NOT EXISTS (SELECT 1 FROM audit_log l"
                + " WHERE l.annotation_uuid = a.uuid AND l.action = 'accepted')");
        expectNone("'created' audit entries without their annotation", "SELECT count(*) FROM audit_log l"
                + " WHERE l.action = 'created' AND NOT EXISTS (SELECT 1 FROM annotations a"
                + " WHERE a.uuid = l.annotation_uuid)");
        // One layer per article here, so the article's latest transition entry must name the layer's state.
        try (PreparedStatement query = connection.prepareStatement("SELECT s.article_id, s.state, (SELECT l.action"
                + " FROM audit_log l WHERE l.article_id = s.article_id AND l.action IN (" + TRANSITIONS + ")"
                + " ORDER BY l.id DESC LIMIT 1) FROM article_states s");
             ResultSet layers = query.executeQuery()) {
            while (layers.next()) {
                String state = layers.getString(2);
                String lastLogged = layers.getString(3);
                if (lastLogged == null || !stateAfter(lastLogged).equals(state)) {
                    findings.add("layer of article " + layers.getLong(1) + " is " + state
                            + " but its last audited transition is " + lastLogged);
                }
            }
        }
        expectNone("transition audit entries without a layer state", "SELECT count(*) FROM audit_log l"
                + " WHERE l.action IN (" + TRANSITIONS + ") AND NOT EXISTS (SELECT 1 FROM article_states s"
                + " WHERE s.article_id = l.article_id)");
    }

    private static String stateAfter(String pastTense) {
        return Arrays.stream(WorkflowTransition.values()).filter(t -> t.pastTense().equals(pastTense))
                .findFirst().orElseThrow().to().code();
    }

    /** Committed but never acknowledged: changes a kill interrupted between their commit and acknowledgement. */
    private long unacknowledged(Acknowledgements acknowledged) throws SQLException {
        return count("SELECT count(*) FROM articles WHERE external_id LIKE 'soak-%'")
                - acknowledged.of("article").size()
                + count("SELECT count(*) FROM annotations WHERE annotator_id <> 0")
                - acknowledged.of("annotation").size()
                + count("SELECT count(*) FROM review_decisions") - acknowledged.of("decision").size()
                + count("SELECT count(*) FROM audit_log WHERE action IN ('submitted', 'taken_for_review',"
                + " 'signed_off')") - acknowledged.of("state").size();
    }

    private void expectNone(String finding, String sql) throws SQLException {
        long found = count(sql);
        if (found != 0) {
            findings.add(found + " " + finding);
        }
    }

    private long count(String sql) throws SQLException {
        return Long.parseLong(text(sql));
    }

    private String text(String sql) throws SQLException {
        return String.join("; ", column(sql));
    }

    private List<String> column(String sql) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql);
             ResultSet rows = query.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}

package app.hamish.store;

import app.hamish.model.Annotator;
import app.hamish.model.InputLimits;
import app.hamish.model.WorkflowState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks every row of a workspace as strictly as an import checks its input: values of the right type and within
 * the import limits, offsets inside their article's text, uuids present and unique, references resolved, labels,
 * roles and states valid. The schema's CHECK constraints say much of this, but a file written by another program
 * (or with {@code PRAGMA ignore_check_constraints}) need not have honoured them, nor its foreign keys.
 *
 * <p>Each table is read in one pass (one query whose CASE names the first broken rule of the first bad row), and
 * offsets are compared with the text through the covering index on (article, start, end), so the check costs a
 * few scans, not one query per row.
 */
final class StoredRowsCheck {
    private static final String STATES = Arrays.stream(WorkflowState.values())
            .map(state -> "'" + state.code() + "'").collect(Collectors.joining(", "));

    /** One table's rules, each a condition that holds for a bad row and the reason it names. */
    private record TableRules(String table, List<Rule> rules) {
        String query() {
            StringBuilder sql = new StringBuilder("SELECT ").append(rowName(table)).append(", CASE");
            for (Rule rule : rules) {
                sql.append("\n WHEN ").append(rule.badWhen()).append(" THEN ").append(rule.reason());
            }
            sql.append(" END AS problem FROM ").append(table).append(" WHERE problem IS NOT NULL LIMIT 1");
            return sql.toString();
        }
    }

    /**
     * Tables kept in the b-tree of their key, without a rowid (decision 0052): their key's columns, in order, and how
     * a message names one of their rows by it.
     */
    private static final Map<String, List<String>> KEYED = Map.of("article_states",
            List.of("article_id", "annotator_id"));

    /**
     * An SQL expression naming a row of {@code table} in a message: "row 7" by its rowid, or "article 3, annotator 2"
     * by the key of a table without one. Quoted, so that a key stored as text or null still reads as what it is.
     */
    static String rowName(String table) {
        List<String> key = KEYED.get(table);
        if (key == null) {
            return "'row ' || rowid";
        }
        return key.stream().map(column -> "'" + column.substring(0, column.length() - "_id".length()) + " ' || quote("
                + column + ")").collect(Collectors.joining(" || ', ' || "));
    }

    /** The order in which {@code table}'s rows are named first: by rowid, or by key. */
    static String rowOrder(String table) {
        return String.join(", ", KEYED.getOrDefault(table, List.of("rowid")));
    }

    /** A condition true of a bad row, and an SQL expression saying why it is bad. */
    private record Rule(String badWhen, String reason) {
    }

    private static Rule rule(String badWhen, String reason) {
        return new Rule(badWhen, reason);
    }

    /** {@code column} is not an integer; also catches offsets stored as text or blob, which compare oddly. */
    private static Rule integer(String column) {
        return rule("typeof(" + column + ") <> 'integer'", "'" + column + " is ' || typeof(" + column
                + ") || ', not an integer'");
    }

    private static Rule text(String column, int limit) {
        return rule("typeof(" + column + ") <> 'text' OR length(" + column + ") > " + limit, "'" + column
                + " is ' || CASE typeof(" + column + ") WHEN 'text' THEN length(" + column + ") || ' characters"
                + " long; at most " + limit + " are taken' ELSE typeof(" + column + ") || ', not text' END");
    }

    private static Rule name(String column, int limit) {
        return rule("typeof(" + column + ") <> 'text' OR trim(" + column + ") = '' OR length(" + column + ") > "
                + limit, "'" + column + " is blank, not text, or longer than " + limit + " characters'");
    }

    private static Rule oneOf(String column, String values) {
        return rule("typeof(" + column + ") <> 'text' OR " + column + " NOT IN (" + values + ")", "'" + column
                + " ' || quote(substr(" + column + ", 1, 40)) || ' is not one of " + values.replace("'", "")
                + "'");
    }

    private static Rule uuid(String column) {
        return rule("typeof(" + column + ") <> 'text' OR trim(" + column + ") = '' OR length(" + column
                + ") > 64", "'" + column + " is missing or not a uuid'");
    }

    private static Rule unique(String table, String column) {
        return rule(column + " IN (SELECT " + column + " FROM " + table + " WHERE " + column + " IS NOT NULL"
                + " GROUP BY " + column + " HAVING count(*) > 1)", "'" + column + " ' || " + column
                + " || ' is also another row''s'");
    }

    private static Rule references(String column, String table, boolean nullable) {
        return rule((nullable ? column + " IS NOT NULL AND " : "") + "NOT EXISTS (SELECT 1 FROM " + table
                + " WHERE id = " + column + ")", "'" + column + " ' || quote(" + column + ") || ' names no row of "
                + table + "'");
    }

    /** The gold annotator's uuid, the same in every workspace (V005__gold.sql). */
    static final String GOLD_UUID = "0000000000000000000000000000901d";

    private static Rule goldSpan(String column) {
        return rule("NOT EXISTS (SELECT 1 FROM annotations WHERE id = " + column + " AND annotator_id = "
                + Annotator.GOLD_ID + ")", "'" + column + " ' || quote(" + column + ") || ' is not a gold span'");
    }

    private static final List<TableRules> TABLES = List.of(
            new TableRules("labels", List.of(name("name", InputLimits.MAX_NAME), integer("position"))),
            new TableRules("label_subtypes", List.of(references("label_id", "labels", false),
                    name("name", InputLimits.MAX_NAME))),
            new TableRules("annotators", List.of(name("name", InputLimits.MAX_NAME),
                    oneOf("role", "'annotator', 'reviewer'"), uuid("uuid"), unique("annotators", "uuid"),
                    rule("(id = " + Annotator.GOLD_ID + ") <> (uuid = '" + GOLD_UUID + "')", "'only annotator "
                            + Annotator.GOLD_ID + " is the gold layer''s, with uuid " + GOLD_UUID + "'"))),
            new TableRules("articles", List.of(
                    name("external_id", InputLimits.MAX_ARTICLE_ID), text("title", InputLimits.MAX_TITLE),
                    text("source_name", InputLimits.MAX_SOURCE_NAME),
                    rule("typeof(text) <> 'text' OR octet_length(text) > " + InputLimits.MAX_TEXT_BYTES,
                            "'text is ' || typeof(text) || ' of ' || octet_length(text) || ' bytes; at most "
                                    + InputLimits.MAX_TEXT_BYTES + " bytes of text are taken'"),
                    rule("trim(text, char(32, 9, 10, 13)) = ''", "'text is blank'"),
                    rule("typeof(sha256) <> 'text' OR length(sha256) <> 64 OR sha256 GLOB '*[^0-9a-f]*'",
                            "'sha256 is not a SHA-256 in hex'"),
                    oneOf("direction", "'rtl', 'ltr'"),
                    rule("typeof(meta) <> 'text' OR octet_length(meta) > " + InputLimits.MAX_META_BYTES,
                            "'meta is not text of at most " + InputLimits.MAX_META_BYTES + " bytes'"),
                    rule("NOT json_valid(meta) OR json_type(meta) <> 'object'", "'meta is not a JSON object'"),
                    integer("imported_at"))),
            new TableRules("annotations", List.of(
                    integer("start_cp"), integer("end_cp"),
                    rule("start_cp < 0 OR end_cp <= start_cp", "'span [' || start_cp || ',' || end_cp || ') is"
                            + " empty or starts before the text'"),
                    references("article_id", "articles", false), references("annotator_id", "annotators", false),
                    references("label_id", "labels", false),
                    rule("subtype IS NOT NULL AND NOT EXISTS (SELECT 1 FROM label_subtypes s WHERE"
                            + " s.label_id = annotations.label_id AND s.name = subtype)",
                            "'subtype ' || quote(substr(subtype, 1, 40)) || ' is not one of its label''s'"),
                    text("note", InputLimits.MAX_NOTE),
                    oneOf("provenance", "'manual', 'imported', 'suggested'"),
                    integer("created_at"), integer("updated_at"), uuid("uuid"), unique("annotations", "uuid"))),
            new TableRules("relations", List.of(references("from_annotation_id", "annotations", false),
                    references("to_annotation_id", "annotations", false), name("type", InputLimits.MAX_NAME))),
            new TableRules("review_decisions", List.of(references("annotation_id", "annotations", false),
                    references("reviewer_id", "annotators", false), oneOf("decision", "'accepted', 'rejected'"),
                    integer("decided_at"), text("comment", InputLimits.MAX_NOTE))),
            new TableRules("article_states", List.of(references("article_id", "articles", false),
                    references("annotator_id", "annotators", false), oneOf("state", STATES),
                    text("comment", InputLimits.MAX_NOTE), integer("updated_at"))),
            new TableRules("suggestion_rejections", List.of(references("article_id", "articles", false),
                    references("annotator_id", "annotators", false), integer("start_cp"), integer("end_cp"),
                    rule("start_cp < 0 OR end_cp <= start_cp", "'span [' || start_cp || ',' || end_cp || ') is"
                            + " empty or starts before the text'"),
                    name("label", InputLimits.MAX_NAME), name("source", InputLimits.MAX_NAME),
                    integer("rejected_at"))),
            new TableRules("gold_adjudications", List.of(references("annotation_id", "annotations", false),
                    goldSpan("annotation_id"), references("adjudicator_id", "annotators", false),
                    integer("adjudicated_at"))),
            new TableRules("gold_sources", List.of(references("annotation_id", "annotations", false),
                    goldSpan("annotation_id"), references("annotator_id", "annotators", false),
                    references("source_annotation_id", "annotations", true))),
            new TableRules("audit_log", List.of(uuid("uuid"), integer("at"),
                    references("actor_id", "annotators", false), references("article_id", "articles", true),
                    name("action", InputLimits.MAX_NAME), text("details", InputLimits.MAX_NOTE),
                    rule("annotation_uuid IS NOT NULL AND typeof(annotation_uuid) <> 'text'",
                            "'annotation_uuid is not text'"))));

    /**
     * The row versions and reviewers list of version 5 (decision 0028), which a merge reads: checked in a file to
     * merge, which must be of the current version; opening a workspace leaves them to the schema's CHECKs.
     */
    private static final List<TableRules> ROW_VERSIONS = List.of(
            new TableRules("annotations", versioned()),
            new TableRules("review_decisions", versioned()),
            new TableRules("article_states", versioned()),
            new TableRules("reviewers", List.of(references("annotator_id", "annotators", false),
                    references("added_by", "annotators", false), integer("added_at"))));

    private static List<Rule> versioned() {
        return List.of(integer("version"), rule("version < 1", "'version ' || version || ' is below 1'"),
                integer("changed_at"), references("changed_by", "annotators", true));
    }

    /** Tables whose offsets must lie inside their article's text. */
    private static final List<String> SPANS = List.of("annotations", "suggestion_rejections");

    private StoredRowsCheck() {
    }

    /** The first version whose tables hold every column checked here. */
    private static final int FIRST_CHECKED_VERSION = 3;

    /** The version that made the layers' states (V002). */
    private static final int STATES_VERSION = 2;

    /** The version that made the gold layer's tables (V005). */
    private static final int GOLD_VERSION = 5;

    /** The version whose CHECKs hold the type of every annotation value (V004). */
    private static final int TYPED_VERSION = 4;

    /**
     * The check on opening a workspace, which another program may have written: "ok", or the first bad row.
     * Annotations and the audit log run to a million rows and more, each of which opening cannot afford to read:
     * the audit log is not read, and of annotations, once version 4's typed CHECKs hold their values, only what no
     * CHECK can say is checked, offsets inside their text and the article and annotator they name, through the
     * index on (article, start, end, id, annotator). A version 3 file is checked row by row once, before its
     * migration would trip over a bad row; older versions are checked once migrated, at their next opening, but for
     * their layers' states: the migrations copy those under the CHECKs of their state (V006, V011), and would stop at
     * a bad one with SQLite's words alone, which name neither the row nor the file, after the versions before it had
     * been written.
     */
    static String onOpen(Connection connection, int version) throws SQLException {
        if (version < FIRST_CHECKED_VERSION) {
            String problem = version >= STATES_VERSION ? firstBadRow(connection, TABLES.stream()
                    .filter(table -> table.table().equals("article_states")).toList()) : null;
            return problem == null ? "ok" : problem;
        }
        String problem = firstProblem(connection, TABLES.stream().filter(table -> !table.table().equals("audit_log")
                && (version < TYPED_VERSION || !table.table().equals("annotations"))
                && (version >= GOLD_VERSION || !table.table().startsWith("gold_"))).toList());
        problem = problem != null ? problem : missingAnnotator(connection);
        problem = problem != null ? problem : rowWhere(connection, "annotations", "uuid = ''", "uuid is missing");
        return problem == null ? "ok" : problem;
    }

    /**
     * @return "table T, row R: reason" (or "table T, article A, annotator N: reason" for a table without rowids) for
     * the first bad row found, or null when every row is valid
     */
    static String firstProblem(Connection connection) throws SQLException {
        return firstProblem(connection, Stream.concat(TABLES.stream(), ROW_VERSIONS.stream()).toList());
    }

    private static String firstProblem(Connection connection, List<TableRules> tables) throws SQLException {
        String problem = firstBadRow(connection, tables);
        if (problem != null) {
            return problem;
        }
        for (String table : SPANS) {
            problem = spanPastText(connection, table);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    /** The first row of {@code tables} that breaks one of their rules, named as {@link #firstProblem} does, or null. */
    private static String firstBadRow(Connection connection, List<TableRules> tables) throws SQLException {
        for (TableRules table : tables) {
            try (PreparedStatement query = connection.prepareStatement(table.query());
                 ResultSet rows = query.executeQuery()) {
                if (rows.next()) {
                    return "table " + table.table() + ", " + rows.getString(1) + ": " + rows.getString(2);
                }
            }
        }
        return null;
    }

    /** The distinct annotators come from the index by article, so no annotation row is read unless one is bad. */
    private static String missingAnnotator(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT annotator_id FROM (SELECT DISTINCT"
                + " annotator_id FROM annotations) WHERE annotator_id NOT IN (SELECT id FROM annotators) LIMIT 1");
             ResultSet missing = query.executeQuery()) {
            if (!missing.next()) {
                return null;
            }
            long annotator = missing.getLong(1);
            return rowWhere(connection, "annotations", "annotator_id = " + annotator, "annotator_id " + annotator
                    + " names no row of annotators");
        }
    }

    private static String rowWhere(Connection connection, String table, String condition, String reason)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT rowid FROM " + table + " WHERE "
                + condition + " LIMIT 1");
             ResultSet rows = query.executeQuery()) {
            return rows.next() ? "table " + table + ", row " + rows.getLong(1) + ": " + reason : null;
        }
    }

    /**
     * The furthest end per article, read from the index on (article, start, end), against the text's length in
     * code points; only an article whose furthest span overruns it is searched for the row to name. SQLite's
     * {@code length()} stops at a NUL, which imports refuse but earlier versions let through from JSON: such a
     * text's characters are counted whole, so that its spans beyond the NUL are not taken for overruns.
     */
    private static String spanPastText(Connection connection, String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT s.article_id, s.furthest, length(a.text),"
                + " a.id IS NULL, instr(CAST(a.text AS BLOB), x'00') > 0 FROM (SELECT article_id, max(end_cp) AS"
                + " furthest FROM " + table + " GROUP BY article_id) s LEFT JOIN articles a ON a.id = s.article_id"
                + " WHERE a.id IS NULL OR s.furthest > length(a.text)");
             ResultSet overrun = query.executeQuery()) {
            while (overrun.next()) {
                long article = overrun.getLong(1);
                if (overrun.getBoolean(4)) {
                    return rowWhere(connection, table, "article_id = " + article, "article_id " + article
                            + " names no row of articles");
                }
                long length = overrun.getBoolean(5) ? characters(connection, article) : overrun.getLong(3);
                if (overrun.getLong(2) > length) {
                    return spanPast(connection, table, article, length);
                }
            }
            return null;
        }
    }

    /** The characters of an article's text counted from its UTF-8 bytes, past any NUL: those that start one. */
    private static long characters(Connection connection, long article) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT CAST(text AS BLOB) FROM articles WHERE id = ?")) {
            query.setLong(1, article);
            try (ResultSet text = query.executeQuery()) {
                text.next();
                long count = 0;
                for (byte b : text.getBytes(1)) {
                    if ((b & 0xC0) != 0x80) {
                        count++;
                    }
                }
                return count;
            }
        }
    }

    private static String spanPast(Connection connection, String table, long article, long length)
            throws SQLException {
        try (PreparedStatement row = connection.prepareStatement("SELECT rowid, start_cp, end_cp FROM " + table
                + " WHERE article_id = ? AND end_cp > ? LIMIT 1")) {
            row.setLong(1, article);
            row.setLong(2, length);
            try (ResultSet bad = row.executeQuery()) {
                bad.next();
                return "table %s, row %d: span [%d,%d) runs past the end of article %d's text (%d characters)"
                        .formatted(table, bad.getLong(1), bad.getLong(2), bad.getLong(3), article, length);
            }
        }
    }
}

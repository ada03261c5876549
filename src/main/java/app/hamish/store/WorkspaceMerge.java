package app.hamish.store;

import app.hamish.model.Annotator;
import app.hamish.model.InputLimits;
import app.hamish.model.Label;
import app.hamish.model.MergeReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Brings another workspace into this one through SQLite's ATTACH, in one transaction. Everything is matched by
 * stable identity (annotator and annotation uuids, article id with its text's SHA-256, audit entry uuids), so a
 * second merge of the same file finds nothing new. Local work is never written over: where both sides decided
 * differently, the local decision stays. Two annotators of the same name created on different machines are
 * different people's work and become separate layers ({@code mona (from laptop-b)}).
 */
final class WorkspaceMerge {
    private final Database database;
    private final Path location;
    private final LabelCatalog labels;
    private final java.util.function.LongSupplier actor;
    private final Duration deadline;
    private final Instant now;
    private final Map<Long, Long> annotators = new HashMap<>();
    private final Map<Long, Long> articles = new HashMap<>();
    private final Map<Long, Long> annotations = new HashMap<>();
    private final List<Runnable> afterCommit = new ArrayList<>();
    private int newArticles;
    private int newAnnotators;
    private int newAnnotations;
    private int newRelations;
    private int newDecisions;
    private int newStates;
    private int newRejections;
    private int newAudit;
    private int keptDecisions;
    private int keptStates;

    WorkspaceMerge(Database database, Path location, LabelCatalog labels, java.util.function.LongSupplier actor,
                   Instant now) {
        this(database, location, labels, actor, now, MergeSource.DEFAULT_DEADLINE);
    }

    /** @param deadline how long checking the other file may take before it is refused */
    WorkspaceMerge(Database database, Path location, LabelCatalog labels, java.util.function.LongSupplier actor,
                   Instant now, Duration deadline) {
        this.database = database;
        this.location = location;
        this.labels = labels;
        this.actor = actor;
        this.now = now;
        this.deadline = deadline;
    }

    MergeReport from(Path other) {
        Path source = other.toAbsolutePath().normalize();
        if (source.equals(location)) {
            throw new ConflictException("A workspace cannot be merged into itself.");
        }
        if (!Files.isRegularFile(source)) {
            throw new ConflictException("There is no workspace at " + source + ".");
        }
        MergeSource.check(source, deadline);
        try {
            database.outsideTransaction("open " + source + " for merging", connection -> {
                // Read-only and immutable: merging must not change the other workspace, nor leave files beside it.
                try (PreparedStatement attach = connection.prepareStatement("ATTACH DATABASE ? AS other")) {
                    attach.setString(1, MergeSource.uri(source));
                    attach.execute();
                }
                return null;
            });
        } catch (StoreException e) {
            throw new ConflictException(source + " cannot be opened for merging (" + rootCause(e)
                    + "); nothing was merged.");
        }
        try {
            MergeReport report = database.write("merge " + source, connection -> {
                mergeAll(connection, source);
                return new MergeReport(newArticles, newAnnotators, newAnnotations, newRelations, newDecisions,
                        newStates, newRejections, newAudit, keptDecisions, keptStates);
            });
            afterCommit.forEach(Runnable::run);
            return report;
        } finally {
            database.outsideTransaction("close " + source, connection -> {
                try (Statement detach = connection.createStatement()) {
                    detach.execute("DETACH DATABASE other");
                }
                return null;
            });
        }
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    private void mergeAll(Connection connection, Path source) throws SQLException {
        long actorId = actor.getAsLong();
        String origin = source.getFileName().toString().replaceFirst("\\.db$", "");
        mergeAnnotators(connection, origin);
        mergeLabels(connection);
        mergeArticles(connection, source);
        mergeAnnotations(connection);
        mergeRelations(connection);
        mergeGold(connection);
        mergeDecisions(connection);
        mergeStates(connection);
        mergeRejections(connection);
        mergeAudit(connection);
        if (newArticles + newAnnotators + newAnnotations + newRelations + newDecisions + newStates + newRejections
                + newAudit > 0) {
            AuditRows.append(connection, now, actorId, "merged", null, null, "%s: %d articles, %d annotators, "
                    .formatted(source, newArticles, newAnnotators) + "%d annotations, %d decisions"
                    .formatted(newAnnotations, newDecisions));
        }
    }

    private void mergeAnnotators(Connection connection, String origin) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT id, name, role, uuid FROM other.annotators");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                Long local = longOrNull(connection, "SELECT id FROM main.annotators WHERE uuid = ?", rows.getString(4));
                if (local == null) {
                    String name = freeName(connection, rows.getString(2), origin);
                    local = insertReturningId(connection, "INSERT INTO main.annotators (name, role, uuid) VALUES (?, ?, ?)"
                            + " RETURNING id", name, rows.getString(3), rows.getString(4));
                    newAnnotators++;
                }
                annotators.put(rows.getLong(1), local);
            }
        }
    }

    private static String freeName(Connection connection, String name, String origin) throws SQLException {
        String candidate = name;
        for (int n = 1; longOrNull(connection, "SELECT id FROM main.annotators WHERE name = ?", candidate) != null;
             n++) {
            candidate = withinNameLimit(name, " (from " + cut(origin, InputLimits.MAX_NAME / 2)
                    + (n > 1 ? " " + n : "") + ")");
        }
        return candidate;
    }

    /**
     * {@code name + suffix}, the name shortened (ending in …) where both together would pass the limit on names:
     * opening a workspace refuses a longer name as damage.
     */
    private static String withinNameLimit(String name, String suffix) {
        int room = InputLimits.MAX_NAME - suffix.codePointCount(0, suffix.length());
        return name.codePointCount(0, name.length()) <= room ? name + suffix : cut(name, room - 1) + "…" + suffix;
    }

    private static String cut(String text, int codePoints) {
        return text.codePointCount(0, text.length()) <= codePoints ? text
                : text.substring(0, text.offsetByCodePoints(0, codePoints));
    }

    private void mergeLabels(Connection connection) throws SQLException {
        Map<String, Label> known = new HashMap<>();
        labels.labels().forEach(label -> known.put(label.name(), label));
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id, name, colour, hotkey FROM other.labels ORDER BY position");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                if (!known.containsKey(rows.getString(2))) {
                    List<String> subtypes = strings(connection,
                            "SELECT name FROM other.label_subtypes WHERE label_id = ? ORDER BY position", rows.getLong(1));
                    String hotkey = rows.getString(4);
                    boolean hotkeyFree = known.values().stream().noneMatch(l -> hotkey != null
                            && hotkey.equals(l.hotkey()));
                    Label label = new Label(rows.getString(2), rows.getString(3), hotkeyFree ? hotkey : null,
                            subtypes);
                    afterCommit.add(labels.insert(connection, label));
                    known.put(label.name(), label);
                }
            }
        }
    }

    private void mergeArticles(Connection connection, Path source) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id, external_id, title, source_name, text, sha256, direction, meta, imported_at"
                        + " FROM other.articles ORDER BY id");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String externalId = rows.getString(2);
                String sha = rows.getString(6);
                Long sameId = longOrNull(connection, "SELECT id FROM main.articles WHERE external_id = ?", externalId);
                if (sameId != null) {
                    String localSha = strings(connection, "SELECT sha256 FROM main.articles WHERE id = ?", sameId)
                            .getFirst();
                    if (!localSha.equals(sha)) {
                        throw new ConflictException("Article '" + externalId + "' has different text in " + source
                                + " than here; nothing was merged. Rename one of them and merge again.");
                    }
                    articles.put(rows.getLong(1), sameId);
                    continue;
                }
                Long sameText = longOrNull(connection, "SELECT id FROM main.articles WHERE sha256 = ?", sha);
                if (sameText != null) {
                    articles.put(rows.getLong(1), sameText);
                    continue;
                }
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO main.articles (external_id, title, source_name, text, sha256, direction, meta,"
                                + " imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
                    for (int column = 2; column <= 9; column++) {
                        insert.setObject(column - 1, rows.getObject(column));
                    }
                    try (ResultSet key = insert.executeQuery()) {
                        key.next();
                        articles.put(rows.getLong(1), key.getLong(1));
                    }
                }
                newArticles++;
            }
        }
    }

    private void mergeAnnotations(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT a.id, a.article_id, a.annotator_id, a.start_cp, a.end_cp, l.name, a.subtype, a.note,
                       a.provenance, a.created_at, a.updated_at, a.uuid
                FROM other.annotations a JOIN other.labels l ON l.id = a.label_id ORDER BY a.id""");
             PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO main.annotations (article_id, annotator_id, start_cp, end_cp, label_id, subtype, note,
                                              provenance, created_at, updated_at, uuid)
                VALUES (?, ?, ?, ?, (SELECT id FROM main.labels WHERE name = ?), ?, ?, ?, ?, ?, ?) RETURNING id""");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                Long local = longOrNull(connection, "SELECT id FROM main.annotations WHERE uuid = ?", rows.getString(12));
                if (local == null && annotators.get(rows.getLong(3)) == Annotator.GOLD_ID) {
                    local = sameGoldSpan(connection, rows);
                }
                if (local == null) {
                    insert.setLong(1, articles.get(rows.getLong(2)));
                    insert.setLong(2, annotators.get(rows.getLong(3)));
                    for (int column = 4; column <= 12; column++) {
                        insert.setObject(column - 1, rows.getObject(column));
                    }
                    try (ResultSet key = insert.executeQuery()) {
                        key.next();
                        local = key.getLong(1);
                    }
                    newAnnotations++;
                }
                annotations.put(rows.getLong(1), local);
            }
        }
    }

    /**
     * The local gold span with the other gold span's article, span, label and subtype, if gold here has it: gold holds
     * one span for each (decision 0027), so the other's provenance is added to it instead.
     */
    private Long sameGoldSpan(Connection connection, ResultSet other) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT a.id FROM main.annotations a JOIN main.labels l ON l.id = a.label_id
                WHERE a.annotator_id = ? AND a.article_id = ? AND a.start_cp = ? AND a.end_cp = ? AND l.name = ?
                  AND a.subtype IS ?""")) {
            query.setLong(1, Annotator.GOLD_ID);
            query.setLong(2, articles.get(other.getLong(2)));
            query.setObject(3, other.getObject(4));
            query.setObject(4, other.getObject(5));
            query.setString(5, other.getString(6));
            query.setString(6, other.getString(7));
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getLong(1) : null;
            }
        }
    }

    /** The gold spans' adjudications and sources, by the annotations and annotators they map to here. */
    private void mergeGold(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT annotation_id, adjudicator_id, adjudicated_at FROM other.gold_adjudications");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO main.gold_adjudications"
                     + " (annotation_id, adjudicator_id, adjudicated_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                insert.setLong(1, annotations.get(rows.getLong(1)));
                insert.setLong(2, annotators.get(rows.getLong(2)));
                insert.setLong(3, rows.getLong(3));
                insert.executeUpdate();
            }
        }
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT annotation_id, annotator_id, source_annotation_id FROM other.gold_sources");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO main.gold_sources"
                     + " (annotation_id, annotator_id, source_annotation_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                long source = rows.getLong(3);
                Long local = rows.wasNull() ? null : annotations.get(source);
                insert.setLong(1, annotations.get(rows.getLong(1)));
                insert.setLong(2, annotators.get(rows.getLong(2)));
                insert.setObject(3, local);
                insert.executeUpdate();
            }
        }
    }

    private void mergeRelations(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT from_annotation_id, to_annotation_id, type FROM other.relations ORDER BY id");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO main.relations (from_annotation_id,"
                     + " to_annotation_id, type) VALUES (?, ?, ?) ON CONFLICT DO NOTHING");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                insert.setLong(1, annotations.get(rows.getLong(1)));
                insert.setLong(2, annotations.get(rows.getLong(2)));
                insert.setString(3, rows.getString(3));
                newRelations += insert.executeUpdate();
            }
        }
    }

    private void mergeDecisions(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT annotation_id, reviewer_id, decision, decided_at, comment FROM other.review_decisions");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                long annotation = annotations.get(rows.getLong(1));
                long reviewer = annotators.get(rows.getLong(2));
                switch (insertUnlessLocal(connection,
                        "SELECT decision || ':' || reviewer_id FROM main.review_decisions WHERE annotation_id = ?",
                        List.of(annotation), rows.getString(3) + ":" + reviewer,
                        "INSERT INTO main.review_decisions (annotation_id, reviewer_id, decision, decided_at, comment)"
                                + " VALUES (?, ?, ?, ?, ?)",
                        List.of(annotation, reviewer, rows.getString(3), rows.getLong(4), rows.getString(5)))) {
                    case INSERTED -> newDecisions++;
                    case KEPT_LOCAL -> keptDecisions++;
                    case SAME -> {
                    }
                }
            }
        }
    }

    private void mergeStates(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT article_id, annotator_id, state, comment, updated_at FROM other.article_states");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                long article = articles.get(rows.getLong(1));
                long annotator = annotators.get(rows.getLong(2));
                switch (insertUnlessLocal(connection,
                        "SELECT state FROM main.article_states WHERE article_id = ? AND annotator_id = ?",
                        List.of(article, annotator), rows.getString(3),
                        "INSERT INTO main.article_states (article_id, annotator_id, state, comment, updated_at)"
                                + " VALUES (?, ?, ?, ?, ?)",
                        List.of(article, annotator, rows.getString(3), rows.getString(4), rows.getLong(5)))) {
                    case INSERTED -> newStates++;
                    case KEPT_LOCAL -> keptStates++;
                    case SAME -> {
                    }
                }
            }
        }
    }

    /** What became of one row of the other workspace that this one may already have under the same key. */
    private enum Outcome { INSERTED, SAME, KEPT_LOCAL }

    /**
     * Inserts the other side's row unless this side has one under the same key; the local row is never written
     * over, and is reported as kept when its value differs from the other side's.
     *
     * @param localValue selects the local row's value by {@code key}, compared with {@code otherValue}
     */
    private static Outcome insertUnlessLocal(Connection connection, String localValue, List<Object> key,
                                             String otherValue, String insert, List<Object> row) throws SQLException {
        List<String> local = strings(connection, localValue, key.toArray());
        if (!local.isEmpty()) {
            return local.getFirst().equals(otherValue) ? Outcome.SAME : Outcome.KEPT_LOCAL;
        }
        try (PreparedStatement statement = bound(connection, insert, row.toArray())) {
            statement.executeUpdate();
        }
        return Outcome.INSERTED;
    }

    /** A suggestion rejected on either machine stays rejected: the first rejection of a span and label is kept. */
    private void mergeRejections(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT article_id, start_cp, end_cp, label,"
                + " source, annotator_id, rejected_at FROM other.suggestion_rejections");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO main.suggestion_rejections"
                     + " (article_id, start_cp, end_cp, label, source, annotator_id, rejected_at)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                insert.setLong(1, articles.get(rows.getLong(1)));
                insert.setInt(2, rows.getInt(2));
                insert.setInt(3, rows.getInt(3));
                insert.setString(4, rows.getString(4));
                insert.setString(5, rows.getString(5));
                insert.setLong(6, annotators.get(rows.getLong(6)));
                insert.setLong(7, rows.getLong(7));
                newRejections += insert.executeUpdate();
            }
        }
    }

    private void mergeAudit(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT uuid, at, actor_id, action, article_id,"
                + " annotation_uuid, details FROM other.audit_log ORDER BY id");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO main.audit_log (uuid, at, actor_id,"
                     + " action, article_id, annotation_uuid, details) VALUES (?, ?, ?, ?, ?, ?, ?)"
                     + " ON CONFLICT (uuid) DO NOTHING");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                insert.setString(1, rows.getString(1));
                insert.setLong(2, rows.getLong(2));
                insert.setLong(3, annotators.get(rows.getLong(3)));
                insert.setString(4, rows.getString(4));
                long article = rows.getLong(5);
                insert.setObject(5, rows.wasNull() ? null : articles.get(article));
                insert.setString(6, rows.getString(6));
                insert.setString(7, rows.getString(7));
                newAudit += insert.executeUpdate();
            }
        }
    }

    private static Long longOrNull(Connection connection, String sql, Object parameter) throws SQLException {
        try (PreparedStatement query = bound(connection, sql, parameter)) {
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getLong(1) : null;
            }
        }
    }

    private static Long insertReturningId(Connection connection, String sql, Object... parameters)
            throws SQLException {
        try (PreparedStatement insert = bound(connection, sql, parameters)) {
            try (ResultSet key = insert.executeQuery()) {
                key.next();
                return key.getLong(1);
            }
        }
    }

    private static List<String> strings(Connection connection, String sql, Object... parameters) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement query = bound(connection, sql, parameters)) {
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        }
        return values;
    }

    /** The statement with {@code parameters} bound in order; the caller closes it. */
    private static PreparedStatement bound(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }
}

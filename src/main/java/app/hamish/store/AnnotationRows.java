package app.hamish.store;

import app.hamish.model.Annotation;
import app.hamish.model.NewAnnotation;
import app.hamish.model.Provenance;
import app.hamish.model.Relation;
import app.hamish.model.ReviewDecision;
import app.hamish.model.Span;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** SQL for annotations, relations and review decisions. Labels are resolved through {@link LabelCatalog}. */
final class AnnotationRows {
    private static final String SELECT = """
            SELECT a.id, a.article_id, a.annotator_id, a.start_cp, a.end_cp, l.name AS label, a.subtype, a.note,
                   a.provenance, a.created_at, a.updated_at, a.version
            FROM annotations a JOIN labels l ON l.id = a.label_id
            """;

    private AnnotationRows() {
    }

    private static final String INSERT = """
            INSERT INTO annotations (article_id, annotator_id, start_cp, end_cp, label_id, subtype, note,
                                     provenance, created_at, updated_at, uuid, version, changed_at, changed_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?) RETURNING id""";

    static List<Annotation> insert(KeptStatements kept, Connection connection, LabelCatalog labels,
                                   List<NewAnnotation> annotations, Instant now) throws SQLException {
        return insert(kept, connection, labels, annotations, now, null, "created");
    }

    /**
     * As {@link #insert(KeptStatements, Connection, LabelCatalog, List, Instant)}, audited as {@code actorId}'s
     * {@code action}.
     */
    static List<Annotation> insert(KeptStatements kept, Connection connection, LabelCatalog labels,
                                   List<NewAnnotation> annotations, Instant now, Long actorId, String action)
            throws SQLException {
        List<Annotation> created = new ArrayList<>(annotations.size());
        Instant at = Times.truncate(now);
        PreparedStatement insert = kept.prepare(connection, INSERT);
        for (NewAnnotation annotation : annotations) {
            String uuid = AuditRows.newUuid();
            setContent(insert, labels, annotation);
            Times.set(insert, 9, at);
            Times.set(insert, 10, at);
            insert.setString(11, uuid);
            Times.set(insert, 12, at);
            insert.setLong(13, annotation.annotatorId());
            long id;
            try (ResultSet keys = insert.executeQuery()) {
                keys.next();
                id = keys.getLong(1);
            }
            Annotation stored = new Annotation(id, annotation.articleId(), annotation.annotatorId(),
                    annotation.span(), annotation.label(), annotation.subtype(), annotation.note(),
                    annotation.provenance(), at, at);
            created.add(stored);
            AuditRows.append(kept, connection, at, actorId == null ? annotation.annotatorId() : actorId, action,
                    annotation.articleId(), uuid, describe(stored));
        }
        return created;
    }

    /** How the audit log names an annotation's content: {@code ENTITY/person [4,13) "note"}. */
    static String describe(Annotation annotation) {
        return annotation.label() + (annotation.subtype() == null ? "" : "/" + annotation.subtype()) + " "
                + annotation.span() + (annotation.note().isEmpty() ? "" : " \"" + annotation.note() + "\"");
    }

    static String uuidOf(Connection connection, long annotationId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT uuid FROM annotations WHERE id = ?")) {
            query.setLong(1, annotationId);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    throw new ConflictException("annotation " + annotationId + " no longer exists");
                }
                return rows.getString(1);
            }
        }
    }

    /**
     * Sets parameters 1 to 8 to the columns article_id, annotator_id, start_cp, end_cp, label_id, subtype, note,
     * provenance, in that order.
     */
    static void setContent(PreparedStatement statement, LabelCatalog labels, NewAnnotation annotation)
            throws SQLException {
        statement.setLong(1, annotation.articleId());
        statement.setLong(2, annotation.annotatorId());
        statement.setInt(3, annotation.span().start());
        statement.setInt(4, annotation.span().end());
        statement.setLong(5, labels.idOf(annotation.label()));
        setNullableString(statement, 6, annotation.subtype());
        statement.setString(7, annotation.note());
        statement.setString(8, annotation.provenance().code());
    }

    /**
     * Writes the annotation's span, label, subtype and note, stamped {@code updatedAt}, as its next version, and
     * audits the change.
     *
     * @param readVersion the version the change was made on
     * @throws ChangedSinceException if the annotation is at another version now
     */
    static Annotation update(Connection connection, LabelCatalog labels, Annotation annotation, Instant updatedAt,
                             long readVersion, Audit audit) throws SQLException {
        Annotation before = find(connection, annotation.id())
                .orElseThrow(() -> new ConflictException("annotation " + annotation.id() + " no longer exists"));
        requireVersion(connection, "annotations", "id = ?", annotation.id(), readVersion);
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE annotations SET start_cp = ?, end_cp = ?, label_id = ?, subtype = ?, note = ?, updated_at = ?,
                                       version = version + 1, changed_at = ?, changed_by = ?
                WHERE id = ?""")) {
            update.setInt(1, annotation.span().start());
            update.setInt(2, annotation.span().end());
            update.setLong(3, labels.idOf(annotation.label()));
            setNullableString(update, 4, annotation.subtype());
            update.setString(5, annotation.note());
            Times.set(update, 6, updatedAt);
            Times.set(update, 7, audit.at());
            update.setLong(8, audit.actorId());
            update.setLong(9, annotation.id());
            update.executeUpdate();
        }
        Annotation after = find(connection, annotation.id()).orElseThrow();
        AuditRows.append(connection, audit.at(), audit.actorId(), audit.action(), before.articleId(),
                uuidOf(connection, annotation.id()), describe(before) + " -> " + describe(after));
        return after;
    }

    /**
     * Refuses a change made on {@code readVersion} of a row that is at another version now, naming who changed it
     * last and when.
     *
     * @param where selects the one row by {@code key}
     */
    static void requireVersion(Connection connection, String table, String where, long key, long readVersion)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT t.version, t.changed_at, n.name FROM "
                + table + " t LEFT JOIN annotators n ON n.id = t.changed_by WHERE t." + where)) {
            query.setLong(1, key);
            try (ResultSet rows = query.executeQuery()) {
                if (rows.next() && rows.getLong(1) != readVersion) {
                    String by = rows.getString(3);
                    throw new ChangedSinceException(table, key, by == null ? "?" : by, Times.get(rows, 2));
                }
            }
        }
    }

    static Optional<Annotation> find(Connection connection, long annotationId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(SELECT + " WHERE a.id = ?")) {
            query.setLong(1, annotationId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        }
    }

    private static final String SAME = SELECT + """
             WHERE a.article_id = ? AND a.start_cp = ? AND a.end_cp = ? AND a.annotator_id = ?
               AND l.name = ? AND a.subtype IS NOT DISTINCT FROM ? LIMIT 1""";

    static Optional<Annotation> findSame(KeptStatements kept, Connection connection, NewAnnotation annotation)
            throws SQLException {
        PreparedStatement query = kept.prepare(connection, SAME);
        setSame(query, annotation);
        query.setString(5, annotation.label());
        try (ResultSet rows = query.executeQuery()) {
            return rows.next() ? Optional.of(read(rows)) : Optional.empty();
        }
    }

    private static final String HOLDS_SAME = """
            SELECT 1 FROM annotations
            WHERE article_id = ? AND start_cp = ? AND end_cp = ? AND annotator_id = ? AND label_id = ?
              AND subtype IS NOT DISTINCT FROM ? LIMIT 1""";

    /**
     * As {@link #findSame}, reading no column of the row and no label: the label's id is the catalog's. An unknown
     * label is held by no annotation.
     */
    static boolean holdsSame(KeptStatements kept, Connection connection, LabelCatalog labels,
                             NewAnnotation annotation) throws SQLException {
        Optional<Long> label = labels.find(annotation.label());
        if (label.isEmpty()) {
            return false;
        }
        PreparedStatement query = kept.prepare(connection, HOLDS_SAME);
        setSame(query, annotation);
        query.setLong(5, label.get());
        try (ResultSet rows = query.executeQuery()) {
            return rows.next();
        }
    }

    /** Sets what makes two annotations the same but the label, parameter 5: article, span, annotator and subtype. */
    private static void setSame(PreparedStatement query, NewAnnotation annotation) throws SQLException {
        query.setLong(1, annotation.articleId());
        query.setInt(2, annotation.span().start());
        query.setInt(3, annotation.span().end());
        query.setLong(4, annotation.annotatorId());
        setNullableString(query, 6, annotation.subtype());
    }

    /** The article's annotations with exactly this span, of every layer, in id order. */
    static List<Annotation> at(Connection connection, long articleId, Span span) throws SQLException {
        List<Annotation> annotations = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                SELECT + " WHERE a.article_id = ? AND a.start_cp = ? AND a.end_cp = ? ORDER BY a.id")) {
            query.setLong(1, articleId);
            query.setInt(2, span.start());
            query.setInt(3, span.end());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    annotations.add(read(rows));
                }
            }
        }
        return annotations;
    }

    static List<Annotation> ofArticle(Connection connection, long articleId) throws SQLException {
        List<Annotation> annotations = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                SELECT + " WHERE a.article_id = ? ORDER BY a.start_cp, a.end_cp, a.id")) {
            query.setLong(1, articleId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    annotations.add(read(rows));
                }
            }
        }
        return annotations;
    }

    private static Annotation read(ResultSet rows) throws SQLException {
        return new Annotation(rows.getLong("id"), rows.getLong("article_id"), rows.getLong("annotator_id"),
                new Span(rows.getInt("start_cp"), rows.getInt("end_cp")), rows.getString("label"),
                rows.getString("subtype"), rows.getString("note"), Provenance.fromCode(rows.getString("provenance")),
                Times.get(rows, "created_at"), Times.get(rows, "updated_at"), rows.getLong("version"));
    }

    static Relation insertRelation(Connection connection, long from, long to, String type, Audit audit)
            throws SQLException {
        if (from == to) {
            throw new ConflictException("an annotation cannot be related to itself");
        }
        try (PreparedStatement sameArticle = connection.prepareStatement("""
                SELECT count(DISTINCT article_id), count(*) FROM annotations WHERE id IN (?, ?)""")) {
            sameArticle.setLong(1, from);
            sameArticle.setLong(2, to);
            try (ResultSet rows = sameArticle.executeQuery()) {
                rows.next();
                if (rows.getInt(2) != 2 || rows.getInt(1) != 1) {
                    throw new ConflictException("a relation links two different annotations of the same article");
                }
            }
        }
        Relation relation;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO relations (from_annotation_id, to_annotation_id, type) VALUES (?, ?, ?) RETURNING id")) {
            insert.setLong(1, from);
            insert.setLong(2, to);
            insert.setString(3, type);
            try (ResultSet keys = insert.executeQuery()) {
                keys.next();
                relation = new Relation(keys.getLong(1), from, to, type);
            }
        }
        auditRelation(connection, relation, audit);
        return relation;
    }

    /** Audits a relation change against its source annotation, naming the target. */
    static void auditRelation(Connection connection, Relation relation, Audit audit) throws SQLException {
        Annotation source = find(connection, relation.fromAnnotationId()).orElseThrow();
        AuditRows.append(connection, audit.at(), audit.actorId(), audit.action(), source.articleId(),
                uuidOf(connection, relation.fromAnnotationId()),
                relation.type() + " -> " + uuidOf(connection, relation.toAnnotationId()));
    }

    static List<Relation> relationsOf(Connection connection, long articleId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT r.id, r.from_annotation_id, r.to_annotation_id, r.type
                FROM relations r JOIN annotations a ON a.id = r.from_annotation_id
                WHERE a.article_id = ? ORDER BY r.id""")) {
            query.setLong(1, articleId);
            return readRelations(query);
        }
    }

    /** Reads relations from a query whose columns are id, from, to and type. */
    static List<Relation> readRelations(PreparedStatement query) throws SQLException {
        List<Relation> relations = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                relations.add(new Relation(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getString(4)));
            }
        }
        return relations;
    }

    /**
     * Writes a decision over the annotation's, as that row's next version; where it has none, at the decision's own
     * version (a decision put back as it was, by a restore or a redo) or else at a version no decision made here has
     * had: a decision made again after one was withdrawn must not take the version someone may still hold from
     * before, or their stale write would pass the check (decision 0032).
     */
    static void upsertDecision(Connection connection, ReviewDecision decision) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO review_decisions (annotation_id, reviewer_id, decision, decided_at, comment, version,
                                              changed_at, changed_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (annotation_id) DO UPDATE SET reviewer_id = excluded.reviewer_id,
                    decision = excluded.decision, decided_at = excluded.decided_at, comment = excluded.comment,
                    version = review_decisions.version + 1, changed_at = excluded.changed_at,
                    changed_by = excluded.changed_by""")) {
            upsert.setLong(1, decision.annotationId());
            upsert.setLong(2, decision.reviewerId());
            upsert.setString(3, decision.status().code());
            Times.set(upsert, 4, decision.decidedAt());
            upsert.setString(5, decision.comment());
            upsert.setLong(6, decision.version() > 0 ? decision.version() : unusedDecisionVersion(connection));
            Times.set(upsert, 7, decision.decidedAt());
            upsert.setLong(8, decision.reviewerId());
            upsert.executeUpdate();
        }
    }

    /**
     * One more than the audit log's last entry: every decision written here is audited, and a version grows by one
     * per audited write, so no decision made here ever had a version beyond the log's last id.
     */
    private static long unusedDecisionVersion(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT COALESCE(MAX(id), 0) + 1 FROM audit_log");
             ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * Records a reviewer's decision over the one at {@code readVersion} (0: none), audits it as {@code accepted} or
     * {@code rejected}, and returns it as stored.
     *
     * @throws ChangedSinceException if the annotation's decision is at another version now
     */
    static ReviewDecision decide(Connection connection, ReviewDecision decision, long readVersion, Instant now)
            throws SQLException {
        Annotation annotation = find(connection, decision.annotationId()).orElseThrow(
                () -> new ConflictException("annotation " + decision.annotationId() + " no longer exists"));
        requireDecisionVersion(connection, decision.annotationId(), readVersion);
        upsertDecision(connection, decision);
        AuditRows.append(connection, now, decision.reviewerId(), decision.status().code(), annotation.articleId(),
                uuidOf(connection, annotation.id()), decision.comment());
        return decisionOn(connection, decision.annotationId());
    }

    /**
     * Takes a decision back (to undo it), audited as {@code undecided}; returns what it was, or null.
     *
     * @throws ChangedSinceException if the decision is no longer at {@code readVersion}
     */
    static ReviewDecision withdrawDecision(Connection connection, long annotationId, long readVersion, long actorId,
                                           Instant now) throws SQLException {
        requireDecisionVersion(connection, annotationId, readVersion);
        ReviewDecision previous = decisionOn(connection, annotationId);
        if (previous == null) {
            return null;
        }
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM review_decisions WHERE annotation_id = ?")) {
            delete.setLong(1, annotationId);
            delete.executeUpdate();
        }
        Annotation annotation = find(connection, annotationId).orElseThrow();
        AuditRows.append(connection, now, actorId, "undecided", annotation.articleId(),
                uuidOf(connection, annotationId), "was " + previous.status().code());
        return previous;
    }

    /**
     * Refuses a decision made on {@code readVersion} of an annotation's decision that is at another version now,
     * naming who changed it: a decision there now by its row, one withdrawn since it was read by the audit log.
     */
    private static void requireDecisionVersion(Connection connection, long annotationId, long readVersion)
            throws SQLException {
        if (decisionOn(connection, annotationId) != null) {
            requireVersion(connection, "review_decisions", "annotation_id = ?", annotationId, readVersion);
            return;
        }
        if (readVersion == 0) {
            return;
        }
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT l.at, n.name FROM audit_log l JOIN annotators n ON n.id = l.actor_id
                WHERE l.annotation_uuid = ? AND l.action = 'undecided' ORDER BY l.id DESC LIMIT 1""")) {
            query.setString(1, uuidOf(connection, annotationId));
            try (ResultSet rows = query.executeQuery()) {
                boolean audited = rows.next();
                throw new ChangedSinceException("review_decisions", annotationId, audited ? rows.getString(2) : "?",
                        audited ? Times.get(rows, 1) : Instant.EPOCH);
            }
        }
    }

    static Map<Long, ReviewDecision> decisionsOf(Connection connection, long articleId) throws SQLException {
        Map<Long, ReviewDecision> decisions = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT d.annotation_id, d.reviewer_id, d.decision, d.decided_at, d.comment, d.version
                FROM review_decisions d JOIN annotations a ON a.id = d.annotation_id WHERE a.article_id = ?""")) {
            query.setLong(1, articleId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    decisions.put(rows.getLong(1), new ReviewDecision(rows.getLong(1), rows.getLong(2),
                            app.hamish.model.ReviewStatus.fromCode(rows.getString(3)), Times.get(rows, 4),
                            rows.getString(5), rows.getLong(6)));
                }
            }
        }
        return decisions;
    }

    static ReviewDecision decisionOn(Connection connection, long annotationId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT reviewer_id, decision, decided_at, comment, version FROM review_decisions
                WHERE annotation_id = ?""")) {
            query.setLong(1, annotationId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? new ReviewDecision(annotationId, rows.getLong(1),
                        app.hamish.model.ReviewStatus.fromCode(rows.getString(2)), Times.get(rows, 3),
                        rows.getString(4), rows.getLong(5)) : null;
            }
        }
    }

    private static void setNullableString(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }
}

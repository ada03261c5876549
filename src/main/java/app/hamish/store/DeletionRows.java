package app.hamish.store;

import app.hamish.model.Annotation;
import app.hamish.model.DeletedAnnotation;
import app.hamish.model.NewAnnotation;
import app.hamish.model.Relation;
import app.hamish.model.ReviewDecision;
import app.hamish.model.ReviewStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * SQL that deletes an annotation together with what hangs on it, and puts all of it back with the same ids and
 * times, so that undoing a deletion leaves no trace in the workspace or its exports.
 */
final class DeletionRows {
    private DeletionRows() {
    }

    /**
     * Deletes the annotation; the schema's ON DELETE CASCADE removes its relations, review decision and, of a gold
     * span, its provenance.
     *
     * @throws ChangedSinceException if the annotation is no longer at {@code readVersion}
     */
    static DeletedAnnotation delete(Connection connection, long annotationId, long readVersion, Audit audit)
            throws SQLException {
        Annotation annotation = AnnotationRows.find(connection, annotationId)
                .orElseThrow(() -> new ConflictException("annotation " + annotationId + " no longer exists"));
        AnnotationRows.requireVersion(connection, "annotations", "id = ?", annotationId, readVersion);
        DeletedAnnotation deleted = new DeletedAnnotation(annotation, AnnotationRows.uuidOf(connection, annotationId),
                relationsTouching(connection, annotationId), AnnotationRows.decisionOn(connection, annotationId),
                GoldRows.adjudicationOf(connection, annotationId));
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM annotations WHERE id = ?")) {
            delete.setLong(1, annotationId);
            delete.executeUpdate();
        }
        AuditRows.append(connection, audit.at(), audit.actorId(), audit.action(), annotation.articleId(),
                deleted.uuid(), AnnotationRows.describe(annotation));
        return deleted;
    }

    static void restore(Connection connection, LabelCatalog labels, DeletedAnnotation deleted, Audit audit)
            throws SQLException {
        Annotation annotation = deleted.annotation();
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO annotations (article_id, annotator_id, start_cp, end_cp, label_id, subtype, note,
                                         provenance, created_at, updated_at, id, uuid, version, changed_at,
                                         changed_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")) {
            AnnotationRows.setContent(insert, labels, new NewAnnotation(annotation.articleId(),
                    annotation.annotatorId(), annotation.span(), annotation.label(), annotation.subtype(),
                    annotation.note(), annotation.provenance()));
            Times.set(insert, 9, annotation.created());
            Times.set(insert, 10, annotation.updated());
            insert.setLong(11, annotation.id());
            insert.setString(12, deleted.uuid());
            // Back as it was when deleted, version and last change too: whoever read it then reads it again.
            insert.setLong(13, annotation.version());
            LastChange last = lastChange(connection, deleted.uuid(), annotation);
            Times.set(insert, 14, last.at());
            insert.setLong(15, last.by());
            if (insert.executeUpdate() != 1) {
                throw new ConflictException("annotation " + annotation.id()
                        + " cannot be put back: another annotation has its id");
            }
        }
        for (Relation relation : deleted.relations()) {
            restoreRelation(connection, relation);
        }
        if (deleted.decision() != null) {
            AnnotationRows.upsertDecision(connection, deleted.decision());
        }
        if (deleted.gold() != null) {
            GoldRows.writeAdjudication(connection, annotation.id(), deleted.gold());
        }
        AuditRows.append(connection, audit.at(), audit.actorId(), audit.action(), annotation.articleId(),
                deleted.uuid(), AnnotationRows.describe(annotation));
    }

    /** When, and by whom, an annotation was last changed. */
    private record LastChange(Instant at, long by) {
    }

    /**
     * The last change the audit log records for the annotation; every change of one is audited in its transaction,
     * so this is what its row held before it was deleted.
     */
    private static LastChange lastChange(Connection connection, String uuid, Annotation annotation)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT at, actor_id FROM audit_log WHERE annotation_uuid = ? AND action IN (%s)
                ORDER BY id DESC LIMIT 1""".formatted(AuditRows.CHANGES))) {
            query.setString(1, uuid);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? new LastChange(Times.get(rows, 1), rows.getLong(2))
                        : new LastChange(annotation.updated(), annotation.annotatorId());
            }
        }
    }

    static void deleteRelation(Connection connection, Relation relation, Audit audit) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM relations WHERE id = ?")) {
            delete.setLong(1, relation.id());
            if (delete.executeUpdate() != 1) {
                throw new ConflictException("relation " + relation.id() + " no longer exists");
            }
        }
        AnnotationRows.auditRelation(connection, relation, audit);
    }

    /** Refused when the relation's id was reused or its other end has been deleted since. */
    static void restoreRelation(Connection connection, Relation relation) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO relations (id, from_annotation_id, to_annotation_id, type)
                SELECT ?, ?, ?, ? WHERE (SELECT count(*) FROM annotations WHERE id IN (?, ?)) = 2
                ON CONFLICT DO NOTHING""")) {
            insert.setLong(1, relation.id());
            insert.setLong(2, relation.fromAnnotationId());
            insert.setLong(3, relation.toAnnotationId());
            insert.setString(4, relation.type());
            insert.setLong(5, relation.fromAnnotationId());
            insert.setLong(6, relation.toAnnotationId());
            if (insert.executeUpdate() != 1) {
                throw new ConflictException("relation " + relation.id()
                        + " cannot be put back: the workspace has changed since it was deleted");
            }
        }
    }

    private static List<Relation> relationsTouching(Connection connection, long annotationId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT id, from_annotation_id, to_annotation_id, type FROM relations
                WHERE from_annotation_id = ? OR to_annotation_id = ? ORDER BY id""")) {
            query.setLong(1, annotationId);
            query.setLong(2, annotationId);
            return AnnotationRows.readRelations(query);
        }
    }
}

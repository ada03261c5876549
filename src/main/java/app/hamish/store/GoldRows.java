package app.hamish.store;

import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.GoldAdjudication;
import app.hamish.model.GoldProvenance;
import app.hamish.model.NewAnnotation;
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
import java.util.TreeMap;

/** SQL for the gold layer's provenance: who adjudicated each gold span, and whose annotations it came from. */
final class GoldRows {
    private GoldRows() {
    }

    /**
     * Inserts a gold span with its provenance; {@code sources} maps each annotator who had it to their annotation.
     * A second gold span with the same span, label and subtype is refused by the schema's unique index.
     */
    static Annotation insert(KeptStatements kept, Connection connection, LabelCatalog labels, NewAnnotation gold,
                             Long id, long adjudicatorId, Map<Long, Long> sources, Instant now) throws SQLException {
        if (gold.annotatorId() != Annotator.GOLD_ID) {
            throw new IllegalArgumentException("a gold span belongs to the gold layer");
        }
        Annotation inserted = AnnotationRows.insert(kept, connection, labels, List.of(gold), now, adjudicatorId,
                "accepted_into_gold").getFirst();
        Annotation stored = id == null ? inserted : withId(connection, inserted, id);
        List<GoldAdjudication.Source> had = new ArrayList<>();
        sources.forEach((annotator, annotation) -> had.add(new GoldAdjudication.Source(annotator, annotation)));
        writeAdjudication(connection, stored.id(), new GoldAdjudication(adjudicatorId, stored.created(), had));
        return stored;
    }

    /** The stored provenance of a gold span, null for an annotation that is none. */
    static GoldAdjudication adjudicationOf(Connection connection, long annotationId) throws SQLException {
        long adjudicator;
        Instant at;
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT adjudicator_id, adjudicated_at FROM gold_adjudications WHERE annotation_id = ?")) {
            query.setLong(1, annotationId);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return null;
                }
                adjudicator = rows.getLong(1);
                at = Times.get(rows, 2);
            }
        }
        List<GoldAdjudication.Source> sources = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT annotator_id, source_annotation_id"
                + " FROM gold_sources WHERE annotation_id = ? ORDER BY annotator_id")) {
            query.setLong(1, annotationId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    long source = rows.getLong(2);
                    sources.add(new GoldAdjudication.Source(rows.getLong(1), rows.wasNull() ? null : source));
                }
            }
        }
        return new GoldAdjudication(adjudicator, at, sources);
    }

    /**
     * Writes a gold span's provenance, new or as a deletion kept it; a source annotation deleted meanwhile is named
     * by its annotator only, as that deletion would have left it.
     */
    static void writeAdjudication(Connection connection, long annotationId, GoldAdjudication gold)
            throws SQLException {
        try (PreparedStatement adjudication = connection.prepareStatement("INSERT INTO gold_adjudications"
                + " (annotation_id, adjudicator_id, adjudicated_at) VALUES (?, ?, ?)")) {
            adjudication.setLong(1, annotationId);
            adjudication.setLong(2, gold.adjudicatorId());
            Times.set(adjudication, 3, gold.adjudicatedAt());
            adjudication.executeUpdate();
        }
        try (PreparedStatement source = connection.prepareStatement("INSERT INTO gold_sources"
                + " (annotation_id, annotator_id, source_annotation_id)"
                + " VALUES (?, ?, (SELECT id FROM annotations WHERE id = ?))")) {
            for (GoldAdjudication.Source had : gold.sources()) {
                source.setLong(1, annotationId);
                source.setLong(2, had.annotatorId());
                source.setObject(3, had.annotationId(), Types.BIGINT);
                source.addBatch();
            }
            source.executeBatch();
        }
    }

    /** Moves a just-inserted gold span, which nothing refers to yet, to the id it had before. */
    private static Annotation withId(Connection connection, Annotation inserted, long id) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE annotations SET id = ? WHERE id = ?")) {
            update.setLong(1, id);
            update.setLong(2, inserted.id());
            update.executeUpdate();
        }
        return new Annotation(id, inserted.articleId(), inserted.annotatorId(), inserted.span(), inserted.label(),
                inserted.subtype(), inserted.note(), inserted.provenance(), inserted.created(), inserted.updated());
    }

    /** The provenance of an article's gold spans, by gold annotation id. */
    static Map<Long, GoldProvenance> ofArticle(Connection connection, long articleId) throws SQLException {
        return of(connection, "a.article_id = ?", articleId);
    }

    /** The provenance of the gold spans that name this annotation as one they came from, by gold annotation id. */
    static Map<Long, GoldProvenance> from(Connection connection, long sourceAnnotationId) throws SQLException {
        return of(connection, "a.id IN (SELECT annotation_id FROM gold_sources WHERE source_annotation_id = ?)",
                sourceAnnotationId);
    }

    /** @param where selects the gold annotations {@code a} by {@code key} */
    private static Map<Long, GoldProvenance> of(Connection connection, String where, long key) throws SQLException {
        Map<Long, String> adjudicators = new HashMap<>();
        Map<Long, Instant> times = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT g.annotation_id, r.name, g.adjudicated_at
                FROM gold_adjudications g JOIN annotations a ON a.id = g.annotation_id
                     JOIN annotators r ON r.id = g.adjudicator_id
                WHERE\s""" + where)) {
            query.setLong(1, key);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    adjudicators.put(rows.getLong(1), rows.getString(2));
                    times.put(rows.getLong(1), Times.get(rows, 3));
                }
            }
        }
        Map<Long, TreeMap<String, Long>> sources = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT s.annotation_id, n.name, s.source_annotation_id
                FROM gold_sources s JOIN annotations a ON a.id = s.annotation_id
                     JOIN annotators n ON n.id = s.annotator_id
                WHERE\s""" + where)) {
            query.setLong(1, key);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    long source = rows.getLong(3);
                    Long existing = rows.wasNull() ? null : source;
                    sources.computeIfAbsent(rows.getLong(1), id -> new TreeMap<>()).put(rows.getString(2), existing);
                }
            }
        }
        Map<Long, GoldProvenance> provenance = new HashMap<>();
        for (Map.Entry<Long, String> adjudicated : adjudicators.entrySet()) {
            TreeMap<String, Long> had = sources.getOrDefault(adjudicated.getKey(), new TreeMap<>());
            Map<String, Long> existing = new HashMap<>();
            had.forEach((name, id) -> {
                if (id != null) {
                    existing.put(name, id);
                }
            });
            provenance.put(adjudicated.getKey(), new GoldProvenance(adjudicated.getKey(),
                    new ArrayList<>(had.keySet()), existing, adjudicated.getValue(), times.get(adjudicated.getKey())));
        }
        return provenance;
    }
}

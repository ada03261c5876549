package app.hamish.store;

import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.ArticleExport;
import app.hamish.model.ExportFilter;
import app.hamish.model.ExportedAnnotation;
import app.hamish.model.GoldProvenance;
import app.hamish.model.Relation;
import app.hamish.model.ReviewStatus;
import app.hamish.model.Span;
import app.hamish.model.WorkflowState;
import app.hamish.model.WorkspaceStats;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Reads everything an export needs in three ordered scans (articles, annotations, relations) merged by article
 * id, so memory holds one article at a time however large the workspace: each scan brings its rows in batches.
 */
final class ExportReader {
    /** Rows a scan brings at a time from a server: one round trip per batch, one batch in memory. */
    private static final int BATCH = 2_000;

    private ExportReader() {
    }

    static void stream(Connection connection, ExportFilter filter, Consumer<ArticleExport> sink) throws SQLException {
        List<PreparedStatement> scans = scans(connection, filter);
        try (PreparedStatement articles = scans.get(0);
             PreparedStatement annotations = scans.get(1);
             PreparedStatement relations = scans.get(2);
             ResultSet articleRows = articles.executeQuery();
             ResultSet annotationRows = annotations.executeQuery();
             ResultSet relationRows = relations.executeQuery()) {
            Map<Long, String> labelNames = names(connection, "labels");
            Map<Long, String> annotatorNames = names(connection, "annotators");
            ExportedAnnotationRow annotation = next(annotationRows);
            boolean moreRelations = relationRows.next();
            while (articleRows.next()) {
                Article article = ArticleRows.readStored(articleRows);
                long articleId = article.id();
                List<ExportedAnnotation> spans = new ArrayList<>();
                Map<Long, GoldProvenance> provenance = filter.goldOnly() ? GoldRows.ofArticle(connection, articleId)
                        : Map.of();
                while (annotation != null && annotation.articleId <= articleId) {
                    if (annotation.articleId == articleId) {
                        spans.add(exported(annotation, labelNames, annotatorNames, provenance));
                    }
                    annotation = next(annotationRows);
                }
                List<Relation> links = new ArrayList<>();
                while (moreRelations && relationRows.getLong(5) <= articleId) {
                    if (relationRows.getLong(5) == articleId) {
                        links.add(new Relation(relationRows.getLong(1), relationRows.getLong(2),
                                relationRows.getLong(3), relationRows.getString(4)));
                    }
                    moreRelations = relationRows.next();
                }
                sink.accept(new ArticleExport(article, spans, linksBetween(spans, links)));
            }
        }
    }

    /**
     * The three scans an export reads, each in article order, prepared: articles, annotations with their review
     * outcome, relations. The bench's limit for an export reads the same ones (decision 0037).
     */
    static List<PreparedStatement> scans(Connection connection, ExportFilter filter) throws SQLException {
        List<Object> articleParameters = new ArrayList<>();
        String articleWhere = in("external_id", filter.articleIds(), articleParameters)
                // Gold holds reviewed articles only: an unreviewed one with no spans would teach "nothing here".
                + (filter.goldOnly() ? " AND id IN (SELECT article_id FROM article_states WHERE state = 'signed_off')"
                : "");
        List<Object> annotationParameters = new ArrayList<>();
        String annotationWhere = annotationConditions(filter, annotationParameters);
        List<PreparedStatement> scans = new ArrayList<>(3);
        try {
            scans.add(prepare(connection,
                    "SELECT " + ArticleRows.COLUMNS + " FROM articles WHERE " + articleWhere + " ORDER BY id",
                    articleParameters));
            // The span a gold copy and its source share is joined from gold_sources' own rows, which are few, rather
            // than looked up for each of a million annotations.
            scans.add(prepare(connection, """
                    SELECT %s
                    FROM annotations a LEFT JOIN review_decisions d ON d.annotation_id = a.id
                         LEFT JOIN article_states s ON s.article_id = a.article_id AND s.annotator_id = a.annotator_id
                         LEFT JOIN gold_adjudications g ON g.annotation_id = a.id
                         LEFT JOIN (SELECT l.annotation_id AS id, o.start_cp, o.end_cp
                                    FROM (SELECT annotation_id, min(source_annotation_id) AS linked FROM gold_sources
                                          GROUP BY annotation_id) l
                                         JOIN annotations o ON o.id = l.linked) source ON source.id = a.id
                         LEFT JOIN (SELECT l.source_annotation_id AS id, o.start_cp, o.end_cp
                                    FROM (SELECT source_annotation_id, max(annotation_id) AS linked FROM gold_sources
                                          GROUP BY source_annotation_id) l
                                         JOIN annotations o ON o.id = l.linked) copy ON copy.id = a.id
                    """.formatted(ExportedAnnotationRow.VALUE) + " WHERE " + annotationWhere
                    + " ORDER BY a.article_id, a.start_cp, a.end_cp, a.id",
                    annotationParameters));
            scans.add(prepare(connection, """
                    SELECT r.id, r.from_annotation_id, r.to_annotation_id, r.type, a.article_id
                    FROM relations r JOIN annotations a ON a.id = r.from_annotation_id
                    ORDER BY a.article_id, r.id""", List.of()));
            return scans;
        } catch (SQLException | RuntimeException e) {
            for (PreparedStatement scan : scans) {
                try {
                    scan.close();
                } catch (SQLException closeFailure) {
                    e.addSuppressed(closeFailure);
                }
            }
            throw e;
        }
    }

    /** Relations are exported only when both ends are among the exported spans. */
    private static List<Relation> linksBetween(List<ExportedAnnotation> spans, List<Relation> links) {
        if (links.isEmpty()) {
            return links;
        }
        Set<Long> exported = new HashSet<>();
        spans.forEach(span -> exported.add(span.id()));
        return links.stream()
                .filter(link -> exported.contains(link.fromAnnotationId()) && exported.contains(link.toAnnotationId()))
                .toList();
    }

    /** The scan's next annotation, or null after its last: one column read, however many it joins. */
    private static ExportedAnnotationRow next(ResultSet annotationRows) throws SQLException {
        return annotationRows.next() ? new ExportedAnnotationRow(annotationRows.getBytes(1)) : null;
    }

    /** Names are mapped in memory: joining them into a million rows costs more than the rows themselves. */
    private static ExportedAnnotation exported(ExportedAnnotationRow row, Map<Long, String> labels,
                                               Map<Long, String> annotators,
                                               Map<Long, GoldProvenance> provenance) {
        ReviewStatus status = ReviewStatus.PENDING;
        String reviewer = null;
        Instant decidedAt = null;
        String comment = "";
        // A decision made before the annotation's last change no longer holds: it is pending again.
        if (row.decision != null && row.decidedAt >= row.updatedAt) {
            status = row.decision;
            reviewer = annotators.get(row.reviewerId);
            decidedAt = Instant.ofEpochMilli(row.decidedAt);
            comment = row.comment;
        }
        Span span = new Span(row.start, row.end);
        Span linked = row.linkedStart == null ? null : new Span(row.linkedStart, row.linkedEnd);
        Instant created = Instant.ofEpochMilli(row.createdAt);
        if (row.annotatorId == Annotator.GOLD_ID) {
            // A gold span is the reviewers' answer: accepted by its adjudicator, when it was copied into gold.
            GoldProvenance gold = provenance.get(row.id);
            String adjudicator = row.adjudicatorId == null ? null : annotators.get(row.adjudicatorId);
            return new ExportedAnnotation(row.id, span, labels.get(row.labelId), row.subtype, row.note,
                    annotators.get(row.annotatorId), created, ReviewStatus.ACCEPTED, adjudicator,
                    adjudicator == null ? null : Instant.ofEpochMilli(row.adjudicatedAt), "", null, linked, span,
                    gold == null ? List.of() : gold.annotators(), adjudicator);
        }
        return new ExportedAnnotation(row.id, span, labels.get(row.labelId), row.subtype, row.note,
                annotators.get(row.annotatorId), created, status, reviewer, decidedAt, comment,
                row.state == null ? WorkflowState.NEW : row.state, span, linked, List.of(),
                null);
    }

    private static Map<Long, String> names(Connection connection, String table) throws SQLException {
        Map<Long, String> names = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT id, name FROM " + table);
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                names.put(rows.getLong(1), rows.getString(2));
            }
        }
        return names;
    }

    private static String annotationConditions(ExportFilter filter, List<Object> parameters) {
        List<String> conditions = new ArrayList<>(List.of("TRUE"));
        if (!filter.labels().isEmpty()) {
            conditions.add("a.label_id IN (SELECT id FROM labels WHERE " + in("name", filter.labels(), parameters)
                    + ")");
        }
        if (!filter.annotators().isEmpty()) {
            // A gold span is an annotator's when they had it.
            conditions.add((filter.goldOnly() ? "a.id IN (SELECT annotation_id FROM gold_sources WHERE annotator_id"
                    : "a.annotator_id") + " IN (SELECT id FROM annotators WHERE "
                    + in("name", filter.annotators(), parameters) + ")" + (filter.goldOnly() ? ")" : ""));
        }
        // Every gold span is accepted: a status chooses among the annotators' annotations.
        if (!filter.statuses().isEmpty() && !filter.goldOnly()) {
            List<String> decided = filter.statuses().stream()
                    .filter(status -> status != ReviewStatus.PENDING).map(ReviewStatus::code).toList();
            String decidedCondition = decided.isEmpty() ? "FALSE"
                    : "(" + in("d.decision", decided, parameters) + " AND d.decided_at >= a.updated_at)";
            conditions.add(filter.statuses().contains(ReviewStatus.PENDING)
                    ? "(d.decision IS NULL OR d.decided_at < a.updated_at OR " + decidedCondition + ")"
                    : decidedCondition);
        }
        // Gold is the gold layer (decision 0027); every other export is the annotators' layers.
        conditions.add("a.annotator_id " + (filter.goldOnly() ? "=" : "<>") + " " + Annotator.GOLD_ID);
        if (!filter.articleIds().isEmpty()) {
            conditions.add("a.article_id IN (SELECT id FROM articles WHERE "
                    + in("external_id", filter.articleIds(), parameters) + ")");
        }
        return String.join(" AND ", conditions);
    }

    private static String in(String column, Collection<String> values, List<Object> parameters) {
        if (values.isEmpty()) {
            return "TRUE";
        }
        parameters.addAll(values);
        return column + " IN (" + String.join(", ", java.util.Collections.nCopies(values.size(), "?")) + ")";
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setFetchSize(BATCH);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement;
    }

    static WorkspaceStats stats(Connection connection) throws SQLException {
        int articles;
        long annotations;
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM annotations)");
             ResultSet rows = query.executeQuery()) {
            rows.next();
            articles = rows.getInt(1);
            annotations = rows.getLong(2);
        }
        return new WorkspaceStats(articles, annotations,
                counts(connection, "SELECT l.name, count(a.id) FROM labels l"
                        + " LEFT JOIN annotations a ON a.label_id = l.id GROUP BY l.id"),
                counts(connection, "SELECT an.name, count(*) FROM annotations a"
                        + " JOIN annotators an ON an.id = a.annotator_id GROUP BY an.id"));
    }

    private static TreeMap<String, Long> counts(Connection connection, String sql) throws SQLException {
        TreeMap<String, Long> counts = new TreeMap<>();
        try (PreparedStatement query = connection.prepareStatement(sql);
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counts;
    }
}

package app.hamish.store;

import app.hamish.model.ArticleText;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Brings another workspace file into this workspace, on either engine, in one transaction of this workspace: the
 * rules are written once, as SQL that reads the other file through a read-only connection of its own and writes
 * here through this store's (so {@code push} to a server is this merge; decision 0028). Everything is matched by
 * stable identity (annotator and annotation uuids, article id with its text's SHA-256, audit entry uuids), so a
 * second merge of the same file finds nothing new. Of a row both sides have (an annotation, a decision, a layer's
 * state), the later change wins (later time, then higher version); the change that lost is kept in the audit log,
 * and a row both sides changed is named in the report as a conflict. Decisions and sign-offs by reviewers this
 * workspace does not list come in as submitted work, or not at all. Two annotators of the same name created on
 * different machines are different people's work and become separate layers ({@code mona (from laptop-b)}).
 */
final class WorkspaceMerge {
    /** The states only a reviewer moves a layer to. */
    private static final Set<String> REVIEWER_STATES = Set.of("in_review", "returned", "signed_off");
    /** The states a layer is in before its annotator submits it. */
    private static final Set<String> BEFORE_SUBMISSION = Set.of("new", "in_progress");

    private final Database database;
    private final Path location;
    private final LabelCatalog labels;
    /** The receiving engine's search index, which a new article joins (or waits for) in the merge's transaction. */
    private final SearchIndexing search;
    private final LongSupplier actor;
    private final Duration deadline;
    private final Instant now;
    private final Map<Long, Long> annotators = new HashMap<>();
    private final Map<Long, Long> articles = new HashMap<>();
    private final Map<Long, Long> annotations = new HashMap<>();
    private final Set<Long> reviewers = new HashSet<>();
    private final List<Runnable> afterCommit = new ArrayList<>();
    private final List<String> conflicts = new ArrayList<>();
    private final List<String> unlistedReviewers = new ArrayList<>();
    private Map<String, Deletion> ourDeletions;
    private Map<String, Deletion> theirDeletions;
    private long actorId;
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
    private int changedAnnotations;
    private int changedDecisions;
    private int changedStates;

    /**
     * @param location this workspace's file, which cannot be merged into itself; null for a server's
     * @param deadline how long checking the other file may take before it is refused
     */
    WorkspaceMerge(Database database, Path location, LabelCatalog labels, SearchIndexing search, LongSupplier actor,
                   Instant now, Duration deadline) {
        this.database = database;
        this.location = location;
        this.labels = labels;
        this.search = search;
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
            // A folder or a pipe is there, but it is not what was meant: say so rather than that nothing is.
            throw new ConflictException(!Files.exists(source) ? "There is no workspace at " + source + "."
                    : source + " is " + (Files.isDirectory(source) ? "a folder" : "not a regular file (a pipe, device"
                    + " or socket)") + ", not a workspace; nothing was merged.");
        }
        MergeSource.check(source, deadline, now);
        try (Connection from = MergeSource.connect(source)) {
            MergeReport report = database.write("merge " + source, connection -> {
                mergeAll(from, connection, source);
                return new MergeReport(newArticles, newAnnotators, newAnnotations, newRelations, newDecisions,
                        newStates, newRejections, newAudit, keptDecisions, keptStates, changedAnnotations,
                        changedDecisions, changedStates, conflicts, unlistedReviewers);
            });
            afterCommit.forEach(Runnable::run);
            return report;
        } catch (SQLException e) {
            throw new ConflictException(source + " cannot be opened for merging (" + e.getMessage()
                    + "); nothing was merged.");
        }
    }

    private void mergeAll(Connection from, Connection connection, Path source) throws SQLException {
        actorId = actor.getAsLong();
        String origin = source.getFileName().toString().replaceFirst("\\.db$", "");
        readReviewers(connection);
        mergeAnnotators(from, connection, origin);
        mergeLabels(from, connection);
        mergeArticles(from, connection, source);
        // Read before the other side's audit entries join this log, so that each side's deletions stay its own.
        ourDeletions = deletions(connection, false);
        theirDeletions = deletions(from, true);
        mergeAudit(from, connection);
        mergeAnnotations(from, connection);
        mergeDeletions(connection);
        mergeRelations(from, connection);
        mergeGold(from, connection);
        mergeDecisions(from, connection);
        mergeStates(from, connection);
        mergeRejections(from, connection);
        if (newArticles + newAnnotators + newAnnotations + newRelations + newDecisions + newStates + newRejections
                + newAudit + changedAnnotations + changedDecisions + changedStates > 0) {
            AuditRows.append(connection, now, actorId, "merged", null, null, "%s: %d articles, %d annotators, "
                    .formatted(source, newArticles, newAnnotators) + "%d annotations, %d decisions, %d changed, %d conflicts"
                    .formatted(newAnnotations, newDecisions, changedAnnotations + changedDecisions + changedStates,
                            conflicts.size()));
        }
    }

    private void readReviewers(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT annotator_id FROM reviewers");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                reviewers.add(rows.getLong(1));
            }
        }
    }

    private void mergeAnnotators(Connection from, Connection connection, String origin) throws SQLException {
        try (PreparedStatement query = from.prepareStatement("SELECT id, name, role, uuid FROM annotators");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                Long local = longOrNull(connection, "SELECT id FROM annotators WHERE uuid = ?", rows.getString(4));
                if (local == null) {
                    String name = freeName(connection, rows.getString(2), origin);
                    local = insertReturningId(connection, "INSERT INTO annotators (name, role, uuid) VALUES (?, ?, ?)"
                            + " RETURNING id", name, rows.getString(3), rows.getString(4));
                    newAnnotators++;
                }
                annotators.put(rows.getLong(1), local);
            }
        }
    }

    private static String freeName(Connection connection, String name, String origin) throws SQLException {
        String candidate = name;
        for (int n = 1; longOrNull(connection, "SELECT id FROM annotators WHERE name = ?", candidate) != null;
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

    private void mergeLabels(Connection from, Connection connection) throws SQLException {
        Map<String, Label> known = new HashMap<>();
        labels.labels().forEach(label -> known.put(label.name(), label));
        try (PreparedStatement query = from.prepareStatement(
                "SELECT id, name, colour, hotkey FROM labels ORDER BY position");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                if (!known.containsKey(rows.getString(2))) {
                    List<String> subtypes = strings(from,
                            "SELECT name FROM label_subtypes WHERE label_id = ? ORDER BY position", rows.getLong(1));
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

    private void mergeArticles(Connection from, Connection connection, Path source) throws SQLException {
        try (PreparedStatement query = from.prepareStatement(
                "SELECT id, external_id, title, source_name, text, sha256, direction, meta, imported_at"
                        + " FROM articles ORDER BY id");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String externalId = rows.getString(2);
                String sha = rows.getString(6);
                Long sameId = longOrNull(connection, "SELECT id FROM articles WHERE external_id = ?", externalId);
                if (sameId != null) {
                    String localSha = strings(connection, "SELECT sha256 FROM articles WHERE id = ?", sameId)
                            .getFirst();
                    if (!localSha.equals(sha)) {
                        throw new ConflictException("Article '" + externalId + "' has different text in " + source
                                + " than here; nothing was merged. Rename one of them and merge again.");
                    }
                    articles.put(rows.getLong(1), sameId);
                    continue;
                }
                Long sameText = longOrNull(connection, "SELECT id FROM articles WHERE sha256 = ?", sha);
                if (sameText != null) {
                    articles.put(rows.getLong(1), sameText);
                    continue;
                }
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO articles (external_id, title, source_name, text, sha256, direction, meta,"
                                + " imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
                    for (int column = 2; column <= 9; column++) {
                        insert.setObject(column - 1, rows.getObject(column));
                    }
                    try (ResultSet key = insert.executeQuery()) {
                        key.next();
                        articles.put(rows.getLong(1), key.getLong(1));
                        search.index(connection, key.getLong(1), ArticleText.of(rows.getString(5)));
                    }
                }
                newArticles++;
            }
        }
    }

    /** A row's last change: its version, when (ms) and by whom (an annotator id here). */
    private record Change(long version, long at, long by) {
        /** Whether this change is later than {@code other}: made later, or at the same time with a higher version. */
        boolean laterThan(Change other) {
            return at != other.at ? at > other.at : version > other.version;
        }

        /** The version a row takes when this change wins over {@code other}: higher than both have had. */
        long versionOver(Change other) {
            return version > other.version ? version : other.version + 1;
        }
    }

    private Change change(ResultSet rows, int first, long fallbackBy, boolean other) throws SQLException {
        long by = rows.getLong(first + 2);
        if (rows.wasNull()) {
            by = fallbackBy;
        } else if (other) {
            by = annotators.get(by);
        }
        return new Change(rows.getLong(first), rows.getLong(first + 1), by);
    }

    /** How the report and the audit log name a change: {@code mona at 2026-11-30T07:12:00Z}. */
    private String describe(Connection connection, Change change) throws SQLException {
        return nameOf(connection, change.by()) + " at " + Instant.ofEpochMilli(change.at());
    }

    /**
     * Records, after the later change of a row both sides have won, which change lost, so that the audit log holds
     * every version; and names it in the report when both sides had changed it (the winner's version no higher than
     * the loser's: neither side had seen the other's change).
     */
    private void lost(Connection connection, String what, Long articleId, String annotationUuid, String winner,
                      Change won, String loser, Change lost) throws SQLException {
        boolean conflict = won.version() <= lost.version();
        String details = what + ": " + winner + " (" + describe(connection, won) + ") over " + loser + " ("
                + describe(connection, lost) + ")";
        AuditRows.append(connection, now, actorId, conflict ? "merge_conflict" : "merged_change", articleId,
                annotationUuid, details);
        if (conflict) {
            conflicts.add(details);
        }
    }

    private static String content(ResultSet rows, int first) throws SQLException {
        String note = rows.getString(first + 4);
        return spanOf(rows, first) + (note.isEmpty() ? "" : " \"" + note + "\"");
    }

    /** What makes a gold answer one (decision 0027), worded as the audit log words it: {@code ENTITY/person [4,9)}. */
    private static String spanOf(ResultSet rows, int first) throws SQLException {
        String subtype = rows.getString(first + 3);
        return rows.getString(first + 2) + (subtype == null ? "" : "/" + subtype) + " [" + rows.getInt(first) + ","
                + rows.getInt(first + 1) + ")";
    }

    private void mergeAnnotations(Connection from, Connection connection) throws SQLException {
        try (PreparedStatement query = from.prepareStatement("""
                SELECT a.id, a.article_id, a.annotator_id, a.start_cp, a.end_cp, l.name, a.subtype, a.note,
                       a.provenance, a.created_at, a.updated_at, a.uuid, a.version, a.changed_at, a.changed_by
                FROM annotations a JOIN labels l ON l.id = a.label_id ORDER BY a.id""");
             PreparedStatement local = connection.prepareStatement("""
                SELECT a.id, a.start_cp, a.end_cp, l.name, a.subtype, a.note, a.version, a.changed_at, a.changed_by,
                       a.article_id, a.annotator_id
                FROM annotations a JOIN labels l ON l.id = a.label_id WHERE a.uuid = ?""");
             PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO annotations (article_id, annotator_id, start_cp, end_cp, label_id, subtype, note,
                                         provenance, created_at, updated_at, uuid, version, changed_at, changed_by)
                VALUES (?, ?, ?, ?, (SELECT id FROM labels WHERE name = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?)
                RETURNING id""");
             PreparedStatement update = connection.prepareStatement("""
                UPDATE annotations SET start_cp = ?, end_cp = ?, label_id = (SELECT id FROM labels WHERE name = ?),
                                       subtype = ?, note = ?, updated_at = ?, version = ?, changed_at = ?,
                                       changed_by = ?
                WHERE id = ?""");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String uuid = rows.getString(12);
                long owner = annotators.get(rows.getLong(3));
                if (owner == Annotator.GOLD_ID && !adjudicatedByAListedReviewer(from, rows)) {
                    continue;
                }
                Change theirs = change(rows, 13, owner, true);
                local.setString(1, uuid);
                try (ResultSet here = local.executeQuery()) {
                    if (!here.next()) {
                        Long sameGold = owner == Annotator.GOLD_ID ? sameGoldSpan(connection, rows) : null;
                        if (sameGold != null) {
                            annotations.put(rows.getLong(1), sameGold);
                            continue;
                        }
                        if (!outlivesOurDeletion(connection, uuid, owner == Annotator.GOLD_ID, theirs, rows)) {
                            continue;
                        }
                        insert.setLong(1, articles.get(rows.getLong(2)));
                        insert.setLong(2, owner);
                        for (int column = 4; column <= 14; column++) {
                            insert.setObject(column - 1, rows.getObject(column));
                        }
                        insert.setLong(14, theirs.by());
                        try (ResultSet key = insert.executeQuery()) {
                            key.next();
                            annotations.put(rows.getLong(1), key.getLong(1));
                        }
                        newAnnotations++;
                        continue;
                    }
                    long id = here.getLong(1);
                    annotations.put(rows.getLong(1), id);
                    Change ours = change(here, 7, here.getLong(11), false);
                    String theirContent = content(rows, 4);
                    String ourContent = content(here, 2);
                    if (theirContent.equals(ourContent)) {
                        continue;
                    }
                    long article = here.getLong(10);
                    if (theirs.laterThan(ours)) {
                        update.setInt(1, rows.getInt(4));
                        update.setInt(2, rows.getInt(5));
                        update.setString(3, rows.getString(6));
                        update.setString(4, rows.getString(7));
                        update.setString(5, rows.getString(8));
                        update.setLong(6, rows.getLong(11));
                        update.setLong(7, theirs.versionOver(ours));
                        update.setLong(8, theirs.at());
                        update.setLong(9, theirs.by());
                        update.setLong(10, id);
                        update.executeUpdate();
                        changedAnnotations++;
                        lost(connection, "annotation", article, uuid, theirContent, theirs, ourContent, ours);
                    } else if (theirs.version() >= ours.version()) {
                        lost(connection, "annotation", article, uuid, ourContent, ours, theirContent, theirs);
                    }
                }
            }
        }
    }

    /**
     * An annotation's last deletion as an audit log records it: when (ms), by whom (an annotator id here), in which
     * article (here), and, of a gold copy, what it held as the log words it (else null).
     */
    private record Deletion(long at, long by, Long article, String gold) {
        Change asChange() {
            return new Change(0, at, by);
        }

        /** Whether this deleted gold copy was the gold answer {@code span} (label, subtype, span) in the article. */
        boolean ofGold(long inArticle, String span) {
            return gold != null && article != null && article == inArticle
                    && (gold.equals(span) || gold.startsWith(span + " \""));
        }
    }

    /**
     * The annotations a side deleted and does not hold (an undone deletion put the row back), by uuid, each with its
     * last deletion: a gold copy removed by a rejection is deleted the same way.
     */
    private Map<String, Deletion> deletions(Connection side, boolean other) throws SQLException {
        // One pass for the gold copies: the log has no index by annotation, so no lookup per deletion.
        Set<String> goldCopies = new HashSet<>(strings(side,
                "SELECT annotation_uuid FROM audit_log WHERE action = 'accepted_into_gold'"));
        Map<String, Deletion> found = new LinkedHashMap<>();
        try (PreparedStatement query = side.prepareStatement("""
                SELECT l.annotation_uuid, l.at, l.actor_id, l.article_id, l.details
                FROM audit_log l
                WHERE l.action = 'deleted' AND l.annotation_uuid IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM annotations a WHERE a.uuid = l.annotation_uuid)
                ORDER BY l.id""");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                long by = rows.getLong(3);
                long article = rows.getLong(4);
                Long here = rows.wasNull() ? null : other ? articles.get(article) : Long.valueOf(article);
                found.put(rows.getString(1), new Deletion(rows.getLong(2), other ? annotators.get(by) : by, here,
                        goldCopies.contains(rows.getString(1)) ? rows.getString(5) : null));
            }
        }
        return found;
    }

    /**
     * Whether the other side's annotation, which this side does not hold, may come in: not if this side deleted it
     * (of a gold copy: deleted this gold answer, whichever copy it was) and the other has not changed it since;
     * changed after the deletion, the later change wins and the report says so.
     */
    private boolean outlivesOurDeletion(Connection connection, String uuid, boolean gold, Change theirs,
                                        ResultSet other) throws SQLException {
        long article = articles.get(other.getLong(2));
        Deletion deleted = ourDeletions.get(uuid);
        if (deleted == null && gold) {
            String span = spanOf(other, 4);
            deleted = ourDeletions.values().stream().filter(deletion -> deletion.ofGold(article, span))
                    .reduce((earlier, later) -> later).orElse(null);
        }
        if (deleted == null) {
            return true;
        }
        String theirContent = content(other, 4);
        if (theirs.at() <= deleted.at()) {
            return false;
        }
        conflict(connection, article, uuid, "annotation: " + theirContent + " (" + describe(connection, theirs)
                + ") over its deletion here (" + describe(connection, deleted.asChange()) + "): brought back");
        return true;
    }

    /**
     * Deletes here what the other side deleted, with its relations, decision and gold provenance (the schema's
     * cascades, as the store's own deletion), where the deletion is later than this side's last change of the row;
     * otherwise the row stays and the report names the conflict.
     */
    private void mergeDeletions(Connection connection) throws SQLException {
        try (PreparedStatement local = connection.prepareStatement("""
                SELECT a.id, a.start_cp, a.end_cp, l.name, a.subtype, a.note, a.version, a.changed_at, a.changed_by,
                       a.article_id, a.annotator_id, a.uuid
                FROM annotations a JOIN labels l ON l.id = a.label_id WHERE a.uuid = ?""");
             PreparedStatement delete = connection.prepareStatement("DELETE FROM annotations WHERE id = ?")) {
            for (Map.Entry<String, Deletion> deletion : theirDeletions.entrySet()) {
                String uuid = deletion.getKey();
                boolean held = longOrNull(connection, "SELECT id FROM annotations WHERE uuid = ?", uuid) != null;
                local.setString(1, held ? uuid : goldCopyHere(connection, deletion.getValue()).orElse(uuid));
                try (ResultSet here = local.executeQuery()) {
                    if (!here.next()) {
                        continue;
                    }
                    uuid = here.getString(12);
                    Change ours = change(here, 7, here.getLong(11), false);
                    Change deleted = deletion.getValue().asChange();
                    long article = here.getLong(10);
                    if (deleted.at() > ours.at()) {
                        delete.setLong(1, here.getLong(1));
                        delete.executeUpdate();
                        changedAnnotations++;
                        AuditRows.append(connection, now, actorId, "merged_deletion", article, uuid, "annotation: "
                                + content(here, 2) + " deleted (" + describe(connection, deleted) + ") over ("
                                + describe(connection, ours) + ")");
                    } else {
                        conflict(connection, article, uuid, "annotation: " + content(here, 2) + " ("
                                + describe(connection, ours) + ") over its deletion there ("
                                + describe(connection, deleted) + ")");
                    }
                }
            }
        }
    }

    /**
     * The uuid of this side's copy of a gold answer the other side deleted under another uuid: gold holds one copy of
     * each answer (decision 0027), so a merge may have matched the two copies by span. None where the other side's
     * gold still has the answer (a copy this merge matched), or this side holds none.
     */
    private Optional<String> goldCopyHere(Connection connection, Deletion deletion) throws SQLException {
        if (deletion.gold() == null || deletion.article() == null) {
            return Optional.empty();
        }
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT a.id, a.uuid, a.start_cp, a.end_cp, l.name, a.subtype
                FROM annotations a JOIN labels l ON l.id = a.label_id
                WHERE a.annotator_id = ? AND a.article_id = ?""")) {
            query.setLong(1, Annotator.GOLD_ID);
            query.setLong(2, deletion.article());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    if (deletion.ofGold(deletion.article(), spanOf(rows, 3))
                            && !annotations.containsValue(rows.getLong(1))) {
                        return Optional.of(rows.getString(2));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Names a conflict in the report and the audit log, once: merging the same file again finds it recorded. */
    private void conflict(Connection connection, long article, String uuid, String details) throws SQLException {
        if (strings(connection, "SELECT details FROM audit_log WHERE action = 'merge_conflict'"
                + " AND annotation_uuid = ? AND details = ?", uuid, details).isEmpty()) {
            conflicts.add(details);
            AuditRows.append(connection, now, actorId, "merge_conflict", article, uuid, details);
        }
    }

    /**
     * The local gold span with the other gold span's article, span, label and subtype, if gold here has it: gold holds
     * one span for each (decision 0027), so the other's provenance is added to it instead.
     */
    private Long sameGoldSpan(Connection connection, ResultSet other) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT a.id FROM annotations a JOIN labels l ON l.id = a.label_id
                WHERE a.annotator_id = ? AND a.article_id = ? AND a.start_cp = ? AND a.end_cp = ? AND l.name = ?
                  AND a.subtype IS NOT DISTINCT FROM ?""")) {
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
    private void mergeGold(Connection from, Connection connection) throws SQLException {
        try (PreparedStatement query = from.prepareStatement(
                "SELECT annotation_id, adjudicator_id, adjudicated_at FROM gold_adjudications");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO gold_adjudications"
                     + " (annotation_id, adjudicator_id, adjudicated_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                Long gold = annotations.get(rows.getLong(1));
                if (gold == null) {
                    continue;
                }
                insert.setLong(1, gold);
                insert.setLong(2, annotators.get(rows.getLong(2)));
                insert.setLong(3, rows.getLong(3));
                insert.executeUpdate();
            }
        }
        try (PreparedStatement query = from.prepareStatement(
                "SELECT annotation_id, annotator_id, source_annotation_id FROM gold_sources");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO gold_sources"
                     + " (annotation_id, annotator_id, source_annotation_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                Long gold = annotations.get(rows.getLong(1));
                if (gold == null) {
                    continue;
                }
                long source = rows.getLong(3);
                Long local = rows.wasNull() ? null : annotations.get(source);
                insert.setLong(1, gold);
                insert.setLong(2, annotators.get(rows.getLong(2)));
                insert.setObject(3, local);
                insert.executeUpdate();
            }
        }
    }

    /**
     * Whether the other workspace's gold span was adjudicated by someone this workspace lists as a reviewer: gold is
     * a reviewer's result, so a span accepted in a copy by anyone else does not become gold here (decision 0028).
     */
    private boolean adjudicatedByAListedReviewer(Connection from, ResultSet other) throws SQLException {
        String adjudicator = "nobody";
        try (PreparedStatement query = from.prepareStatement("""
                SELECT g.adjudicator_id, a.name FROM gold_adjudications g JOIN annotators a ON a.id = g.adjudicator_id
                WHERE g.annotation_id = ?""")) {
            query.setLong(1, other.getLong(1));
            try (ResultSet rows = query.executeQuery()) {
                if (rows.next()) {
                    if (reviewers.contains(annotators.get(rows.getLong(1)))) {
                        return true;
                    }
                    adjudicator = rows.getString(2);
                }
            }
        }
        unlistedReviewers.add("gold " + spanOf(other, 4) + " adjudicated by " + adjudicator
                + ", who is not a reviewer here: not brought in");
        return false;
    }

    private void mergeRelations(Connection from, Connection connection) throws SQLException {
        try (PreparedStatement query = from.prepareStatement(
                "SELECT from_annotation_id, to_annotation_id, type FROM relations ORDER BY id");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO relations (from_annotation_id,"
                     + " to_annotation_id, type) VALUES (?, ?, ?) ON CONFLICT DO NOTHING");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                Long fromAnnotation = annotations.get(rows.getLong(1));
                Long toAnnotation = annotations.get(rows.getLong(2));
                if (fromAnnotation == null || toAnnotation == null) {
                    continue;
                }
                insert.setLong(1, fromAnnotation);
                insert.setLong(2, toAnnotation);
                insert.setString(3, rows.getString(3));
                newRelations += insert.executeUpdate();
            }
        }
    }

    private String nameOf(Connection connection, long annotatorId) throws SQLException {
        List<String> name = strings(connection, "SELECT name FROM annotators WHERE id = ?", annotatorId);
        return name.isEmpty() ? "#" + annotatorId : name.getFirst();
    }

    private String externalIdOf(Connection connection, long articleId) throws SQLException {
        return strings(connection, "SELECT external_id FROM articles WHERE id = ?", articleId).getFirst();
    }

    private void mergeDecisions(Connection from, Connection connection) throws SQLException {
        try (PreparedStatement query = from.prepareStatement("""
                SELECT d.annotation_id, d.reviewer_id, d.decision, d.decided_at, d.comment, d.version, d.changed_at,
                       d.changed_by, a.uuid
                FROM review_decisions d JOIN annotations a ON a.id = d.annotation_id ORDER BY d.annotation_id""");
             PreparedStatement local = connection.prepareStatement("""
                SELECT d.reviewer_id, d.decision, d.comment, d.version, d.changed_at, d.changed_by, a.article_id
                FROM review_decisions d JOIN annotations a ON a.id = d.annotation_id WHERE d.annotation_id = ?""");
             PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO review_decisions (annotation_id, reviewer_id, decision, decided_at, comment, version,
                                              changed_at, changed_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (annotation_id) DO UPDATE SET reviewer_id = excluded.reviewer_id,
                    decision = excluded.decision, decided_at = excluded.decided_at, comment = excluded.comment,
                    version = excluded.version, changed_at = excluded.changed_at, changed_by = excluded.changed_by""");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                Long annotation = annotations.get(rows.getLong(1));
                if (annotation == null) {
                    continue;
                }
                long reviewer = annotators.get(rows.getLong(2));
                if (!reviewers.contains(reviewer)) {
                    unlistedReviewers.add(rows.getString(3) + " of annotation " + rows.getString(9) + " by "
                            + nameOf(connection, reviewer) + ", who is not a reviewer here: not brought in");
                    continue;
                }
                Change theirs = change(rows, 6, reviewer, true);
                String theirValue = rows.getString(3) + " by " + nameOf(connection, reviewer)
                        + (rows.getString(5).isEmpty() ? "" : ": " + rows.getString(5));
                local.setLong(1, annotation);
                try (ResultSet here = local.executeQuery()) {
                    Change ours = null;
                    String ourValue = null;
                    Long article = null;
                    if (here.next()) {
                        ours = change(here, 4, here.getLong(1), false);
                        ourValue = here.getString(2) + " by " + nameOf(connection, here.getLong(1))
                                + (here.getString(3).isEmpty() ? "" : ": " + here.getString(3));
                        article = here.getLong(7);
                        if (ourValue.equals(theirValue)) {
                            continue;
                        }
                        if (!theirs.laterThan(ours)) {
                            keptDecisions++;
                            if (theirs.version() >= ours.version()) {
                                lost(connection, "decision on annotation " + rows.getString(9), article,
                                        rows.getString(9), ourValue, ours, theirValue, theirs);
                            }
                            continue;
                        }
                    }
                    upsert.setLong(1, annotation);
                    upsert.setLong(2, reviewer);
                    upsert.setString(3, rows.getString(3));
                    upsert.setLong(4, rows.getLong(4));
                    upsert.setString(5, rows.getString(5));
                    upsert.setLong(6, ours == null ? theirs.version() : theirs.versionOver(ours));
                    upsert.setLong(7, theirs.at());
                    upsert.setLong(8, theirs.by());
                    upsert.executeUpdate();
                    if (ours == null) {
                        newDecisions++;
                    } else {
                        changedDecisions++;
                        lost(connection, "decision on annotation " + rows.getString(9), article, rows.getString(9),
                                theirValue, theirs, ourValue, ours);
                    }
                }
            }
        }
    }

    private void mergeStates(Connection from, Connection connection) throws SQLException {
        try (PreparedStatement query = from.prepareStatement("""
                SELECT article_id, annotator_id, state, comment, updated_at, version, changed_at, changed_by
                FROM article_states ORDER BY article_id, annotator_id""");
             PreparedStatement local = connection.prepareStatement("""
                SELECT state, comment, version, changed_at, changed_by FROM article_states
                WHERE article_id = ? AND annotator_id = ?""");
             PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO article_states (article_id, annotator_id, state, comment, updated_at, version, changed_at,
                                            changed_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (article_id, annotator_id) DO UPDATE SET state = excluded.state,
                    comment = excluded.comment, updated_at = excluded.updated_at, version = excluded.version,
                    changed_at = excluded.changed_at, changed_by = excluded.changed_by""");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                long article = articles.get(rows.getLong(1));
                long annotator = annotators.get(rows.getLong(2));
                Change theirs = change(rows, 6, annotator, true);
                String state = rows.getString(3);
                String layer = "layer of " + nameOf(connection, annotator) + " in " + externalIdOf(connection, article);
                boolean demoted = REVIEWER_STATES.contains(state) && !reviewers.contains(theirs.by());
                if (demoted) {
                    unlistedReviewers.add(layer + ": " + state.replace('_', ' ') + " by " + nameOf(connection,
                            theirs.by()) + ", who is not a reviewer here: brought in as submitted");
                    state = "submitted";
                }
                String theirValue = state + (rows.getString(4).isEmpty() ? "" : ": " + rows.getString(4));
                local.setLong(1, article);
                local.setLong(2, annotator);
                try (ResultSet here = local.executeQuery()) {
                    Change ours = null;
                    String ourValue = null;
                    if (here.next()) {
                        ours = change(here, 3, annotator, false);
                        ourValue = here.getString(1) + (here.getString(2).isEmpty() ? "" : ": " + here.getString(2));
                        if (ourValue.equals(theirValue)) {
                            continue;
                        }
                        // Work from an unlisted reviewer never moves a layer a listed one has taken up.
                        boolean unlistedOverReview = demoted && !BEFORE_SUBMISSION.contains(here.getString(1));
                        if (unlistedOverReview || !theirs.laterThan(ours)) {
                            keptStates++;
                            if (theirs.version() >= ours.version()) {
                                lost(connection, layer, article, null, ourValue, ours, theirValue, theirs);
                            }
                            continue;
                        }
                    }
                    upsert.setLong(1, article);
                    upsert.setLong(2, annotator);
                    upsert.setString(3, state);
                    upsert.setString(4, rows.getString(4));
                    upsert.setLong(5, rows.getLong(5));
                    upsert.setLong(6, ours == null ? theirs.version() : theirs.versionOver(ours));
                    upsert.setLong(7, theirs.at());
                    upsert.setLong(8, theirs.by());
                    upsert.executeUpdate();
                    if (ours == null) {
                        newStates++;
                    } else {
                        changedStates++;
                        lost(connection, layer, article, null, theirValue, theirs, ourValue, ours);
                    }
                }
            }
        }
    }

    /** A suggestion rejected on either machine stays rejected: the first rejection of a span and label is kept. */
    private void mergeRejections(Connection from, Connection connection) throws SQLException {
        try (PreparedStatement query = from.prepareStatement("SELECT article_id, start_cp, end_cp, label,"
                + " source, annotator_id, rejected_at FROM suggestion_rejections");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO suggestion_rejections"
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

    private void mergeAudit(Connection from, Connection connection) throws SQLException {
        try (PreparedStatement query = from.prepareStatement("SELECT uuid, at, actor_id, action, article_id,"
                + " annotation_uuid, details FROM audit_log ORDER BY id");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_log (uuid, at, actor_id,"
                     + " action, article_id, annotation_uuid, details) VALUES (?, ?, ?, ?, ?, ?, ?)"
                     + " ON CONFLICT DO NOTHING");
             AuditUuidsHeld held = database.dialect().auditUuidsHeld(connection);
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                if (!held.takeIfNew(rows.getString(1))) {
                    continue;
                }
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

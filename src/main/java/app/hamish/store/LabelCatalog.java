package app.hamish.store;

import app.hamish.model.Label;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The workspace's tag set, cached in memory because every annotation write resolves a label name. On a file only
 * this process writes labels (the workspace lock guarantees it), so the cache cannot go stale; on a server, a label
 * another client adds, renames or recolours is learnt when the server's notice of it arrives (decisions 0025, 0032).
 */
final class LabelCatalog {
    /** One version of the tag set, never changed: a reader on any thread sees one whole version or the next. */
    private record Known(Map<String, Long> idsByName, List<Label> labels) {
    }

    // Read by the FX thread while a background merge may add labels and the server's notices replace them.
    private volatile Known known = new Known(Map.of(), List.of());

    static LabelCatalog load(Connection connection) throws SQLException {
        LabelCatalog catalog = new LabelCatalog();
        Map<Long, List<String>> subtypes = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT label_id, name FROM label_subtypes ORDER BY label_id, position");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                subtypes.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        Map<Long, Label> ordered = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id, name, colour, hotkey FROM labels ORDER BY position, id");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                long id = rows.getLong(1);
                ordered.put(id, new Label(rows.getString(2), rows.getString(3), rows.getString(4),
                        subtypes.getOrDefault(id, List.of())));
            }
        }
        ordered.forEach(catalog::remember);
        return catalog;
    }

    private synchronized void remember(long id, Label label) {
        Map<String, Long> ids = new HashMap<>(known.idsByName());
        ids.put(label.name(), id);
        List<Label> labels = new ArrayList<>(known.labels());
        labels.add(label);
        known = new Known(Map.copyOf(ids), List.copyOf(labels));
    }

    /**
     * Takes the tag set as the workspace now stores it, in place of the one known: labels another client added,
     * renamed (the same id under a new name) or gave another colour or key.
     */
    synchronized void learn(LabelCatalog stored) {
        known = stored.known;
    }

    List<Label> labels() {
        return known.labels();
    }

    /** The label's id, if the workspace has that label. */
    Optional<Long> find(String labelName) {
        return Optional.ofNullable(known.idsByName().get(labelName));
    }

    long idOf(String labelName) {
        Map<String, Long> ids = known.idsByName();
        Long id = ids.get(labelName);
        if (id == null) {
            throw new ConflictException("unknown label '" + labelName + "'; the workspace has " + ids.keySet());
        }
        return id;
    }

    /** Inserts the label; call {@link #remember} only after the transaction commits, via the returned action. */
    Runnable insert(Connection connection, Label label) throws SQLException {
        if (known.idsByName().containsKey(label.name())) {
            throw new ConflictException("label " + label.name() + " already exists");
        }
        long id;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO labels (name, colour, hotkey, position)"
                        + " VALUES (?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM labels)) RETURNING id")) {
            insert.setString(1, label.name());
            insert.setString(2, label.colour());
            insert.setString(3, label.hotkey());
            try (ResultSet keys = insert.executeQuery()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO label_subtypes (label_id, name, position) VALUES (?, ?, ?)")) {
            for (int i = 0; i < label.subtypes().size(); i++) {
                insert.setLong(1, id);
                insert.setString(2, label.subtypes().get(i));
                insert.setInt(3, i + 1);
                insert.executeUpdate();
            }
        }
        return () -> remember(id, label);
    }
}

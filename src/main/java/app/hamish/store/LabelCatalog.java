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

/**
 * The workspace's tag set, cached in memory because every annotation write resolves a label name. On a file only
 * this process writes labels (the workspace lock guarantees it), so the cache cannot go stale; on a server, a label
 * another client adds is learnt when the server's notice of it arrives (decision 0025).
 */
final class LabelCatalog {
    // Read by the FX thread while a background merge may add labels: concurrent map, copy-on-write list.
    private final Map<String, Long> idsByName = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<Label> labels = new java.util.concurrent.CopyOnWriteArrayList<>();

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

    private void remember(long id, Label label) {
        idsByName.put(label.name(), id);
        labels.add(label);
    }

    /** Learns the labels another client added; Hamish never removes or renames one, so adding is all it takes. */
    void learn(LabelCatalog stored) {
        stored.idsByName.forEach((name, id) -> {
            if (idsByName.putIfAbsent(name, id) == null) {
                stored.labels.stream().filter(label -> label.name().equals(name)).forEach(labels::add);
            }
        });
    }

    List<Label> labels() {
        return List.copyOf(labels);
    }

    long idOf(String labelName) {
        Long id = idsByName.get(labelName);
        if (id == null) {
            throw new ConflictException("unknown label '" + labelName + "'; the workspace has " + idsByName.keySet());
        }
        return id;
    }

    /** Inserts the label; call {@link #remember} only after the transaction commits, via the returned action. */
    Runnable insert(Connection connection, Label label) throws SQLException {
        if (idsByName.containsKey(label.name())) {
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

package app.hamish.store;

import app.hamish.model.SavedModel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** SQL for the recommender models kept with the workspace, one per analyst. */
final class ModelRows {
    private ModelRows() {
    }

    static Optional<SavedModel> of(Connection connection, String analyst) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT fingerprint, model FROM recommender_models WHERE analyst = ?")) {
            select.setString(1, analyst);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(new SavedModel(analyst, rows.getString(1), rows.getBytes(2)))
                        : Optional.empty();
            }
        }
    }

    /** Replaces the analyst's model: only the latest is worth loading. */
    static void save(Connection connection, SavedModel model, Instant at) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO recommender_models (analyst, fingerprint, model, trained_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (analyst) DO UPDATE SET fingerprint = excluded.fingerprint, model = excluded.model,
                    trained_at = excluded.trained_at""")) {
            upsert.setString(1, model.analyst());
            upsert.setString(2, model.fingerprint());
            upsert.setBytes(3, model.bytes());
            Times.set(upsert, 4, at);
            upsert.executeUpdate();
        }
    }
}

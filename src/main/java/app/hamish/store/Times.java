package app.hamish.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Instants as stored: milliseconds since the epoch, which sort, compare and read back cheaply. */
final class Times {
    private Times() {
    }

    static Instant truncate(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }

    static void set(PreparedStatement statement, int index, Instant instant) throws SQLException {
        statement.setLong(index, instant.toEpochMilli());
    }

    /** The instant in a column, or null where the column is SQL NULL. */
    static Instant get(ResultSet rows, int column) throws SQLException {
        long millis = rows.getLong(column);
        return millis == 0 && rows.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    static Instant get(ResultSet rows, String column) throws SQLException {
        return get(rows, rows.findColumn(column));
    }
}

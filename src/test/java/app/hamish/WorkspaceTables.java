package app.hamish;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Every row of every table of a workspace file, read straight from it: what "left unchanged" is checked against. */
public final class WorkspaceTables {
    private WorkspaceTables() {
    }

    public static List<String> rows(Path workspaceFile) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + workspaceFile);
             Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet names = statement.executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
                while (names.next()) {
                    tables.add(names.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet result = statement.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY 1")) {
                    int columns = result.getMetaData().getColumnCount();
                    while (result.next()) {
                        StringBuilder row = new StringBuilder(table);
                        for (int column = 1; column <= columns; column++) {
                            row.append('|').append(result.getString(column));
                        }
                        rows.add(row.toString());
                    }
                }
            }
        }
        return rows;
    }
}

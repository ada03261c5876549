package app.hamish.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A server workspace written to a new SQLite workspace file that opens offline (decision 0026). Every row of every
 * workspace table is read in one read-only REPEATABLE READ transaction on the server, so the file is one moment of
 * the workspace however many clients write meanwhile; ids, uuids and the workspace's own id are kept, so the file is
 * the same workspace, not a new one. The file is built under a temporary name beside the target and appears whole
 * or not at all.
 */
final class ServerSnapshot {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BATCH = 500;

    private ServerSnapshot() {
    }

    /**
     * @param replace whether an existing {@code target} is replaced; otherwise it is left as it is and the snapshot
     *                refused
     * @throws ConflictException if {@code target} exists and {@code replace} is false; nothing is written then
     */
    static void write(Database server, Path target, boolean replace) {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            throw new StoreException("Could not write backup " + target + ": it is a folder; name a file to write.");
        }
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            throw new StoreException("Could not write backup " + target + ": it is not a regular file.");
        }
        if (!replace && Files.exists(absolute)) {
            throw exists(target);
        }
        // Opening the new file would create missing folders; a backup, like a file workspace's, never does.
        if (!Files.isDirectory(absolute.getParent())) {
            throw new StoreException("Could not write backup " + target + ": cannot create a file in "
                    + absolute.getParent() + " (is it a folder you can write to?)");
        }
        Path partial = absolute.resolveSibling(absolute.getFileName() + "."
                + Long.toUnsignedString(RANDOM.nextLong(), 36) + BackupCopy.PARTIAL);
        SqliteWorkspaceStore copy = SqliteWorkspaceStore.open(partial);
        try {
            server.read("read the workspace for a backup", connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET TRANSACTION READ ONLY");
                }
                copy.database.write("write the backup", file -> {
                    copyTables(connection, file);
                    // The server's own index is not copied: the file's is filled from the articles once it is open.
                    SearchRows.pendAll(file);
                    return null;
                });
                return null;
            });
        } catch (RuntimeException e) {
            copy.discardCreated(e);
            throw e;
        }
        copy.close();
        publish(partial, absolute, target, replace);
    }

    /**
     * The tables of the file's schema, each with the columns both engines have: the server's own tables (its schema
     * version, roles) are not part of a workspace file. The seeded labels and the new file's own id give way to the
     * server's. Foreign keys are checked at commit, so the tables can be copied in any order; the audit log's
     * triggers refuse only updates and deletions, and its (new, empty) table is filled in id order.
     */
    private static void copyTables(Connection server, Connection file) throws SQLException {
        try (Statement statement = file.createStatement()) {
            statement.execute("PRAGMA defer_foreign_keys = ON");
        }
        List<String> tables = fileTables(file);
        // All emptied first: deleting a seeded label cascades to subtypes, which must not take copied rows along.
        for (String table : tables) {
            try (Statement statement = file.createStatement()) {
                statement.execute("DELETE FROM " + table);
            }
        }
        for (String table : tables) {
            List<String> columns = new ArrayList<>(columns(file, table));
            columns.retainAll(serverColumns(server, table));
            if (!columns.isEmpty()) {
                copyRows(server, file, table, columns);
            }
        }
    }

    private static void copyRows(Connection server, Connection file, String table, List<String> columns)
            throws SQLException {
        String names = String.join(", ", columns);
        String marks = String.join(", ", columns.stream().map(column -> "?").toList());
        try (Statement read = server.createStatement();
             ResultSet rows = read.executeQuery("SELECT " + names + " FROM " + table + " ORDER BY 1");
             PreparedStatement insert = file.prepareStatement(
                     "INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ")")) {
            int pending = 0;
            while (rows.next()) {
                for (int i = 1; i <= columns.size(); i++) {
                    insert.setObject(i, rows.getObject(i));
                }
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

    private static List<String> fileTables(Connection file) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = file.createStatement();
             // Ordinary tables only: the search index (a virtual table and its shadows) is the file's own, built
             // from the articles after the copy.
             ResultSet rows = statement.executeQuery("SELECT name FROM pragma_table_list WHERE schema = 'main'"
                     + " AND type = 'table' AND name NOT LIKE 'sqlite!_%' ESCAPE '!' ORDER BY name")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private static Set<String> columns(Connection file, String table) throws SQLException {
        Set<String> columns = new LinkedHashSet<>();
        try (PreparedStatement statement = file.prepareStatement("SELECT name FROM pragma_table_info(?) ORDER BY cid")) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1));
                }
            }
        }
        return columns;
    }

    private static Set<String> serverColumns(Connection server, String table) throws SQLException {
        Set<String> columns = new LinkedHashSet<>();
        try (PreparedStatement statement = server.prepareStatement("SELECT column_name FROM information_schema.columns"
                + " WHERE table_schema = current_schema() AND table_name = ?")) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1));
                }
            }
        }
        return columns;
    }

    /**
     * Puts the finished file in place in one step. Without {@code replace} a hard link is made, which fails if the
     * target appeared meanwhile, where a rename would silently replace it.
     */
    private static void publish(Path partial, Path absolute, Path target, boolean replace) {
        try {
            if (replace) {
                Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.createLink(absolute, partial);
            }
        } catch (FileAlreadyExistsException e) {
            throw exists(target);
        } catch (IOException e) {
            throw new StoreException("Could not write backup " + target + ": " + (e instanceof FileSystemException
                    system && system.getReason() != null ? system.getReason() : e.getMessage()), e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // The backup itself already succeeded or failed with its own message.
            }
        }
    }

    private static ConflictException exists(Path target) {
        return new ConflictException("Could not write backup " + target + ": the file exists already and was left"
                + " as it is; nothing was written.");
    }
}

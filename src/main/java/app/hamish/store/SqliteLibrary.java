package app.hamish.store;

import org.sqlite.SQLiteJDBCLoader;

/**
 * sqlite-jdbc unpacks its native library into the temporary folder before the first connection. A missing,
 * full or {@code noexec} temporary folder would otherwise surface as a bare "Error opening connection" (sqlite-jdbc
 * issues 97, 571, 1312), reported as if the workspace were at fault; say what is wrong and how to fix it instead.
 */
final class SqliteLibrary {
    private SqliteLibrary() {
    }

    static void requireLoaded() {
        boolean loaded;
        try {
            loaded = SQLiteJDBCLoader.initialize();
        } catch (Exception | UnsatisfiedLinkError e) {
            throw unavailable(e);
        }
        if (!loaded) {
            throw unavailable(null);
        }
    }

    private static WorkspaceOpenException unavailable(Throwable cause) {
        String folder = System.getProperty("org.sqlite.tmpdir", System.getProperty("java.io.tmpdir"));
        return new WorkspaceOpenException(WorkspaceOpenException.Reason.NO_SQLITE_LIBRARY,
                "Hamish cannot load its SQLite library, which it unpacks into the temporary folder " + folder
                        + ": the folder is missing, not writable, or does not allow running programs (noexec)."
                        + " Start Hamish with -Dorg.sqlite.tmpdir=FOLDER naming a folder that does (for the installed"
                        + " app, set JAVA_TOOL_OPTIONS=-Dorg.sqlite.tmpdir=FOLDER). No workspace was opened.",
                cause);
    }
}

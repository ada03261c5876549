package app.hamish.store;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.sqlite.SQLiteJDBCLoader;

/**
 * Loads sqlite-jdbc's native library before the first connection: from the user's cache ({@link SqliteLibraryCache})
 * where it can, else as sqlite-jdbc does, unpacking a copy into the temporary folder. A missing, full or
 * {@code noexec} folder would otherwise surface as a bare "Error opening connection" (sqlite-jdbc issues 97, 571,
 * 1312), reported as if the workspace were at fault; say what is wrong and how to fix it instead.
 */
final class SqliteLibrary {
    private static final String TEMPORARY_FOLDER = "org.sqlite.tmpdir";
    private static final String LIBRARY_FOLDER = "org.sqlite.lib.path";
    private static final String LIBRARY_NAME = "org.sqlite.lib.name";

    private static boolean loaded;

    private SqliteLibrary() {
    }

    static synchronized void requireLoaded() {
        if (loaded) {
            return;
        }
        Optional<SqliteLibraryCache> cache = placedByUser() ? Optional.empty() : cacheForThisUser();
        Optional<Path> cached = cache.flatMap(SqliteLibraryCache::library);
        if (cached.isEmpty() || !loadedFrom(cached.get())) {
            unpacked(cache.map(SqliteLibraryCache::folder));
        }
        loaded = true;
    }

    /** None where no cache folder can be named (an XDG_CACHE_HOME this file system cannot hold as a path). */
    private static Optional<SqliteLibraryCache> cacheForThisUser() {
        try {
            return Optional.of(SqliteLibraryCache.forThisUser());
        } catch (InvalidPathException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** Where the user told sqlite-jdbc to unpack (the documented way out) or what to load, sqlite-jdbc does it. */
    private static boolean placedByUser() {
        return List.of(TEMPORARY_FOLDER, LIBRARY_FOLDER, LIBRARY_NAME).stream()
                .anyMatch(property -> System.getProperty(property) != null);
    }

    private static boolean loadedFrom(Path library) {
        String folder = library.getParent().toString();
        System.setProperty(LIBRARY_FOLDER, folder);
        System.setProperty(LIBRARY_NAME, library.getFileName().toString());
        // sqlite-jdbc lists its temporary folder for stale copies before it loads: the cache's folder, not /tmp.
        System.setProperty(TEMPORARY_FOLDER, folder);
        try {
            return SQLiteJDBCLoader.initialize();
        } catch (Exception | UnsatisfiedLinkError e) {
            return false;
        } finally {
            System.clearProperty(LIBRARY_FOLDER);
            System.clearProperty(LIBRARY_NAME);
            System.clearProperty(TEMPORARY_FOLDER);
        }
    }

    private static void unpacked(Optional<Path> cacheTried) {
        boolean unpacked;
        try {
            unpacked = SQLiteJDBCLoader.initialize();
        } catch (Exception | UnsatisfiedLinkError e) {
            throw unavailable(cacheTried, e);
        }
        if (!unpacked) {
            throw unavailable(cacheTried, null);
        }
    }

    private static WorkspaceOpenException unavailable(Optional<Path> cacheTried, Throwable cause) {
        String folder = System.getProperty(TEMPORARY_FOLDER, System.getProperty("java.io.tmpdir"));
        return new WorkspaceOpenException(WorkspaceOpenException.Reason.NO_SQLITE_LIBRARY,
                "Hamish cannot load its SQLite library, which it unpacks into the temporary folder " + folder
                        + cacheTried.map(cache -> " when it cannot keep it in " + cache).orElse("")
                        + ": the folder is missing, not writable, or does not allow running programs (noexec)."
                        + " Start Hamish with -Dorg.sqlite.tmpdir=FOLDER naming a folder that does (for the installed"
                        + " app, set JAVA_TOOL_OPTIONS=-Dorg.sqlite.tmpdir=FOLDER). No workspace was opened.",
                cause);
    }
}

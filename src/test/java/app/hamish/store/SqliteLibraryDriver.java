package app.hamish.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A start that loads SQLite's library as the workbench does, then says which file the process mapped (from
 * {@code /proc/self/maps}, the kernel's word, not Hamish's) and, with {@code hold}, waits to be killed.
 */
public final class SqliteLibraryDriver {
    public static final String LOADED = "loaded ";

    private SqliteLibraryDriver() {
    }

    public static void main(String[] args) throws Exception {
        SqliteLibrary.requireLoaded();
        String mapped = Files.readAllLines(Path.of("/proc/self/maps"), StandardCharsets.UTF_8).stream()
                .filter(line -> line.contains("sqlitejdbc"))
                .map(line -> line.substring(line.indexOf('/')))
                .findFirst().orElse("nothing");
        System.out.println(LOADED + mapped);
        System.out.flush();
        if (args.length > 0 && args[0].equals("hold")) {
            Thread.sleep(120_000);
        }
    }
}

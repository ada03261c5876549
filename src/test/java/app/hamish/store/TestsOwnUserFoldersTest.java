package app.hamish.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.PerUserFolder;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The tests' JVMs are given per-user folders of their own under the build's folder (the pom's surefire and failsafe
 * settings): what a test loads or writes there (SQLite's native library, the log) never lands in, or is loaded from,
 * the folders of the user who runs the build. macOS names these folders after the home alone: not covered there.
 */
@EnabledOnOs({OS.LINUX, OS.WINDOWS})
class TestsOwnUserFoldersTest {
    @Test
    void theCacheAndDataFoldersAreUnderTheBuildsFolder() throws URISyntaxException {
        assertThat(PerUserFolder.CACHE.current().toAbsolutePath().normalize()).startsWithRaw(buildFolder());
        assertThat(PerUserFolder.DATA.current().toAbsolutePath().normalize()).startsWithRaw(buildFolder());
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void sqlitesLibraryIsMappedFromTheBuildsFolder() throws IOException, URISyntaxException {
        SqliteLibrary.requireLoaded();
        Path build = buildFolder();

        assertThat(Files.readAllLines(Path.of("/proc/self/maps")).stream()
                .filter(line -> line.contains("libsqlitejdbc"))
                .map(line -> Path.of(line.substring(line.indexOf('/')))))
                .isNotEmpty()
                .allMatch(library -> library.startsWith(build), "under " + build);
    }

    /** {@code target/}: the folder holding this build's test classes. */
    private static Path buildFolder() throws URISyntaxException {
        return Path.of(TestsOwnUserFoldersTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toAbsolutePath().normalize().getParent();
    }
}

package app.hamish.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where each operating system's convention puts a user's data and cache for Hamish. */
class PerUserFolderTest {
    private static final Path HOME = Path.of("/home/mona");

    @Test
    void linuxFollowsXdgDataHomeAndFallsBackToLocalShare() {
        assertThat(PerUserFolder.DATA.of("Linux", Map.of("XDG_DATA_HOME", "/data/mona"), HOME))
                .isEqualTo(Path.of("/data/mona/hamish"));
        assertThat(PerUserFolder.DATA.of("Linux", Map.of(), HOME))
                .isEqualTo(Path.of("/home/mona/.local/share/hamish"));
        // The spec says an empty or relative value is to be ignored.
        assertThat(PerUserFolder.DATA.of("Linux", Map.of("XDG_DATA_HOME", ""), HOME))
                .isEqualTo(Path.of("/home/mona/.local/share/hamish"));
        assertThat(PerUserFolder.DATA.of("Linux", Map.of("XDG_DATA_HOME", "relative/data"), HOME))
                .isEqualTo(Path.of("/home/mona/.local/share/hamish"));
    }

    @Test
    void macOsKeepsDataInApplicationSupport() {
        assertThat(PerUserFolder.DATA.of("Mac OS X", Map.of("XDG_DATA_HOME", "/data/mona"), HOME))
                .isEqualTo(Path.of("/home/mona/Library/Application Support/Hamish"));
    }

    @Test
    void windowsKeepsDataInAppData() {
        String appData = "C:\\Users\\mona\\AppData\\Roaming";
        assertThat(PerUserFolder.DATA.of("Windows 11", Map.of("APPDATA", appData), HOME))
                .isEqualTo(Path.of(appData, "Hamish"));
        assertThat(PerUserFolder.DATA.of("Windows 11", Map.of(), HOME))
                .isEqualTo(Path.of("/home/mona/AppData/Roaming/Hamish"));
    }

    @Test
    void onLinuxAnAbsoluteXdgCacheHomeIsTakenAndAnythingElseMeansTheDotCacheFolder() {
        assertThat(PerUserFolder.CACHE.of("Linux", Map.of("XDG_CACHE_HOME", "/var/cache/mona"), HOME))
                .isEqualTo(Path.of("/var/cache/mona/hamish"));
        assertThat(PerUserFolder.CACHE.of("Linux", Map.of("XDG_CACHE_HOME", "relative"), HOME))
                .isEqualTo(HOME.resolve(".cache/hamish"));
        assertThat(PerUserFolder.CACHE.of("Linux", Map.of("XDG_CACHE_HOME", " "), HOME))
                .isEqualTo(HOME.resolve(".cache/hamish"));
        assertThat(PerUserFolder.CACHE.of("Linux", Map.of(), HOME)).isEqualTo(HOME.resolve(".cache/hamish"));
    }

    @Test
    void onMacOsTheCacheIsInLibraryCaches() {
        assertThat(PerUserFolder.CACHE.of("Mac OS X", Map.of("XDG_CACHE_HOME", "/elsewhere"), HOME))
                .isEqualTo(HOME.resolve("Library/Caches/Hamish"));
    }

    @Test
    void onWindowsTheCacheIsInTheLocalApplicationDataFolder() {
        assertThat(PerUserFolder.CACHE.of("Windows 11", Map.of("LOCALAPPDATA", "/users/mona/local"), HOME))
                .isEqualTo(Path.of("/users/mona/local/Hamish/Cache"));
        assertThat(PerUserFolder.CACHE.of("Windows 11", Map.of(), HOME))
                .isEqualTo(HOME.resolve("AppData/Local/Hamish/Cache"));
    }
}

package app.hamish.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where each operating system's convention puts a user's cache. */
class UserCacheFolderTest {
    private static final Path HOME = Path.of("/home/analyst");

    @Test
    void onLinuxAnAbsoluteXdgCacheHomeIsTakenAndAnythingElseMeansTheDotCacheFolder() {
        assertThat(UserCacheFolder.of("Linux", Map.of("XDG_CACHE_HOME", "/var/cache/analyst"), HOME))
                .isEqualTo(Path.of("/var/cache/analyst/hamish"));
        assertThat(UserCacheFolder.of("Linux", Map.of("XDG_CACHE_HOME", "relative"), HOME))
                .isEqualTo(HOME.resolve(".cache/hamish"));
        assertThat(UserCacheFolder.of("Linux", Map.of("XDG_CACHE_HOME", " "), HOME))
                .isEqualTo(HOME.resolve(".cache/hamish"));
        assertThat(UserCacheFolder.of("Linux", Map.of(), HOME)).isEqualTo(HOME.resolve(".cache/hamish"));
    }

    @Test
    void onMacOsTheLibraryCachesFolder() {
        assertThat(UserCacheFolder.of("Mac OS X", Map.of("XDG_CACHE_HOME", "/elsewhere"), HOME))
                .isEqualTo(HOME.resolve("Library/Caches/Hamish"));
    }

    @Test
    void onWindowsTheLocalApplicationDataFolder() {
        assertThat(UserCacheFolder.of("Windows 11", Map.of("LOCALAPPDATA", "/users/analyst/local"), HOME))
                .isEqualTo(Path.of("/users/analyst/local/Hamish/Cache"));
        assertThat(UserCacheFolder.of("Windows 11", Map.of(), HOME)).isEqualTo(HOME.resolve("AppData/Local/Hamish/Cache"));
    }
}

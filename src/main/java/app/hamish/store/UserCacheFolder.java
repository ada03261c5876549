package app.hamish.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where each operating system expects a program to keep per-user files it can make again: losing them costs time,
 * never work. Hamish keeps SQLite's native library there.
 */
final class UserCacheFolder {
    private UserCacheFolder() {
    }

    static Path current() {
        return of(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static Path of(String osName, Map<String, String> environment, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String localAppData = environment.get("LOCALAPPDATA");
            Path base = localAppData == null || localAppData.isBlank() ? home.resolve("AppData").resolve("Local")
                    : Path.of(localAppData);
            return base.resolve("Hamish").resolve("Cache");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Caches").resolve("Hamish");
        }
        // The XDG base directory spec: an unset, empty or relative XDG_CACHE_HOME means ~/.cache.
        String xdg = environment.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".cache");
        return base.resolve("hamish");
    }
}

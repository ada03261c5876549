package app.hamish.ui.shell;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The user's own Hamish folder, where each operating system expects programs to keep per-user data: the log, and
 * an installed Hamish's default workspace.
 */
public final class DataFolder {
    private DataFolder() {
    }

    public static Path current() {
        return of(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static Path of(String osName, Map<String, String> environment, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = environment.get("APPDATA");
            return appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming").resolve("Hamish")
                    : Path.of(appData, "Hamish");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Hamish");
        }
        // The XDG base directory spec: an unset, empty or relative XDG_DATA_HOME means ~/.local/share.
        String xdg = environment.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : home.resolve(".local").resolve("share");
        return base.resolve("hamish");
    }

    public static Path logFile(Path folder) {
        return folder.resolve("logs").resolve("hamish.log");
    }
}

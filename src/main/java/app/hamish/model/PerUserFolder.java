package app.hamish.model;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Hamish's folders where each operating system expects a program to keep per-user files: the same rule for each
 * kind, with each kind's variable and defaults.
 */
public enum PerUserFolder {
    /** Files the user keeps: the log, an installed Hamish's default workspace. */
    DATA("APPDATA", Path.of("AppData", "Roaming"), Path.of("Hamish"), Path.of("Library", "Application Support"),
            "XDG_DATA_HOME", Path.of(".local", "share")),
    /** Files Hamish can make again: losing them costs time, never work (SQLite's native library). */
    CACHE("LOCALAPPDATA", Path.of("AppData", "Local"), Path.of("Hamish", "Cache"), Path.of("Library", "Caches"),
            "XDG_CACHE_HOME", Path.of(".cache"));

    private final String windowsVariable;
    private final Path windowsDefault;
    private final Path windowsFolder;
    private final Path macBase;
    private final String xdgVariable;
    private final Path xdgDefault;

    PerUserFolder(String windowsVariable, Path windowsDefault, Path windowsFolder, Path macBase, String xdgVariable,
                  Path xdgDefault) {
        this.windowsVariable = windowsVariable;
        this.windowsDefault = windowsDefault;
        this.windowsFolder = windowsFolder;
        this.macBase = macBase;
        this.xdgVariable = xdgVariable;
        this.xdgDefault = xdgDefault;
    }

    /** This kind's folder for the user running Hamish. */
    public Path current() {
        return of(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** This kind's folder on the system {@code osName}, with {@code environment} and the user's {@code home}. */
    public Path of(String osName, Map<String, String> environment, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String base = environment.get(windowsVariable);
            return (base == null || base.isBlank() ? home.resolve(windowsDefault) : Path.of(base))
                    .resolve(windowsFolder);
        }
        if (os.startsWith("mac")) {
            return home.resolve(macBase).resolve("Hamish");
        }
        // The XDG base directory spec: an unset, empty or relative variable means its default under the home.
        String xdg = environment.get(xdgVariable);
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : home.resolve(xdgDefault);
        return base.resolve("hamish");
    }
}

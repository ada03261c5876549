package app.hamish.ui.shell;

import app.hamish.model.PerUserFolder;
import java.nio.file.Path;

/**
 * The user's own Hamish folder, where each operating system expects programs to keep per-user data: the log, and
 * an installed Hamish's default workspace.
 */
public final class DataFolder {
    private DataFolder() {
    }

    public static Path current() {
        return PerUserFolder.DATA.current();
    }

    public static Path logFile(Path folder) {
        return folder.resolve("logs").resolve("hamish.log");
    }
}

package app.hamish.ui.shell;

import app.hamish.service.Workspace;
import java.nio.file.Path;

/**
 * The workspace used when none is named. Run from the jar, as in a checkout, it is {@code annotations/workbench.db}
 * under the working directory. An installed Hamish starts in a working directory that is often not writable ({@code
 * /} on macOS, the program folder on Windows), so its workspace lives in the user's data folder.
 */
public final class DefaultWorkspace {
    private DefaultWorkspace() {
    }

    public static Path location() {
        return of(installed(), DataFolder.current());
    }

    /** The log is kept beside the default workspace: in the data folder when installed, else in annotations/. */
    public static Path logFile() {
        return logFile(installed(), DataFolder.current());
    }

    static Path logFile(boolean installed, Path dataFolder) {
        return installed ? DataFolder.logFile(dataFolder) : Workspace.DEFAULT_LOCATION.resolveSibling("hamish.log");
    }

    private static boolean installed() {
        // jpackage's launcher sets this property; nothing else does.
        return System.getProperty("jpackage.app-path") != null;
    }

    static Path of(boolean installed, Path dataFolder) {
        return installed ? dataFolder.resolve("workbench.db") : Workspace.DEFAULT_LOCATION;
    }
}

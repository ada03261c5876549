package app.hamish.cli;

import app.hamish.ui.shell.EmptyWindow;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code bench --startup}'s limit: started by the same JVM with the same flags as the workbench, it shows an empty
 * JavaFX window and exits at its first frame (decision 0039). Not for people, so not listed.
 */
@Command(name = "startup-limit", hidden = true, description = "Show an empty JavaFX window, say so, and exit.")
final class StartupLimitCommand implements Callable<Integer> {
    @Override
    public Integer call() throws InterruptedException {
        EmptyWindow.showOnce();
        return ExitCodes.OK;
    }
}

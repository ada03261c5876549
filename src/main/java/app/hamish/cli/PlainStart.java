package app.hamish.cli;

import app.hamish.ui.shell.WorkbenchLauncher;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The everyday start: the README's command with no arguments, the analyst's name and workspace remembered. There
 * is nothing for picocli to parse, and loading it (Java 5 class files, which the AOT cache cannot hold: read from
 * the jar and verified at every start) and building its model of the options took the main thread's processor
 * time beside JavaFX's start on a two-core machine (decision 0072). The one argument taken here besides none is
 * one of the hidden ones that start-up timers and the AOT cache's training add, so that they time and train this
 * path; anything else goes to picocli.
 */
final class PlainStart {
    static final String EXIT_WHEN_SHOWN = "--exit-when-shown";
    /** The AOT cache's training: the everyday start, then each key pressed once (decision 0074). */
    static final String REHEARSE_KEYS = "--rehearse-keys";

    private PlainStart() {
    }

    static boolean applies(String... args) {
        return args.length == 0
                || args.length == 1 && (args[0].equals(EXIT_WHEN_SHOWN) || args[0].equals(REHEARSE_KEYS));
    }

    /** Opens the workbench as picocli would for the same arguments; its exit code, failures told as picocli's are. */
    static int open(PrintStream err, String... args) {
        try {
            boolean rehearse = args.length == 1 && args[0].equals(REHEARSE_KEYS);
            WorkbenchLauncher.launch((Path) null, null, false, args.length == 1 && !rehearse, rehearse);
            return ExitCodes.OK;
        } catch (RuntimeException e) {
            return ExitCodes.report(e, err);
        } catch (OutOfMemoryError e) {
            err.println("hamish: " + ExitCodes.outOfMemory());
            return ExitCodes.OUT_OF_MEMORY;
        }
    }
}

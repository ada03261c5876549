package app.hamish.cli;

import app.hamish.ui.DataFolder;
import app.hamish.ui.LogFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.Logger;
import picocli.CommandLine;

/** The one entry point: no command opens the workbench, a command runs headless. */
public final class Main {
    private static final Logger LOG = Logger.getLogger(Main.class.getName());

    private Main() {
    }

    public static void main(String[] args) {
        logToFile(DataFolder.logFile(DataFolder.current()));
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine commandLine = commandLine();
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            // Thrown past picocli, which handles only exceptions. The work it cut short unwound with it (every change
            // is one transaction; inputs are read whole before anything is written), so memory is free again here.
            commandLine.getErr().println("hamish: " + ExitCodes.outOfMemory());
            return ExitCodes.OUT_OF_MEMORY;
        }
    }

    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new HamishCommand());
        commandLine.setExecutionExceptionHandler(new ExitCodes());
        return commandLine;
    }

    /** A data folder that cannot be written costs the log file, not the run. */
    private static void logToFile(Path file) {
        try {
            LogFile.install(file);
        } catch (IOException e) {
            LOG.warning(() -> "cannot write the log file " + file + ": " + e.getMessage());
        }
    }
}

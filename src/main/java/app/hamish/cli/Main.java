package app.hamish.cli;

import app.hamish.ui.shell.DefaultWorkspace;
import app.hamish.ui.shell.LogFile;
import app.hamish.ui.shell.WorkbenchLauncher;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.logging.Logger;
import picocli.CommandLine;

/** The one entry point: no command opens the workbench, a command runs headless. */
public final class Main {
    private static final Logger LOG = Logger.getLogger(Main.class.getName());

    private Main() {
    }

    public static void main(String[] args) {
        OptionalInt relaunched = Utf8Relaunch.ifNeeded();
        if (relaunched.isPresent()) {
            System.exit(relaunched.getAsInt());
        }
        logToFile(DefaultWorkspace.logFile());
        if (HamishCommand.namesNoCommand(args)) {
            WorkbenchLauncher.startAhead();
        }
        int code;
        try {
            code = run(args);
        } finally {
            // A mistyped option is told by picocli; JavaFX, started for a workbench that is not opened, stops.
            WorkbenchLauncher.noWorkbench();
        }
        System.exit(code);
    }

    public static int run(String... args) {
        if (PlainStart.applies(args)) {
            return PlainStart.open(System.err, args);
        }
        CommandLine commandLine = workbenchOnly(args).orElseGet(Main::commandLine);
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            // Thrown past picocli, which handles only exceptions. The work it cut short unwound with it (every change
            // is one transaction; inputs are read whole before anything is written), so memory is free again here.
            commandLine.getErr().println("hamish: " + ExitCodes.outOfMemory());
            return ExitCodes.OUT_OF_MEMORY;
        }
    }

    /**
     * The workbench's command alone, when the arguments are only its options: picocli builds each command's model
     * from its annotations, which on the workbench's start-up path costs more than everything up to JavaFX.
     */
    static Optional<CommandLine> workbenchOnly(String... args) {
        CommandLine workbench = new CommandLine(new HamishCommand());
        try {
            if (workbench.parseArgs(args).isUsageHelpRequested()) {
                return Optional.empty();
            }
        } catch (CommandLine.ParameterException e) {
            // A command's name, or a mistake that the whole command line answers best ("did you mean").
            return Optional.empty();
        }
        workbench.setExecutionExceptionHandler(new ExitCodes());
        return Optional.of(workbench);
    }

    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new HamishCommand());
        HamishCommand.COMMANDS.forEach(commandLine::addSubcommand);
        commandLine.setExecutionExceptionHandler(new ExitCodes());
        // Every subcommand, including any added later, explains itself on --help and exits 0.
        for (CommandLine subcommand : commandLine.getSubcommands().values()) {
            subcommand.getCommandSpec().addOption(CommandLine.Model.OptionSpec.builder("-h", "--help")
                    .usageHelp(true).description("Show this help message and exit.").build());
        }
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

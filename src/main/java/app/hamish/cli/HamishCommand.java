package app.hamish.cli;

import app.hamish.ui.shell.WorkbenchLauncher;
import app.hamish.ui.shell.WorkspaceLocation;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "hamish", mixinStandardHelpOptions = true, version = "Hamish 0.1.0",
        description = {"Annotate Arabic news articles right-to-left.",
                "Without a command, opens the workbench (the sample articles are imported into a new workspace)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:unexpected failure", "2:wrong usage, or no display for the workbench",
                "3:workspace cannot be opened", "4:input refused, nothing changed",
                "5:could not write, nothing changed", "6:out of memory, nothing changed"})
final class HamishCommand implements Callable<Integer> {
    /**
     * The commands, added by {@link Main} only when the arguments name one (or ask for help): opening the
     * workbench does not wait for picocli to build their models (decision 0039).
     */
    static final List<Class<?>> COMMANDS = List.of(ImportCommand.class, ExportCommand.class, StatsCommand.class,
            BackupCommand.class, MergeCommand.class, AuditCommand.class, AgreementCommand.class, FindCommand.class,
            EvaluateCommand.class, RestoreBackupCommand.class, ScreenshotCommand.class, BenchCommand.class,
            ReviewCommand.class, ServerCommand.class, PushCommand.class, ReviewersCommand.class,
            StartupLimitCommand.class);
    /**
     * The commands' names as their annotations give them, and the options that print and exit: read here without
     * picocli, which has not built its model yet when {@link #namesNoCommand} is asked (CommandLineTest keeps the two
     * in step).
     */
    static final Set<String> NOT_THE_WORKBENCH = Set.of("import", "export", "stats", "backup", "merge", "audit",
            "agreement", "find", "evaluate", "restore-backup", "screenshot", "bench", "review", "server", "push",
            "reviewers", "startup-limit", "-h", "--help", "-V", "--version");

    @Option(names = "--workspace", paramLabel = "FILE|URL", converter = WorkspaceArgument.Converter.class,
            description = {"Workspace database (default: the workbench reopens the one it had open last; commands, "
                    + "and a first start, use annotations/workbench.db, or workbench.db in your data folder when "
                    + "Hamish is installed), or a server's: postgresql://HOST[:PORT]/DB?user=NAME."})
    WorkspaceArgument workspace;

    @Option(names = "--annotator", paramLabel = "NAME",
            description = "Who annotates in the workbench (default: the name given last time).")
    String annotator;

    @Option(names = "--reviewer", description = "Open the workbench as a reviewer (for a new profile; an existing "
            + "profile keeps its role).")
    boolean reviewer;

    /** For {@code bench --startup}, which times how long the first window takes to appear. */
    @Option(names = PlainStart.EXIT_WHEN_SHOWN, hidden = true)
    boolean exitWhenShown;

    /** For the AOT cache's training, which presses each key once after the window shows (decision 0074). */
    @Option(names = PlainStart.REHEARSE_KEYS, hidden = true)
    boolean rehearseKeys;

    /**
     * Whether the arguments can only be the workbench's or a mistake: none names a command, asks for help or the
     * version, or is an argument file ({@code @FILE}, whose lines picocli reads as arguments).
     */
    static boolean namesNoCommand(String... args) {
        return Stream.of(args).noneMatch(arg -> NOT_THE_WORKBENCH.contains(arg) || arg.startsWith("@"));
    }

    @Override
    public Integer call() {
        if (workspace != null && workspace.server() != null) {
            WorkbenchLauncher.launch(WorkspaceLocation.of(workspace.server()), annotator, reviewer, exitWhenShown);
        } else {
            WorkbenchLauncher.launch(workspace == null ? null : workspace.file(), annotator, reviewer, exitWhenShown,
                    rehearseKeys);
        }
        return ExitCodes.OK;
    }
}

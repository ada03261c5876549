package app.hamish.cli;

import picocli.CommandLine;

/** The one entry point: no command opens the workbench, a command runs headless. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new HamishCommand());
        commandLine.setExecutionExceptionHandler(new ExitCodes());
        return commandLine;
    }
}

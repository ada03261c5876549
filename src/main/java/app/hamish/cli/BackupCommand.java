package app.hamish.cli;

import app.hamish.io.FileNames;
import app.hamish.service.Workspace;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "backup", description = {"Write a consistent copy of the workspace to FILE (safe while it is in use).",
        "A server workspace is written as a workspace file that opens offline: one snapshot of the server."})
final class BackupCommand extends WorkspaceCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "Where to write the copy. A file workspace's copy replaces FILE;"
            + " a server's is refused if FILE exists, unless --replace is given.")
    Path target;

    @Option(names = "--replace", description = "Replace FILE if it exists (the backup of a server workspace).")
    boolean replace;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        FileNames.requireSafe(target);
        try (Workspace opened = openForReading()) {
            // A file workspace's backup has always replaced its target; a server's new one is careful from the start.
            opened.backupTo(target, replace || server().isEmpty());
            spec.commandLine().getOut().printf("Backed up %s to %s.%n", opened.location(), target);
        }
        return ExitCodes.OK;
    }
}

package app.hamish.cli;

import app.hamish.io.FileNames;
import app.hamish.service.Workspace;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "backup", description = "Write a consistent copy of the workspace to FILE (safe while it is in use).")
final class BackupCommand extends WorkspaceCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "Where to write the copy; replaced if it exists.")
    Path target;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        FileNames.requireSafe(target);
        try (Workspace opened = openForReading()) {
            opened.backupTo(target);
            spec.commandLine().getOut().printf("Backed up %s to %s.%n", opened.location(), target);
        }
        return ExitCodes.OK;
    }
}

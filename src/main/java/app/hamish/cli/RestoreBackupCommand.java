package app.hamish.cli;

import app.hamish.service.WorkspaceBackups;
import app.hamish.store.UnsupportedOnServerException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "restore-backup", description = {"Put an automatic backup (the newest, unless --from names one) in "
        + "place of a damaged workspace; the damaged file is kept beside it.",
        "A workspace that opens cleanly is left alone unless --force is given."})
final class RestoreBackupCommand extends WorkspaceCommand implements Callable<Integer> {
    @Option(names = "--from", paramLabel = "BACKUP", description = "The backup to restore (default: the newest in "
            + "WORKSPACE.backups/).")
    Path from;

    @Option(names = "--force", description = "Replace the workspace even though it opens cleanly (the work done "
            + "since the backup is rolled back; the replaced file is kept beside it).")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (server().isPresent()) {
            // Putting a file in place of the team's database would roll back everyone's work since the backup.
            throw new UnsupportedOnServerException("Cannot restore a backup onto " + name() + ": it is a server"
                    + " workspace, which has no automatic backups and is never replaced by a file; its administrator"
                    + " restores the server's own backups (pg_dump, pg_restore). Nothing was changed.");
        }
        WorkspaceBackups.Restored restored = WorkspaceBackups.restore(location(), Optional.ofNullable(from),
                Clock.systemUTC(), force);
        spec.commandLine().getOut().printf("Restored %s from %s; the file it replaced is kept as %s.%n", location(),
                restored.backup(), restored.keptAs());
        return ExitCodes.OK;
    }
}

package app.hamish.cli;

import app.hamish.service.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** A subcommand that works on a workspace, named before or after the subcommand. */
abstract class WorkspaceCommand {
    @ParentCommand
    HamishCommand parent;

    @Option(names = "--workspace", paramLabel = "FILE", description = "Workspace database (default: annotations/workbench.db).")
    Path workspace;

    Path location() {
        return workspace != null ? workspace : parent.workspace;
    }

    /** Opens the workspace, creating it if absent. */
    Workspace openOrCreate() {
        return Workspace.open(location());
    }

    /** Opens an existing workspace; reading commands never create an empty one by mistake. */
    Workspace openExisting() {
        if (!Files.exists(location())) {
            throw new MissingWorkspaceException(location());
        }
        return Workspace.open(location());
    }
}

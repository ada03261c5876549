package app.hamish.cli;

import app.hamish.model.MergeReport;
import app.hamish.service.Workspace;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** A command that brings a workspace file into the one named, by merge's rules, and says what came in. */
abstract class MergeInCommand extends WorkspaceCommand {
    @Option(names = "--as", paramLabel = "NAME", description = "Who brings it in, for the audit log "
            + "(default: your login name).")
    String by = System.getProperty("user.name", "hamish");

    @Spec
    CommandSpec spec;

    int mergeIn(Path source) {
        try (Workspace opened = openExisting()) {
            MergeReport report = opened.merge(source, by);
            MergeReports.print(report, source.toString(), spec.commandLine().getOut());
            SearchIndexFill.run(opened, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        return ExitCodes.OK;
    }
}

package app.hamish.cli;

import app.hamish.model.MergeReport;
import app.hamish.service.Workspace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "merge", description = {"Bring another workspace's articles, annotators, annotations, decisions, "
        + "review states and audit log into this one, and its later changes to what both hold, deletions too.",
        "Idempotent; of a row both sides changed the later change wins, the other is kept in the audit log and "
                + "named; decisions and sign-offs by reviewers this workspace does not list come in as submitted "
                + "work; the same annotator name from another machine becomes a separate layer; refused (exit 4, nothing changed) if an article id has different text in the two workspaces "
                + "or the other file fails any check an import makes (named by table, row and reason)."})
final class MergeCommand extends WorkspaceCommand implements Callable<Integer> {
    @Parameters(paramLabel = "OTHER_WORKSPACE", description = "The workspace file to merge in (not changed).")
    Path other;

    @Option(names = "--as", paramLabel = "NAME", description = "Who is merging, for the audit log "
            + "(default: your login name).")
    String by = System.getProperty("user.name", "hamish");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Workspace opened = openExisting()) {
            MergeReport report = opened.merge(other, by);
            PrintWriter out = spec.commandLine().getOut();
            MergeReports.print(report, other.toString(), out);
        }
        return ExitCodes.OK;
    }
}

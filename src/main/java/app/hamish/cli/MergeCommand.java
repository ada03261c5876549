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
        + "review states and audit log into this one.",
        "Idempotent; never overwrites local work; the same annotator name from another machine becomes a separate "
                + "layer; refused (exit 4, nothing changed) if an article id has different text in the two workspaces "
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
            if (report.changedNothing()) {
                out.printf("Nothing new in %s.%n", other);
            } else {
                out.printf("Merged %s: %d article(s), %d annotator(s), %d annotation(s), %d relation(s), "
                                + "%d decision(s), %d review state(s), %d rejected suggestion(s), %d audit entries.%n",
                        other, report.articles(), report.annotators(), report.annotations(), report.relations(),
                        report.decisions(), report.states(), report.rejectedSuggestions(), report.auditEntries());
            }
            if (report.keptLocalDecisions() + report.keptLocalStates() > 0) {
                out.printf("Kept the local version of %d decision(s) and %d review state(s) that differ in %s.%n",
                        report.keptLocalDecisions(), report.keptLocalStates(), other);
            }
        }
        return ExitCodes.OK;
    }
}

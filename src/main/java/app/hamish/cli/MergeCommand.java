package app.hamish.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "merge", description = {"Bring another workspace's articles, annotators, annotations, decisions, "
        + "review states and audit log into this one, and its later changes to what both hold, deletions too.",
        "Idempotent; of a row both sides changed the later change wins, the other is kept in the audit log and "
                + "named; decisions and sign-offs by reviewers this workspace does not list come in as submitted "
                + "work; the same annotator name from another machine becomes a separate layer; refused (exit 4, nothing changed) if an article id has different text in the two workspaces "
                + "or the other file fails any check an import makes (named by table, row and reason)."})
final class MergeCommand extends MergeInCommand implements Callable<Integer> {
    @Parameters(paramLabel = "OTHER_WORKSPACE", description = "The workspace file to merge in (not changed).")
    Path other;

    @Override
    public Integer call() {
        return mergeIn(other);
    }
}

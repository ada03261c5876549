package app.hamish.cli;

import app.hamish.model.Annotator;
import app.hamish.service.Refusal;
import app.hamish.service.RefusedException;
import app.hamish.service.Workspace;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "reviewers", description = {"List the workspace's reviewers, or add one: only a reviewer it lists "
        + "adds another (the first to act as a reviewer in a workspace without one is listed).",
        "Merges bring in decisions and sign-offs only by the reviewers a workspace lists."})
final class ReviewersCommand extends WorkspaceCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "add", description = "add: list NAME as a reviewer.")
    String action;

    @Parameters(index = "1", arity = "0..1", paramLabel = "NAME", description = "Who to list (a reviewer's name, "
            + "added as a reviewer if new).")
    String name;

    @Option(names = "--annotator", paramLabel = "NAME", description = "The listed reviewer who adds them (may also "
            + "come before the command).")
    String annotator;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (action == null) {
            try (Workspace opened = openForReading()) {
                opened.annotations().annotators().stream().filter(opened.annotations()::isListedReviewer)
                        .forEach(reviewer -> out.println(reviewer.name()));
            }
            return ExitCodes.OK;
        }
        String by = annotator != null ? annotator : parent.annotator;
        if (!action.equals("add") || name == null || by == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "add a reviewer with: reviewers add NAME --annotator A_LISTED_REVIEWER");
        }
        try (Workspace opened = openExisting()) {
            opened.atomically(() -> {
                Annotator adder = opened.annotations().annotators().stream()
                        .filter(candidate -> candidate.name().equals(by.strip())).findFirst()
                        .orElseThrow(() -> new RefusedException(Refusal.NOT_LISTED_REVIEWER, by));
                Annotator added = opened.annotations().annotator(name, Annotator.Role.REVIEWER);
                opened.annotations().addReviewer(added, adder);
            });
            out.printf("%s is now a reviewer of %s.%n", name.strip(), name());
        }
        return ExitCodes.OK;
    }
}

package app.hamish.cli;

import app.hamish.model.MergeReport;
import app.hamish.service.Workspace;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "push", description = {"Bring a local workspace file (work done offline, or everything made before "
        + "the team moved) into a server workspace, by merge's rules, in one server transaction.",
        "The file is input: checked as a merge checks it, never changed; a bad or foreign file is refused (exit 4) "
                + "and the server is left as it was. Reports as merge does."})
final class PushCommand extends WorkspaceCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The workspace file to bring in (not changed).")
    Path file;

    @Option(names = "--as", paramLabel = "NAME", description = "Who is pushing, for the audit log "
            + "(default: your login name).")
    String by = System.getProperty("user.name", "hamish");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (server().isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "push brings a file into a server "
                    + "workspace: name one with --workspace postgresql://HOST[:PORT]/DB?user=NAME (between two files, "
                    + "use merge)");
        }
        try (Workspace opened = openExisting()) {
            MergeReport report = opened.merge(file, by);
            MergeReports.print(report, file.toString(), spec.commandLine().getOut());
        }
        return ExitCodes.OK;
    }
}

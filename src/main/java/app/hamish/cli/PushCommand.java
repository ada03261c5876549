package app.hamish.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "push", description = {"Bring a local workspace file (work done offline, or everything made before "
        + "the team moved) into a server workspace, by merge's rules, in one server transaction.",
        "The file is input: checked as a merge checks it, never changed; a bad or foreign file is refused (exit 4) "
                + "and the server is left as it was. Reports as merge does."})
final class PushCommand extends MergeInCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The workspace file to bring in (not changed).")
    Path file;

    @Override
    public Integer call() {
        if (server().isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "push brings a file into a server "
                    + "workspace: name one with --workspace postgresql://HOST[:PORT]/DB?user=NAME (between two files, "
                    + "use merge)");
        }
        return mergeIn(file);
    }
}

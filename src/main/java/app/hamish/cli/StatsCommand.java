package app.hamish.cli;

import app.hamish.model.ControlCharacters;
import app.hamish.model.WorkspaceStats;
import app.hamish.service.Workspace;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "stats", description = "Count articles, and annotations per label and per annotator.")
final class StatsCommand extends WorkspaceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Workspace opened = openForReading()) {
            WorkspaceStats stats = opened.stats();
            PrintWriter out = spec.commandLine().getOut();
            out.printf("articles\t%d%n", stats.articles());
            out.printf("annotations\t%d%n", stats.annotations());
            print(out, "label", stats.annotationsByLabel());
            print(out, "annotator", stats.annotationsByAnnotator());
        }
        return ExitCodes.OK;
    }

    private static void print(PrintWriter out, String kind, Map<String, Long> counts) {
        counts.forEach((name, count) -> out.printf("%s\t%s\t%d%n", kind, ControlCharacters.shown(name), count));
    }
}

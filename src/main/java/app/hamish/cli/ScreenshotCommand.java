package app.hamish.cli;

import app.hamish.ui.shell.Screenshots;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "screenshot", description = {"Render the workbench window on an article, with its annotations, to a PNG.",
        "Runs without a display. A new workspace gets the sample articles, as on the first run."})
final class ScreenshotCommand extends WorkspaceCommand implements Callable<Integer> {
    @Option(names = "--article", paramLabel = "ID", description = "Article to show (default: the first).")
    String article;

    @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "Where to write the PNG.")
    Path out;

    @Option(names = "--width", description = "Window width in pixels (default: ${DEFAULT-VALUE}).")
    int width = 1280;

    @Option(names = "--height", description = "Window height in pixels (default: ${DEFAULT-VALUE}).")
    int height = 800;

    @Option(names = "--select", paramLabel = "ANNOTATION_ID", description = "Show this annotation selected.")
    long select = -1;

    @Option(names = "--adjudicate", description = "Show the adjudication view: the layers in review in lanes.")
    boolean adjudicate;

    @Option(names = "--language", description = "Interface language: en or ar (default: ${DEFAULT-VALUE}).")
    String language = "en";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Screenshots.render(new Screenshots.Request(location(), article, out, width, height,
                Locale.forLanguageTag(language), select, adjudicate));
        spec.commandLine().getOut().printf("Wrote %s.%n", out);
        return ExitCodes.OK;
    }
}

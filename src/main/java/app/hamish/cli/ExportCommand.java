package app.hamish.cli;

import app.hamish.io.Exporter;
import app.hamish.io.Progress;
import app.hamish.io.formats.Formats;
import app.hamish.model.ExportFilter;
import app.hamish.model.ReviewStatus;
import app.hamish.service.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", description = {"Export annotations as training JSONL, review CSV, or another tool's format.",
        "Offsets are Unicode code points, end exclusive: text[start:end] in Python (see docs/formats.md)."})
final class ExportCommand extends WorkspaceCommand implements Callable<Integer> {
    private static final int CHANGES_SHOWN = 20;

    @Option(names = "--format", required = true, converter = FormatNames.class,
            completionCandidates = FormatNames.class, description = "jsonl (training data), csv (review data), "
                    + "doccano, doccano-relations, spacy, labelstudio, brat (a .zip) or conll.")
    Formats.Format format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "File to write (replaced atomically).")
    Path out;

    @Option(names = "--label", paramLabel = "LABEL", description = "Only this label (repeatable).")
    List<String> labels = List.of();

    @Option(names = "--annotator", paramLabel = "NAME", description = "Only this annotator's work (repeatable).")
    List<String> annotators = List.of();

    @Option(names = "--status", paramLabel = "STATUS",
            description = "Only annotations in this review status: pending, accepted, rejected (repeatable).")
    List<String> statuses = List.of();

    @Option(names = "--article", paramLabel = "ID", description = "Only this article (repeatable).")
    List<String> articles = List.of();

    @Option(names = "--no-bom", description = "CSV: omit the byte-order mark (Excel needs it to show Arabic).")
    boolean noBom;

    @Option(names = "--raw", description = "CSV: every cell exactly as it is, for programs: no ' before "
            + "formula-like cells and no byte-order mark. Never open such a file in a spreadsheet.")
    boolean raw;

    @Option(names = "--all", description = "Export every annotation with its review status; for jsonl this replaces "
            + "the default, gold only (the accepted annotations of signed-off articles).")
    boolean all;

    @Option(names = "--gold", description = "Any format: export only gold (accepted annotations of signed-off "
            + "articles).")
    boolean gold;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (raw && !format.name().equals("csv")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--raw is for csv; "
                    + format.name() + " is written exactly as it is");
        }
        if (all && gold) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--all and --gold exclude each other");
        }
        boolean goldOnly = gold || (!all && format.goldByDefault());
        ExportFilter filter = new ExportFilter(Set.copyOf(labels), Set.copyOf(annotators), statuses(),
                Set.copyOf(articles), goldOnly);
        Exporter exporter = format.exporter(new Formats.ExportOptions(!noBom, raw));
        try (Workspace opened = openForReading()) {
            Exporter.Summary summary = exporter.export(opened, filter, out, Progress.NONE);
            PrintWriter printed = spec.commandLine().getOut();
            printed.printf("Exported %d annotation(s) of %d article(s) to %s.%n", summary.annotations(),
                    summary.articles(), out);
            printChangedSpans(printed, summary.changedSpans());
        }
        return ExitCodes.OK;
    }

    /** An export never changes a span silently: each one the format could not hold is named, up to a limit. */
    private void printChangedSpans(PrintWriter printed, List<String> changed) {
        if (changed.isEmpty()) {
            return;
        }
        printed.printf("%d span(s) written other than they are, as %s cannot hold them (also said in the file):%n",
                changed.size(), format.name());
        changed.stream().limit(CHANGES_SHOWN).forEach(change -> printed.println("  " + change));
        if (changed.size() > CHANGES_SHOWN) {
            printed.printf("  ... and %d more%n", changed.size() - CHANGES_SHOWN);
        }
    }

    private Set<ReviewStatus> statuses() {
        try {
            return statuses.stream().map(status -> ReviewStatus.fromCode(status.toLowerCase(Locale.ROOT)))
                    .collect(Collectors.toSet());
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--status takes pending, accepted or rejected, not " + statuses);
        }
    }
}

package app.hamish.cli;

import app.hamish.io.AgreementCsv;
import app.hamish.model.Article;
import app.hamish.service.Workspace;
import app.hamish.service.agreement.AgreementReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "agreement", description = {
        "Measure how far annotators agree: per article and over the corpus, for every two annotators and label,",
        "exact span F1, exact ignoring invisible marks and white space at span edges, overlap span F1 and Cohen's",
        "kappa over word tokens. Writes all rows as CSV and prints the corpus rows."})
final class AgreementCommand extends WorkspaceCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "CSV file to write (replaced atomically).")
    Path out;

    @Option(names = "--article", paramLabel = "ID", description = "Only this article (repeatable).")
    List<String> articles = List.of();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        AgreementReport report;
        try (Workspace opened = openForReading()) {
            opened.requireNotWorkspaceFile(out);
            report = opened.agreement().report(articleIds(opened));
        }
        AgreementCsv.write(report, out);
        print(report, spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    /** The ids of the articles named by {@code --article}; none (all articles) when it is not given. */
    private List<Long> articleIds(Workspace workspace) {
        return articles.stream().map(externalId -> workspace.corpus().article(externalId)
                .orElseThrow(() -> new ParameterException(spec.commandLine(),
                        "There is no article " + externalId + " in " + name() + ".")))
                .map(Article::id).toList();
    }

    private void print(AgreementReport report, PrintWriter printer) {
        long articleCount = report.articles().stream().map(AgreementReport.ArticleRow::articleId).distinct().count();
        if (articleCount == 0) {
            printer.printf("No article has annotations by two annotators; %s holds only the header.%n", out);
            return;
        }
        printer.printf("Agreement on %d article(s) written to %s. Over the corpus:%n", articleCount, out);
        printer.println("annotator_a\tannotator_b\tlabel\ta_spans\tb_spans\texact_f1\ttolerant_f1\toverlap_f1\tkappa");
        for (AgreementReport.Row row : report.corpus()) {
            printer.printf("%s\t%s\t%s\t%d\t%d\t%s\t%s\t%s\t%s%n", row.annotatorA(), row.annotatorB(), row.label(),
                    row.spans().aSpans(), row.spans().bSpans(), shown(row.exactF1()), shown(row.tolerantF1()),
                    shown(row.overlapF1()), shown(row.kappa()));
        }
    }

    /** A score as in the CSV, with a dash where the CSV leaves the cell empty, so the columns stay readable. */
    private static String shown(double score) {
        String formatted = AgreementCsv.score(score);
        return formatted.isEmpty() ? "-" : formatted;
    }
}

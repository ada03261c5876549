package app.hamish.io;

import app.hamish.service.agreement.AgreementReport;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An {@link AgreementReport} as CSV (RFC 4180): a row per article, annotator pair and label, then the corpus
 * rows with {@value #CORPUS} as their scope. UTF-8 with a byte-order mark, as the review CSV, because Excel on
 * Windows garbles Arabic names without one. The boundary-tolerant exact level (decision 0023) is last, so that
 * readers of the earlier columns by position are unaffected.
 */
public final class AgreementCsv {
    static final List<String> COLUMNS = List.of("scope", "annotator_a", "annotator_b", "label", "a_spans",
            "b_spans", "exact_matches", "exact_f1", "overlap_f1", "kappa", "tolerant_matches", "tolerant_f1");
    /** The scope of rows over the whole corpus; article rows name the article's id. */
    public static final String CORPUS = "corpus";

    private AgreementCsv() {
    }

    public static void write(AgreementReport report, Path destination) throws IOException {
        AtomicFile.write(destination, out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            writer.write('\uFEFF');
            writeLine(writer, COLUMNS.stream().map(CsvCells::cell).toList());
            for (AgreementReport.ArticleRow row : report.articles()) {
                writeLine(writer, cells(row.externalId(), row.row()));
            }
            for (AgreementReport.Row row : report.corpus()) {
                writeLine(writer, cells(CORPUS, row));
            }
            writer.flush();
        });
    }

    /** A score to four decimals; empty for NaN, where there was nothing to agree on. */
    public static String score(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.4f", value);
    }

    /**
     * Names go through {@link CsvCells} for quoting and formula neutralising; numbers do not, because a negative
     * kappa would come out as the text {@code '-0.25} and no longer sort or sum as a number.
     */
    private static List<String> cells(String scope, AgreementReport.Row row) {
        List<String> cells = new ArrayList<>(List.of(CsvCells.cell(scope), CsvCells.cell(row.annotatorA()),
                CsvCells.cell(row.annotatorB()), CsvCells.cell(row.label())));
        cells.add(Integer.toString(row.spans().aSpans()));
        cells.add(Integer.toString(row.spans().bSpans()));
        cells.add(Integer.toString(row.spans().exactMatches()));
        cells.add(score(row.exactF1()));
        cells.add(score(row.overlapF1()));
        cells.add(score(row.kappa()));
        cells.add(Integer.toString(row.spans().tolerantMatches()));
        cells.add(score(row.tolerantF1()));
        return cells;
    }

    private static void writeLine(Writer writer, List<String> escapedCells) throws IOException {
        writer.write(String.join(",", escapedCells));
        writer.write("\r\n");
    }
}

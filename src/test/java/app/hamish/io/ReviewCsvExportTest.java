package app.hamish.io;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.StoreBackend;
import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.ExportFilter;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.NewArticle;
import app.hamish.model.Provenance;
import app.hamish.model.ReviewStatus;
import app.hamish.model.Span;
import app.hamish.model.WorkflowTransition;
import app.hamish.service.Workspace;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(StoreBackend.class)
class ReviewCsvExportTest {
    @Parameter
    StoreBackend backend;
    /** The workspaces of one test, by name: a file each, or a database each on the server. */
    private final Map<String, StoreBackend.Place> places = new HashMap<>();
    // The note and the span texts hold quotes, commas and newlines; some begin like spreadsheet formulas.
    private static final String TEXT = "=HYPERLINK(\"http://x\") قال \"المصدر\"، بحسب مصادر,\nمطلعة -5 @user +1";

    @TempDir
    Path folder;
    private Workspace workspace;
    private Article article;

    @BeforeEach
    void annotate() {
        workspace = place("w").workspace();
        article = workspace.corpus().importArticles(List.of(ArticleFiles.fromText(
                TEXT.getBytes(StandardCharsets.UTF_8), "f.txt", "f.txt"))).imported().getFirst();
        Annotator mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
        Annotator samir = workspace.annotations().annotator("=samir", Annotator.Role.REVIEWER);
        Annotation formula = create(mona, "=HYPERLINK(\"http://x\")", Label.CLAIM, "=1+1, \"quoted\"\nnext line");
        create(mona, "\"المصدر\"، بحسب مصادر,\nمطلعة", Label.UNVERIFIED_SOURCE, "");
        create(mona, "-5", Label.CLAIM, "");
        create(mona, "@user", Label.ENTITY, "");
        workspace.review().transition(article.id(), mona.id(), WorkflowTransition.SUBMIT, mona, "", null);
        workspace.review().transition(article.id(), mona.id(), WorkflowTransition.TAKE_FOR_REVIEW, samir, "", null);
        workspace.review().decide(formula.id(), samir, ReviewStatus.REJECTED, "+ not a claim", null);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Annotation create(Annotator annotator, String text, String label, String note) {
        int utf16 = TEXT.indexOf(text);
        Span span = article.text().spanFromUtf16(utf16, utf16 + text.length());
        return workspace.annotations().create(new NewAnnotation(article.id(), annotator.id(), span, label, null,
                note, Provenance.MANUAL));
    }

    private List<CSVRecord> export(boolean bom, ExportFilter filter) throws Exception {
        return export(bom, false, filter);
    }

    private List<CSVRecord> export(boolean bom, boolean raw, ExportFilter filter) throws Exception {
        Path out = folder.resolve("review.csv");
        new ReviewCsvExporter(bom, raw).export(workspace, filter, out, Progress.NONE);
        byte[] bytes = Files.readAllBytes(out);
        String content = new String(bytes, StandardCharsets.UTF_8);
        assertThat(content.startsWith("\uFEFF")).isEqualTo(bom);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(bom ? content.substring(1) : content)).getRecords();
    }

    @Test
    void roundTripsThroughACsvParserWithArabicIntactAndFormulasNeutralised() throws Exception {
        List<CSVRecord> rows = export(true, ExportFilter.ALL);
        assertThat(rows).hasSize(4);
        CSVRecord formula = rows.getFirst();
        assertThat(formula.get("text")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(formula.get("note")).isEqualTo("'=1+1, \"quoted\"\nnext line");
        assertThat(formula.get("status")).isEqualTo("rejected");
        assertThat(formula.get("reviewer")).isEqualTo("'=samir");
        assertThat(formula.get("comment")).isEqualTo("'+ not a claim");
        assertThat(formula.get("decided_at")).isNotEmpty();
        assertThat(formula.get("context_after")).startsWith(" قال \"المصدر\"، بحسب");

        CSVRecord source = rows.get(1);
        assertThat(source.get("text")).isEqualTo("\"المصدر\"، بحسب مصادر,\nمطلعة");
        assertThat(source.get("label")).isEqualTo(Label.UNVERIFIED_SOURCE);
        assertThat(source.get("status")).isEqualTo("pending");
        int start = Integer.parseInt(source.get("start_codepoint"));
        int end = Integer.parseInt(source.get("end_codepoint"));
        assertThat(new String(TEXT.codePoints().toArray(), start, end - start)).isEqualTo(source.get("text"));

        assertThat(rows.get(2).get("text")).isEqualTo("'-5");
        assertThat(rows.get(3).get("text")).isEqualTo("'@user");
        assertThat(rows).allSatisfy(row -> assertThat(row.get("article_id")).isEqualTo("f"));
    }

    @Test
    void byteOrderMarkCanBeOmittedAndFiltersApply() throws Exception {
        List<CSVRecord> pending = export(false, new ExportFilter(Set.of(Label.CLAIM), Set.of(),
                Set.of(ReviewStatus.PENDING), Set.of()));
        assertThat(pending).extracting(row -> row.get("text")).containsExactly("'-5");
        assertThat(export(false, new ExportFilter(Set.of(), Set.of("nobody"), Set.of(), Set.of()))).isEmpty();
    }

    @Test
    void theExactTextOfEverySpanIsInTextJsonAndRawCellsAreExact() throws Exception {
        for (CSVRecord row : export(true, ExportFilter.ALL)) {
            assertThat(spanText(row)).isEqualTo(Json.parser(row.get("text_json")).nextTextValue());
            assertThat(row.get("text_json")).startsWith("\"");
        }
        List<CSVRecord> raw = export(false, true, ExportFilter.ALL);
        assertThat(raw).allSatisfy(row -> assertThat(row.get("text")).isEqualTo(spanText(row)));
        assertThat(raw.getFirst().get("text")).isEqualTo("=HYPERLINK(\"http://x\")");
        assertThat(raw.getFirst().get("reviewer")).isEqualTo("=samir");
    }

    @Test
    void formulasHiddenBehindLineBreaksBidiMarksSpacesOrOtherWidthsAreGuarded() {
        for (String formula : List.of("\n=1+1", "\u200F=1+1", "\u00A0=1+1", " =1+1", "\u200B\u2066@SUM(A1)",
                "\uFF1D1+1", "\uFE62cmd", "\u2212 5", "\uFF20SUM(A1)", "\uFF0D5", "\n")) {
            assertThat(CsvCells.startsLikeFormula(formula)).as(formula).isTrue();
            assertThat(CsvCells.cell(formula)).as(formula).matches("(?s)\"?'.*");
        }
        for (String text : List.of("قال", " 🙂 إن", "\u200Fقال", "'=", "a=b", "\u00A0", "100%")) {
            assertThat(CsvCells.startsLikeFormula(text)).as(text).isFalse();
        }
    }

    private String spanText(CSVRecord row) {
        int start = Integer.parseInt(row.get("start_codepoint"));
        int end = Integer.parseInt(row.get("end_codepoint"));
        return new String(TEXT.codePoints().toArray(), start, end - start);
    }

    @Test
    void cellsAreQuotedOnlyWhenNeeded() {
        assertThat(CsvCells.cell("قال")).isEqualTo("قال");
        assertThat(CsvCells.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvCells.cell("\tTAB")).isEqualTo("'\tTAB");
        assertThat(CsvCells.cell("\rCR")).isEqualTo("\"'\rCR\"");
        assertThat(CsvCells.cell("\0x")).isEqualTo("'\0x");
        assertThat(CsvCells.cell(null)).isEmpty();
    }

    private StoreBackend.Place place(String name) {
        return places.computeIfAbsent(name, key -> backend.newPlace(folder, key));
    }
}

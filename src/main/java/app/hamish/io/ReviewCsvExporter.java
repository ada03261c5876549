package app.hamish.io;

import app.hamish.model.ArticleExport;
import app.hamish.model.ArticleText;
import app.hamish.model.ExportFilter;
import app.hamish.model.ExportedAnnotation;
import app.hamish.model.Span;
import app.hamish.service.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Review data: one row per annotation with its context, for a spreadsheet. UTF-8 with a byte-order mark by
 * default, because Excel on Windows garbles Arabic without one. Offsets are code points, as the column names
 * say. Cells a spreadsheet would run as formulas are prefixed with {@code '}, which changes them; so the last
 * column, {@code text_json}, holds the span's exact text as a JSON string, which always begins with a quote and
 * is never guarded. Raw output ({@code --raw}) writes every cell exactly, without guard or byte-order mark, for
 * programs; it must not be opened in a spreadsheet. {@code layer_state} is where the annotation's layer stands in
 * review ({@code gold} for a span of the gold layer, exported with {@code --gold}); the {@code original_} columns
 * are the annotator's span as they made it, the {@code gold_} columns its gold copy, empty while it is not in gold.
 */
public final class ReviewCsvExporter implements Exporter {
    static final List<String> COLUMNS = List.of("article_id", "article_title", "annotation_id", "label", "subtype",
            "start_codepoint", "end_codepoint", "text", "context_before", "context_after", "note", "annotator",
            "created", "status", "reviewer", "decided_at", "comment", "text_json", "layer_state",
            "original_start_codepoint", "original_end_codepoint", "original_text", "gold_start_codepoint",
            "gold_end_codepoint", "gold_text");
    /** Characters of context on each side of a span. */
    static final int CONTEXT = 40;

    private final boolean byteOrderMark;
    private final boolean raw;

    /** For a spreadsheet, with or without a byte-order mark. */
    public ReviewCsvExporter(boolean byteOrderMark) {
        this(byteOrderMark, false);
    }

    /** @param raw cells exactly as they are, for programs: no formula guard and no byte-order mark */
    public ReviewCsvExporter(boolean byteOrderMark, boolean raw) {
        this.byteOrderMark = byteOrderMark && !raw;
        this.raw = raw;
    }

    @Override
    public Summary export(Workspace workspace, ExportFilter filter, Path destination, Progress progress)
            throws IOException {
        return ExportRun.run(workspace, filter, destination, progress, out -> {
            // An article's rows are encoded at once: String's own encoder is faster than a Writer's.
            StringBuilder rows = new StringBuilder();
            if (byteOrderMark) {
                rows.append('\uFEFF');
            }
            CsvCells.appendRow(rows, COLUMNS, !raw);
            Json.StringLiterals json = new Json.StringLiterals();
            return new ExportRun.ArticleWriter() {
                @Override
                public void write(ArticleExport article) throws IOException {
                    for (ExportedAnnotation annotation : article.annotations()) {
                        CsvCells.appendRow(rows, row(article, annotation, json), !raw);
                    }
                    flush();
                }

                @Override
                public void finish() throws IOException {
                    flush();
                }

                private void flush() throws IOException {
                    out.write(rows.toString().getBytes(StandardCharsets.UTF_8));
                    rows.setLength(0);
                }
            };
        });
    }

    private static List<String> row(ArticleExport export, ExportedAnnotation annotation, Json.StringLiterals json) {
        ArticleText text = export.article().text();
        Span span = annotation.span();
        int before = Math.max(0, span.start() - CONTEXT);
        int after = Math.min(text.codePointLength(), span.end() + CONTEXT);
        List<String> row = new ArrayList<>(List.of(export.article().externalId(), export.article().title(),
                Long.toString(annotation.id()), annotation.label(), nullToEmpty(annotation.subtype()),
                Integer.toString(span.start()), Integer.toString(span.end()), text.slice(span),
                slice(text, before, span.start()), slice(text, span.end(), after), annotation.note(),
                annotation.annotator(), time(annotation.created()), annotation.status().code(),
                nullToEmpty(annotation.reviewer()), time(annotation.decidedAt()), annotation.comment(),
                json.of(text.slice(span)),
                annotation.isGold() ? "gold" : annotation.layerState().code()));
        row.addAll(spanCells(text, annotation.original()));
        row.addAll(spanCells(text, annotation.gold()));
        return row;
    }

    /** Start, end and text of a span, or three empty cells for none. */
    private static List<String> spanCells(ArticleText text, Span span) {
        return span == null ? List.of("", "", "")
                : List.of(Integer.toString(span.start()), Integer.toString(span.end()), text.slice(span));
    }

    private static String slice(ArticleText text, int start, int end) {
        return start == end ? "" : text.slice(new Span(start, end));
    }

    private static String time(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}

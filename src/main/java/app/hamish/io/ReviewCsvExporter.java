package app.hamish.io;

import app.hamish.model.ArticleExport;
import app.hamish.model.ArticleText;
import app.hamish.model.ExportFilter;
import app.hamish.model.ExportedAnnotation;
import app.hamish.model.Span;
import app.hamish.service.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
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
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

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
            if (byteOrderMark) {
                out.write(BYTE_ORDER_MARK);
            }
            // An article's records are encoded into one array and written at once (decision 0042).
            CsvBytes rows = new CsvBytes(!raw);
            COLUMNS.forEach(rows::cell);
            rows.endRecord();
            Json.StringLiterals json = new Json.StringLiterals();
            TimeCell created = new TimeCell();
            TimeCell decided = new TimeCell();
            return new ExportRun.ArticleWriter() {
                @Override
                public void write(ArticleExport article) throws IOException {
                    if (!article.annotations().isEmpty()) {
                        TextBytes text = new TextBytes(article.article().text());
                        for (ExportedAnnotation annotation : article.annotations()) {
                            row(rows, article, text, annotation, json, created, decided);
                        }
                    }
                    rows.writeTo(out);
                }

                @Override
                public void finish() throws IOException {
                    rows.writeTo(out);
                }
            };
        });
    }

    private static void row(CsvBytes row, ArticleExport export, TextBytes bytes, ExportedAnnotation annotation,
                            Json.StringLiterals json, TimeCell created, TimeCell decided) {
        ArticleText text = export.article().text();
        Span span = annotation.span();
        text.requireWithin(span);
        row.cell(export.article().externalId());
        row.cell(export.article().title());
        row.cell(annotation.id());
        row.cell(annotation.label());
        row.cell(annotation.subtype());
        row.cell(span.start());
        row.cell(span.end());
        row.cell(bytes, span.start(), span.end());
        row.cell(bytes, Math.max(0, span.start() - CONTEXT), span.start());
        row.cell(bytes, span.end(), Math.min(text.codePointLength(), span.end() + CONTEXT));
        row.cell(annotation.note());
        row.cell(annotation.annotator());
        row.cell(created.of(annotation.created()));
        row.cell(annotation.status().code());
        row.cell(annotation.reviewer());
        row.cell(decided.of(annotation.decidedAt()));
        row.cell(annotation.comment());
        row.jsonCell(bytes, span.start(), span.end(), () -> json.of(text.slice(span)));
        row.cell(annotation.isGold() ? "gold" : annotation.layerState().code());
        spanCells(row, text, bytes, annotation.original());
        spanCells(row, text, bytes, annotation.gold());
        row.endRecord();
    }

    /** Start, end and text of a span, or three empty cells for none. */
    private static void spanCells(CsvBytes row, ArticleText text, TextBytes bytes, Span span) {
        if (span == null) {
            row.cell(null);
            row.cell(null);
            row.cell(null);
            return;
        }
        text.requireWithin(span);
        row.cell(span.start());
        row.cell(span.end());
        row.cell(bytes, span.start(), span.end());
    }

    /**
     * A time as {@link Instant#toString}, which is slow beside the rest of a row, kept for the next row: the
     * annotations of an import or a batch share their time.
     */
    private static final class TimeCell {
        private Instant last;
        private String text = "";

        String of(Instant instant) {
            if (instant == null) {
                return "";
            }
            if (!instant.equals(last)) {
                last = instant;
                text = instant.toString();
            }
            return text;
        }
    }
}

package app.hamish.io.formats;

import app.hamish.io.ExportRun;
import app.hamish.io.Exporter;
import app.hamish.io.Json;
import app.hamish.io.Progress;
import app.hamish.model.ArticleExport;
import app.hamish.model.ArticleText;
import app.hamish.model.ExportFilter;
import app.hamish.model.ExportedAnnotation;
import app.hamish.model.Span;
import app.hamish.model.WhiteSpace;
import app.hamish.service.Workspace;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * CoNLL-style token file with BIO (IOB2) tags: one token a line ({@code TOKEN START END TAG}, tab-separated,
 * code-point offsets), a blank line between paragraphs, and per article the comments {@code # newdoc id},
 * {@code # text_json} (the exact text, as a JSON string) and {@code # columns}. Tokens are {@link ConllTokens};
 * where an annotation begins or ends inside one (an entity inside {@code والقاهرة}), the token is split there and a
 * {@code # split} comment says so. Overlapping spans (a claim holding an entity) go in further TAG columns, each
 * span in the first column where it overlaps nothing. A span's white space at its edges belongs to no token: it
 * is trimmed, and a {@code # trimmed} comment and the export's summary say so (and when two spans of a label
 * become the same tokens, which read back as one).
 */
public final class ConllExporter implements Exporter {
    private static final String HEADER = "# hamish conll: TOKEN START END TAG..., tab-separated; START and END are"
            + " code-point offsets into text_json, end exclusive; tags are BIO";

    @Override
    public Summary export(Workspace workspace, ExportFilter filter, Path destination, Progress progress)
            throws IOException {
        return ExportRun.run(workspace, filter, destination, progress, out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            writer.write(HEADER + "\n\n");
            List<String> changed = new ArrayList<>();
            return new ExportRun.ArticleWriter() {
                @Override
                public void write(ArticleExport article) throws IOException {
                    writer.write(document(article, changed));
                }

                @Override
                public void finish() throws IOException {
                    writer.flush();
                }

                @Override
                public List<String> changedSpans() {
                    return changed;
                }
            };
        });
    }

    private static String document(ArticleExport export, List<String> changed) {
        ArticleText text = export.article().text();
        StringBuilder out = new StringBuilder();
        out.append("# newdoc id = ").append(export.article().externalId()).append('\n');
        out.append("# text_json = ").append(Json.string(text.value())).append('\n');
        List<ConllLayers.Tagged> spans = new ArrayList<>();
        TreeSet<Integer> boundaries = new TreeSet<>();
        Map<ConllLayers.Tagged, Span> untrimmed = new HashMap<>();
        for (ExportedAnnotation annotation : export.annotations()) {
            String label = ExternalLabels.name(annotation.label(), annotation.subtype());
            Optional<Span> kept = text.trim(annotation.span(), WhiteSpace::is);
            if (kept.isEmpty()) {
                // Kept by a workspace from before NEL counted as white space (decision 0109): it has no token.
                String change = label + " " + annotation.span() + ": only white space, which has no token";
                out.append("# left out ").append(change).append('\n');
                changed.add("article " + export.article().externalId() + ": left out " + change);
                continue;
            }
            Span trimmed = kept.get();
            Span same = untrimmed.putIfAbsent(new ConllLayers.Tagged(trimmed, label), annotation.span());
            if (!trimmed.equals(annotation.span())) {
                String change = label + " " + annotation.span() + " to " + trimmed
                        + ": white space at its edges has no token" + (same == null ? ""
                        : "; the same tokens as " + label + " " + same + ", so the two read back as one");
                out.append("# trimmed ").append(change).append('\n');
                changed.add("article " + export.article().externalId() + ": trimmed " + change);
            }
            spans.add(new ConllLayers.Tagged(trimmed, label));
            boundaries.add(trimmed.start());
            boundaries.add(trimmed.end());
        }
        ConllLayers layers = new ConllLayers(spans);
        out.append("# columns = TOKEN START END").append(" TAG".repeat(layers.columnCount())).append('\n');
        Span previous = null;
        for (Span word : ConllTokens.of(text)) {
            List<Span> pieces = ConllLayers.split(word, boundaries);
            if (pieces.size() > 1) {
                out.append("# split “").append(text.slice(word)).append("” at ").append(String.join(", ",
                                pieces.stream().skip(1).map(piece -> "" + (piece.start() - word.start())).toList()))
                        .append(": an annotation boundary falls inside the token\n");
            }
            for (Span token : pieces) {
                if (previous != null && ConllLayers.breaksBlock(text, previous, token, spans)) {
                    out.append('\n');
                }
                out.append(text.slice(token)).append('\t').append(token.start()).append('\t').append(token.end())
                        .append('\t').append(String.join("\t", layers.tags(token))).append('\n');
                previous = token;
            }
        }
        return out.append('\n').toString();
    }

}

package app.hamish.io.formats;

import app.hamish.io.ExportRun;
import app.hamish.io.Exporter;
import app.hamish.io.Progress;
import app.hamish.model.ArticleExport;
import app.hamish.model.ArticleText;
import app.hamish.model.ExportFilter;
import app.hamish.model.ExportedAnnotation;
import app.hamish.model.Relation;
import app.hamish.model.Span;
import app.hamish.service.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * brat standoff in one zip (so the export is one file, written atomically): for each article {@code ID.txt}
 * (its exact text) and {@code ID.ann}, and an {@code annotation.conf} declaring the types used, so the folder it
 * unpacks to is a brat collection. Offsets are code points over the text with {@code \n} line endings, what brat
 * counts. A span crossing a line break is written as fragments split there ({@code T1 CLAIM 0 5;6 9}), because
 * .ann lines cannot hold one; a line break at a span's start or end cannot be written at all, so the span is
 * written without it, and a {@code HamishExport} comment on it and the export's summary say so. Each span's
 * annotator is an {@code Annotator} comment on it; a note becomes one {@code AnnotatorNotes} line per line of it.
 */
public final class BratExporter implements Exporter {
    @Override
    public Summary export(Workspace workspace, ExportFilter filter, Path destination, Progress progress)
            throws IOException {
        return ExportRun.run(workspace, filter, destination, progress, out -> {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            Set<String> names = new HashSet<>();
            Set<String> entityTypes = new TreeSet<>();
            Set<String> relationTypes = new TreeSet<>();
            List<String> changed = new ArrayList<>();
            return new ExportRun.ArticleWriter() {
                @Override
                public void write(ArticleExport article) throws IOException {
                    String name = uniqueName(article.article().externalId(), names);
                    entry(zip, name + ".txt", article.article().text().value());
                    entry(zip, name + ".ann", ann(article, entityTypes, relationTypes, changed));
                }

                @Override
                public void finish() throws IOException {
                    entry(zip, "annotation.conf", configuration(entityTypes, relationTypes));
                    zip.finish();
                }

                @Override
                public List<String> changedSpans() {
                    return changed;
                }
            };
        });
    }

    /** brat's type names are letters, digits, _ and -, so the subtype follows a hyphen here. */
    private static String typeName(String label, String subtype) {
        return subtype == null ? label : label + "-" + subtype;
    }

    private static String ann(ArticleExport article, Set<String> entityTypes, Set<String> relationTypes,
                              List<String> changed) {
        ArticleText text = article.article().text();
        StringBuilder ann = new StringBuilder();
        Map<Long, String> ids = new HashMap<>();
        int notes = 0;
        for (ExportedAnnotation annotation : article.annotations()) {
            String id = "T" + (ids.size() + 1);
            ids.put(annotation.id(), id);
            String type = typeName(annotation.label(), annotation.subtype());
            entityTypes.add(type);
            List<Span> fragments = text.splitAtLineBreaks(annotation.span());
            ann.append(id).append('\t').append(type).append(' ')
                    .append(String.join(";", fragments.stream().map(f -> f.start() + " " + f.end()).toList()))
                    .append('\t').append(String.join(" ", fragments.stream().map(text::slice).toList()))
                    .append('\n');
            Span written = new Span(fragments.getFirst().start(), fragments.getLast().end());
            if (!written.equals(annotation.span())) {
                String change = type + " " + annotation.span() + " written as " + written + ": brat cannot hold the"
                        + " line break at its " + edges(annotation.span(), written);
                changed.add("article " + article.article().externalId() + ": " + change);
                ann.append('#').append(++notes).append("\tHamishExport ").append(id).append('\t').append(change)
                        .append('\n');
            }
            // Who made it, so that identical spans of two annotators come back as two.
            ann.append('#').append(++notes).append("\tAnnotator ").append(id).append('\t')
                    .append(annotation.annotator().replaceAll("[\\r\\n\\t]", " ")).append('\n');
            // One note line per line of the note: the importer joins them with line breaks again.
            if (!annotation.note().isBlank()) {
                for (String line : annotation.note().split("\r?\n", -1)) {
                    ann.append('#').append(++notes).append("\tAnnotatorNotes ").append(id).append('\t').append(line)
                            .append('\n');
                }
            }
        }
        int relations = 0;
        for (Relation relation : article.relations()) {
            relationTypes.add(relation.type());
            ann.append('R').append(++relations).append('\t').append(relation.type()).append(" Arg1:")
                    .append(ids.get(relation.fromAnnotationId())).append(" Arg2:")
                    .append(ids.get(relation.toAnnotationId())).append('\n');
        }
        return ann.toString();
    }

    /** Which edges of {@code span} {@code written} lacks. */
    private static String edges(Span span, Span written) {
        if (written.start() > span.start()) {
            return written.end() < span.end() ? "start and end" : "start";
        }
        return "end";
    }

    private static String configuration(Set<String> entityTypes, Set<String> relationTypes) {
        StringBuilder conf = new StringBuilder("# Written by Hamish: the types of this collection.\n[entities]\n");
        entityTypes.forEach(type -> conf.append(type).append('\n'));
        conf.append("[relations]\n");
        relationTypes.forEach(type -> conf.append(type).append("\tArg1:<ENTITY>, Arg2:<ENTITY>\n"));
        return conf.append("[events]\n[attributes]\n").toString();
    }

    /** A file name from an article id: unsafe characters made _, and distinct even where case is ignored. */
    private static String uniqueName(String externalId, Set<String> taken) {
        String base = externalId.replaceAll("[^\\p{L}\\p{N}._-]", "_").replaceAll("^\\.+", "_");
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + "-" + n;
        }
        return name;
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}

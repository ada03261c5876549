package app.hamish.io.formats;

import app.hamish.io.AnnotationImport;
import app.hamish.io.ArticleFiles;
import app.hamish.io.LabelMapping;
import app.hamish.io.Progress;
import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.Provenance;
import app.hamish.model.Relation;
import app.hamish.model.Span;
import app.hamish.service.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Workspaces with hard text, and ways to compare what two of them hold. */
final class Fixtures {
    /**
     * Emoji and ZWJ sequences before and inside spans, harakat, tatweel, bidi controls (marks, isolates), repeated
     * spaces, NBSP, Latin, Arabic-Indic digits, a clitic-prefixed word, a claim across a line break.
     */
    static final String HARD_TEXT = "👩‍💻 قال الرئيسُ عبد الفتاح السيسي  في والقاهرةِ: «إنّ الاقتصاد ينمو» 😀\u200F\n"
            + "وقالت مصادر مطلعة لـ«رويترز» إن الاجتماع تـــم بين مملوك و\u200Eماهر 🇪🇬 يوم ٣٤٥٫٥\u00A0مرة.\n\n"
            + "\u2067The visit to Damascus (Tomahawk) was  confirmed.\u2069 👨🏽‍👩🏽‍👧🏽";

    /** A span, its label and subtype: what must survive a round trip. */
    record Key(Span span, String label, String subtype) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            return toString().compareTo(other.toString());
        }
    }

    private Fixtures() {
    }

    static Article importText(Workspace workspace, String id, String text) {
        return workspace.corpus().importArticles(List.of(ArticleFiles.fromText(text.getBytes(StandardCharsets.UTF_8),
                id + ".txt", id + ".txt"))).imported().getFirst();
    }

    static Span span(Article article, String piece) {
        int at = article.text().value().indexOf(piece);
        if (at < 0) {
            throw new IllegalArgumentException("no " + piece);
        }
        return article.text().spanFromUtf16(at, at + piece.length());
    }

    /** The hard text annotated by mona: overlapping spans, a clitic split, a span across a line break, relations. */
    static Article annotateHardText(Workspace workspace) {
        Article article = importText(workspace, "hard", HARD_TEXT);
        Annotator mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
        Map<String, Annotation> made = new HashMap<>();
        String[][] spans = {
                {"👩‍💻", Label.ENTITY, "other"},
                {"عبد الفتاح السيسي", Label.ENTITY, "person"},
                {"القاهرةِ", Label.ENTITY, "location"},
                {"الرئيسُ عبد الفتاح السيسي  في والقاهرةِ: «إنّ الاقتصاد ينمو» 😀\u200F\nوقالت", Label.CLAIM, null},
                {"مصادر مطلعة", Label.UNVERIFIED_SOURCE, null},
                {"رويترز", Label.ENTITY, "organisation"},
                {"تـــم بين مملوك و\u200Eماهر", Label.CLAIM, null},
                {"٣٤٥٫٥", Label.ENTITY, "other"},
                {"Damascus (Tomahawk) was  confirmed", Label.CLAIM, null},
                {"🇪🇬", Label.ENTITY, "location"},
        };
        for (String[] spec : spans) {
            made.put(spec[0], workspace.annotations().create(new NewAnnotation(article.id(), mona.id(),
                    span(article, spec[0]), spec[1], spec[2], spec[0].length() > 20 ? "long one\nwith a note" : "",
                    Provenance.MANUAL)));
        }
        workspace.annotations().link(made.get("تـــم بين مملوك و\u200Eماهر").id(), made.get("مصادر مطلعة").id(),
                Relation.ATTRIBUTED_TO, mona);
        workspace.annotations().link(made.get("رويترز").id(), made.get("مصادر مطلعة").id(), "part_of", mona);
        return article;
    }

    /** Each article's text with the keys of its annotations (by annotator and its layers, or all when null). */
    static Map<String, Set<Key>> spansByText(Workspace workspace, String annotator) {
        Map<String, Set<Key>> spans = new HashMap<>();
        Map<Long, String> names = annotatorNames(workspace);
        for (var summary : workspace.corpus().articles()) {
            Article article = workspace.corpus().article(summary.id()).orElseThrow();
            Set<Key> keys = new TreeSet<>();
            for (Annotation annotation : workspace.annotations().ofArticle(article.id())) {
                if (annotator == null || isLayerOf(names.get(annotation.annotatorId()), annotator)) {
                    keys.add(new Key(annotation.span(), annotation.label(), annotation.subtype()));
                }
            }
            spans.put(article.text().value(), keys);
        }
        return spans;
    }

    /** Each article's text with its relations, each end named by its key. */
    static Map<String, Set<List<Object>>> relationsByText(Workspace workspace, String annotator) {
        Map<String, Set<List<Object>>> relations = new HashMap<>();
        Map<Long, String> names = annotatorNames(workspace);
        for (var summary : workspace.corpus().articles()) {
            Article article = workspace.corpus().article(summary.id()).orElseThrow();
            Map<Long, Key> keys = new HashMap<>();
            for (Annotation annotation : workspace.annotations().ofArticle(article.id())) {
                if (annotator == null || isLayerOf(names.get(annotation.annotatorId()), annotator)) {
                    keys.put(annotation.id(), new Key(annotation.span(), annotation.label(), annotation.subtype()));
                }
            }
            Set<List<Object>> links = new java.util.HashSet<>();
            for (Relation relation : workspace.annotations().relations(article.id())) {
                if (keys.containsKey(relation.fromAnnotationId())) {
                    links.add(List.of(keys.get(relation.fromAnnotationId()), keys.get(relation.toAnnotationId()),
                            relation.type()));
                }
            }
            relations.put(article.text().value(), links);
        }
        return relations;
    }

    /** An importer's own layer, or one of the layers it keeps per annotator its files record (import:brat/mona). */
    private static boolean isLayerOf(String name, String annotator) {
        return name.equals(annotator) || name.startsWith(annotator + "/");
    }

    private static Map<Long, String> annotatorNames(Workspace workspace) {
        Map<Long, String> names = new HashMap<>();
        workspace.annotations().annotators().forEach(annotator -> names.put(annotator.id(), annotator.name()));
        return names;
    }

    /** Reads files in a format and imports them, as {@code hamish import --format} does. */
    static AnnotationImport.Summary importFiles(Workspace workspace, Formats.Format format, List<Path> files,
                                                LabelMapping mapping) {
        return AnnotationImport.run(workspace, format.annotator(), format.importer().read(files, Progress.NONE),
                mapping, Progress.NONE);
    }

    /** A file name with the extension the format's importer looks for. */
    static String fileName(String stem, Formats.Format format) {
        return stem + switch (format.name()) {
            case "labelstudio" -> ".json";
            case "conll" -> ".conll";
            case "brat" -> ".zip";
            default -> ".jsonl";
        };
    }

    /** The formats Hamish reads. */
    static List<String> importable() {
        return Formats.all().stream().filter(Formats.Format::imports).map(Formats.Format::name).toList();
    }
}

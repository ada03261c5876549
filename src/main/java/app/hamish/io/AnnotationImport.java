package app.hamish.io;

import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.ContentHash;
import app.hamish.model.ControlCharacters;
import app.hamish.model.ImportReport;
import app.hamish.model.InputLimits;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.NewArticle;
import app.hamish.model.Provenance;
import app.hamish.model.Relation;
import app.hamish.model.Span;
import app.hamish.service.AnnotationService;
import app.hamish.service.Workspace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Brings documents read by an {@link AnnotationImporter} into a workspace, under one annotator named after their
 * source (e.g. {@code import:doccano}), or under a person who did the work in another tool, with provenance
 * {@code imported}, so a reviewer accepts or rejects them like anyone's work.
 *
 * <p>Everything the workspace could refuse is checked before the first write (labels, blank spans, links, article
 * ids), so a refused import changes nothing. An article is matched by its text (SHA-256): one the workspace holds
 * gets the annotations, one it lacks is added, under the file's id for it unless another text has that id, then
 * under {@code ID-<first 8 hex digits of its SHA-256>}. An annotation the importer's layer already has, or that the
 * files repeat, is kept once, so importing the same files again adds nothing.
 */
public final class AnnotationImport {
    /** How every importer's annotator begins ({@code import:brat}). */
    private static final String IMPORT_LAYER = "import:";

    /**
     * What an import added, and what it found already there.
     *
     * @param annotator the annotator the annotations belong to, or the layers they went to, comma-separated
     */
    public record Summary(String annotator, int articlesAdded, int articlesMatched, int annotationsAdded,
                          int annotationsPresent, int relationsAdded, int relationsPresent) {
    }

    private record Identity(long articleId, long annotatorId, Span span, String label, String subtype) {
    }

    private AnnotationImport() {
    }

    /** Whether a name is an importer's own layer ({@code import:brat}, {@code import:brat/mona}), not a person. */
    public static boolean isImportLayer(String name) {
        return name.startsWith(IMPORT_LAYER);
    }

    /**
     * @throws InputException listing every problem (unknown labels, blank spans, ...); nothing was changed
     * @throws java.util.concurrent.CancellationException if cancelled before the first write; nothing was changed
     */
    public static Summary run(Workspace workspace, String annotatorName, List<ImportedDocument> documents,
                              LabelMapping mapping, Progress progress) {
        return run(workspace, annotatorName, new AnnotationImporter.Reading(documents, List.of()), mapping,
                progress);
    }

    /**
     * Imports what was read, or refuses it with the problems reading found and those the workspace finds in the
     * documents read (unknown labels, ...), all at once.
     *
     * @throws InputException listing every problem; nothing was changed
     * @throws java.util.concurrent.CancellationException if cancelled before the first write; nothing was changed
     */
    public static Summary run(Workspace workspace, String annotatorName, AnnotationImporter.Reading reading,
                              LabelMapping mapping, Progress progress) {
        List<ImportedDocument> documents = reading.documents();
        List<Label> labels = workspace.annotations().labels();
        List<NewArticle> articles = check(workspace, annotatorName, reading, mapping, labels);
        AtomicFile.checkCancelled(progress);

        // One transaction: the articles, annotations and links of the files are all committed, or none is.
        return workspace.atomically(() -> write(workspace, annotatorName, documents, mapping, labels, articles,
                progress));
    }

    private static Summary write(Workspace workspace, String annotatorName, List<ImportedDocument> documents,
                                 LabelMapping mapping, List<Label> labels, List<NewArticle> articles,
                                 Progress progress) {
        ImportReport report = workspace.corpus().importArticles(articles);
        Map<String, Long> articleIds = articleIdsByText(workspace, report);
        if (documents.stream().allMatch(document -> document.marks().isEmpty())) {
            return new Summary(annotatorName, report.imported().size(), report.skipped().size(), 0, 0, 0, 0);
        }
        AnnotationService annotations = workspace.annotations();
        Map<String, Annotator> layers = new HashMap<>();

        Map<Identity, Long> ids = new HashMap<>();
        Set<List<Long>> loaded = new HashSet<>();
        Map<Identity, NewAnnotation> pending = new LinkedHashMap<>();
        List<Map<String, Identity>> keys = new ArrayList<>();
        for (ImportedDocument document : documents) {
            long articleId = articleIds.get(document.text().value());
            Map<String, Identity> byKey = new HashMap<>();
            for (ImportedDocument.Mark mark : document.marks()) {
                Annotator layer = layers.computeIfAbsent(layerName(annotatorName, mark),
                        name -> annotations.annotator(name, Annotator.Role.ANNOTATOR));
                if (loaded.add(List.of(articleId, layer.id()))) {
                    for (Annotation existing : annotations.ofArticle(articleId)) {
                        if (existing.annotatorId() == layer.id()) {
                            ids.put(new Identity(articleId, layer.id(), existing.span(), existing.label(),
                                    existing.subtype()), existing.id());
                        }
                    }
                }
                LabelMapping.Target target = mapping.resolve(mark.label(), labels).orElseThrow();
                Identity identity = new Identity(articleId, layer.id(), mark.span(), target.label(), target.subtype());
                byKey.put(mark.key(), identity);
                if (!ids.containsKey(identity)) {
                    pending.putIfAbsent(identity, new NewAnnotation(articleId, layer.id(), mark.span(),
                            target.label(), target.subtype(), mark.note(), Provenance.IMPORTED));
                }
            }
            keys.add(byKey);
        }
        int present = documents.stream().mapToInt(document -> document.marks().size()).sum() - pending.size();
        List<Identity> order = List.copyOf(pending.keySet());
        List<Annotation> created = pending.isEmpty() ? List.of() : annotations.createAll(List.copyOf(pending.values()));
        for (int i = 0; i < created.size(); i++) {
            ids.put(order.get(i), created.get(i).id());
        }
        Map<Long, Annotator> byId = new HashMap<>();
        layers.values().forEach(layer -> byId.put(layer.id(), layer));
        int[] relations = link(workspace, byId, documents, keys, ids, progress);
        return new Summary(String.join(", ", new TreeSet<>(layers.keySet())), report.imported().size(),
                report.skipped().size(), created.size(), present, relations[0], relations[1]);
    }

    /**
     * The importer's annotator, or where the file records who made the span, a layer of its own under the
     * importer's name ({@code import:brat/mona}): one annotator's layer holds a span and label once, and two
     * annotators' identical spans must both come back. A recorded annotator that is already an import layer
     * ({@code import:brat}, {@code import:brat/mona}) keeps its name, so round trips do not nest it. Imported as a
     * person ({@code import --annotator mona}), every span goes to that person's one layer.
     */
    private static String layerName(String annotatorName, ImportedDocument.Mark mark) {
        if (mark.annotator() == null || !isImportLayer(annotatorName)) {
            return annotatorName;
        }
        return isImportLayer(mark.annotator()) ? mark.annotator() : annotatorName + "/" + mark.annotator();
    }

    /** Adds each link once, in the layer of the span it starts from; returns {added, already there}. */
    private static int[] link(Workspace workspace, Map<Long, Annotator> layers, List<ImportedDocument> documents,
                              List<Map<String, Identity>> keys, Map<Identity, Long> ids, Progress progress) {
        int added = 0;
        int present = 0;
        Map<Long, Set<List<Object>>> existing = new HashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            for (ImportedDocument.Link link : documents.get(i).links()) {
                Identity from = keys.get(i).get(link.fromKey());
                long fromId = ids.get(from);
                long toId = ids.get(keys.get(i).get(link.toKey()));
                Set<List<Object>> known = existing.computeIfAbsent(from.articleId(), article -> workspace.annotations()
                        .relations(article).stream().map(AnnotationImport::relationKey)
                        .collect(Collectors.toCollection(HashSet::new)));
                if (known.add(List.of(fromId, toId, link.type()))) {
                    workspace.annotations().link(fromId, toId, link.type(), layers.get(from.annotatorId()));
                    added++;
                } else {
                    present++;
                }
            }
            progress.update(i + 1, documents.size());
        }
        return new int[] {added, present};
    }

    private static List<Object> relationKey(Relation relation) {
        return List.of(relation.fromAnnotationId(), relation.toAnnotationId(), relation.type());
    }

    /** Every check the workspace would make, done before anything is written; returns the articles to add. */
    private static List<NewArticle> check(Workspace workspace, String annotatorName,
                                          AnnotationImporter.Reading reading, LabelMapping mapping,
                                          List<Label> labels) {
        List<ImportedDocument> documents = reading.documents();
        List<InputException.Problem> problems = new ArrayList<>(reading.problems());
        for (String invalid : mapping.invalidTargets(labels)) {
            problems.add(new InputException.Problem("--map " + invalid, 0,
                    "names no label of this workspace; it has " + names(labels)));
        }
        // Said once, of the name given, rather than at each span of the layers it names.
        String badName = InputLimits.tooLong("the annotator's name", annotatorName, InputLimits.MAX_NAME);
        badName = badName != null ? badName : ControlCharacters.problem("the annotator's name", annotatorName);
        if (badName != null) {
            problems.add(new InputException.Problem("--annotator", 0, badName));
        }
        Map<String, ImportedDocument.Origin> unknown = new TreeMap<>();
        Map<String, String> textById = new HashMap<>();
        List<NewArticle> articles = new ArrayList<>();
        for (ImportedDocument document : documents) {
            ImportedDocument.Origin origin = document.origin();
            String id = freeId(workspace, document, textById);
            for (ImportedDocument.Mark mark : document.marks()) {
                if (mapping.resolve(mark.label(), labels).isEmpty()) {
                    unknown.putIfAbsent(mark.label(), mark.origin());
                } else if (AnnotationService.isBlank(document.text().slice(mark.span()))) {
                    problems.add(mark.origin().problem("span " + mark.span()
                            + " holds only white space or invisible characters"));
                }
                String longNote = InputLimits.tooLong("note", mark.note(), InputLimits.MAX_NOTE);
                if (longNote != null) {
                    problems.add(mark.origin().problem(longNote));
                }
                // The layer is an annotator, whose name opening a workspace checks against the limit.
                String layer = layerName(annotatorName, mark);
                String longLayer = layer.equals(annotatorName) ? null : InputLimits.tooLong("its annotator's layer"
                        + " name (" + annotatorName + "/ and the name)", layer, InputLimits.MAX_NAME);
                if (longLayer != null) {
                    problems.add(mark.origin().problem(longLayer));
                }
                String controlLayer = ControlCharacters.problem("its annotator's name", mark.annotator());
                if (controlLayer != null) {
                    problems.add(mark.origin().problem(controlLayer));
                }
            }
            for (ImportedDocument.Link link : document.links()) {
                String badType = InputLimits.tooLong("relation type", link.type(), InputLimits.MAX_NAME);
                badType = badType != null ? badType : ControlCharacters.problem("relation type", link.type());
                if (badType != null) {
                    problems.add(link.origin().problem(badType));
                }
            }
            checkLinks(document, mapping, labels, problems);
            try {
                articles.add(ArticleFiles.article(id, document.title(),
                        origin.line() > 0 ? origin.file() + ":" + origin.line() : origin.file(),
                        document.text().value(), document.metaJson(), origin.file(), origin.line()));
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        unknown.forEach((label, origin) -> problems.add(origin.problem("label '" + label
                + "' is not in this workspace (first use here)")));
        if (!unknown.isEmpty()) {
            problems.add(new InputException.Problem("labels", 0, "map " + String.join(", ", unknown.keySet())
                    + " to this workspace's labels with --map SRC=DST (e.g. --map " + unknown.keySet().iterator().next()
                    + "=ENTITY:person), or refuse the file; this workspace has " + names(labels)));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return articles;
    }

    /** The document's id, or if another text has it here or in the workspace, the id made distinct by the text. */
    private static String freeId(Workspace workspace, ImportedDocument document, Map<String, String> textById) {
        String text = document.text().value();
        String id = document.externalId();
        String earlier = textById.putIfAbsent(id, text);
        boolean taken = earlier != null ? !earlier.equals(text) : workspace.corpus().article(id)
                .filter(article -> !article.text().value().equals(text)).isPresent();
        if (!taken) {
            return id;
        }
        String distinct = id + "-" + ContentHash.sha256(text).substring(0, 8);
        textById.putIfAbsent(distinct, text);
        return distinct;
    }

    /** A link between two spans the import would merge into one annotation would relate it to itself. */
    private static void checkLinks(ImportedDocument document, LabelMapping mapping, List<Label> labels,
                                   List<InputException.Problem> problems) {
        Map<String, List<Object>> identities = new HashMap<>();
        for (ImportedDocument.Mark mark : document.marks()) {
            identities.put(mark.key(), List.of(mark.span(), mapping.resolve(mark.label(), labels),
                    Objects.toString(mark.annotator())));
        }
        for (ImportedDocument.Link link : document.links()) {
            if (identities.get(link.fromKey()).equals(identities.get(link.toKey()))) {
                problems.add(link.origin().problem("links a span to itself (" + link.fromKey() + " to "
                        + link.toKey() + ")"));
            }
        }
    }

    private static Map<String, Long> articleIdsByText(Workspace workspace, ImportReport report) {
        Map<String, Long> ids = new HashMap<>();
        for (Article article : report.imported()) {
            ids.put(article.text().value(), article.id());
        }
        for (ImportReport.Duplicate duplicate : report.skipped()) {
            ids.put(duplicate.article().text().value(), workspace.corpus().article(duplicate.existingExternalId())
                    .orElseThrow().id());
        }
        return ids;
    }

    private static String names(List<Label> labels) {
        List<String> names = new ArrayList<>();
        for (Label label : labels) {
            names.add(label.name());
            label.subtypes().forEach(subtype -> names.add(label.name() + ":" + subtype));
        }
        return String.join(", ", names);
    }
}

package app.hamish.io.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.hamish.StoreBackend;
import app.hamish.io.AnnotationImport;
import app.hamish.io.InputException;
import app.hamish.io.LabelMapping;
import app.hamish.model.Annotation;
import app.hamish.model.Article;
import app.hamish.model.Relation;
import app.hamish.service.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Small files written by hand in each tool's documented shape, imported and checked span by span. */
@ParameterizedClass
@EnumSource(StoreBackend.class)
class GoldenFileTest {
    @Parameter
    StoreBackend backend;
    /** The workspaces of one test, by name: a file each, or a database each on the server. */
    private final Map<String, StoreBackend.Place> places = new HashMap<>();
    private static final Path GOLDEN = Path.of("src", "test", "resources", "app", "hamish", "io", "formats",
            "golden");
    private static final String TEXT = "قال مصدر 😀 إن الوزير زار دمشق.";

    @TempDir
    Path folder;
    private Workspace workspace;

    @BeforeEach
    void open() {
        workspace = place("w").workspace();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void doccanoSequenceLabelling() {
        run("doccano", "doccano.jsonl", "PER=ENTITY:person", "LOC=ENTITY:location");
        assertThat(spans(TEXT)).containsExactly("ENTITY:person الوزير", "ENTITY:location دمشق");
    }

    @Test
    void doccanoRelations() {
        run("doccano", "doccano-relations.jsonl", "SRC=UNVERIFIED_SOURCE");
        assertThat(spans(TEXT)).containsExactly("UNVERIFIED_SOURCE مصدر", "CLAIM الوزير زار دمشق");
        assertThat(relations(TEXT)).containsExactly("CLAIM الوزير زار دمشق attributed_to UNVERIFIED_SOURCE مصدر");
    }

    @Test
    void prodigySpansSkippingRejectedAnswers() {
        AnnotationImport.Summary summary = run("spacy", "prodigy.jsonl", "PERSON=ENTITY:person",
                "GPE=ENTITY:location");
        assertThat(summary.articlesAdded()).as("the rejected example is not imported").isEqualTo(1);
        assertThat(spans(TEXT)).containsExactly("ENTITY:person الوزير", "ENTITY:location دمشق");
    }

    @Test
    void labelStudioTasksWithARelationACancelledAnnotationAndAChoice() {
        run("labelstudio", "labelstudio.json", "Source=UNVERIFIED_SOURCE", "Claim=CLAIM");
        assertThat(spans(TEXT)).containsExactly("UNVERIFIED_SOURCE مصدر", "CLAIM الوزير زار دمشق");
        assertThat(relations(TEXT)).containsExactly("CLAIM الوزير زار دمشق attributed_to UNVERIFIED_SOURCE مصدر");
    }

    @Test
    void bratWithCrlfTextAnAttributeARelationAndANote() {
        run("brat", "brat", "Source=UNVERIFIED_SOURCE", "Person=ENTITY:person");
        String text = "قال مصدر 😀:\nإن الوزير زار دمشق.";
        assertThat(spans(text)).containsExactly("UNVERIFIED_SOURCE مصدر", "ENTITY:person الوزير",
                "ENTITY:location دمشق");
        assertThat(relations(text)).containsExactly("ENTITY:person الوزير Said UNVERIFIED_SOURCE مصدر");
        assertThat(workspace.annotations().ofArticle(article(text).id())).filteredOn(a -> a.label().equals("ENTITY")
                && "person".equals(a.subtype())).singleElement().extracting(Annotation::note).isEqualTo("the minister");
        assertThat(article(text).externalId()).isEqualTo("wire-1");
    }

    @Test
    void conll2003WithIob1TagsAndTwoDocuments() {
        AnnotationImport.Summary summary = run("conll", "conll2003.conll", "PER=ENTITY:person",
                "LOC=ENTITY:location");
        assertThat(summary.articlesAdded()).isEqualTo(2);
        assertThat(spans("قال مصدر إن الوزير زار دمشق .")).containsExactly("ENTITY:person الوزير",
                "ENTITY:location دمشق");
        assertThat(spans("وصل مملوك")).containsExactly("ENTITY:person مملوك");
    }

    @Test
    void hamishJsonl() {
        run("jsonl", "hamish.jsonl");
        assertThat(spans(TEXT)).containsExactly("ENTITY:person الوزير", "CLAIM الوزير زار دمشق");
        assertThat(article(TEXT).externalId()).isEqualTo("wire-2");
    }

    @Test
    void unknownLabelsAreRefusedAndListedWithTheirFirstLine() {
        Formats.Format doccano = Formats.named("doccano").orElseThrow();
        assertThatThrownBy(() -> Fixtures.importFiles(workspace, doccano, List.of(GOLDEN.resolve("doccano.jsonl")),
                LabelMapping.parse(List.of())))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("doccano.jsonl:1: label 'LOC' is not in this workspace")
                .hasMessageContaining("doccano.jsonl:1: label 'PER' is not in this workspace")
                .hasMessageContaining("map LOC, PER to this workspace's labels with --map SRC=DST");
        assertThat(workspace.corpus().count()).isZero();
        assertThat(workspace.annotations().annotators()).noneMatch(a -> a.name().startsWith("import:"));
    }

    @Test
    void aMappingToNoLabelIsRefused() {
        Formats.Format doccano = Formats.named("doccano").orElseThrow();
        assertThatThrownBy(() -> Fixtures.importFiles(workspace, doccano, List.of(GOLDEN.resolve("doccano.jsonl")),
                LabelMapping.parse(List.of("PER=PERSON", "LOC=ENTITY:city"))))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("--map PER=PERSON: names no label of this workspace")
                .hasMessageContaining("--map LOC=ENTITY:city: names no label");
    }

    private AnnotationImport.Summary run(String format, String file, String... mappings) {
        return Fixtures.importFiles(workspace, Formats.named(format).orElseThrow(), List.of(GOLDEN.resolve(file)),
                LabelMapping.parse(List.of(mappings)));
    }

    private Article article(String text) {
        return workspace.corpus().articles().stream().map(summary -> workspace.corpus().article(summary.id())
                .orElseThrow()).filter(article -> article.text().value().equals(text)).findFirst().orElseThrow();
    }

    /** "LABEL[:subtype] text" of each annotation of the article, in text order. */
    private List<String> spans(String text) {
        Article article = article(text);
        List<String> spans = new ArrayList<>();
        for (Annotation annotation : workspace.annotations().ofArticle(article.id())) {
            assertThat(annotation.provenance().code()).isEqualTo("imported");
            spans.add(describe(article, annotation));
        }
        return spans;
    }

    private List<String> relations(String text) {
        Article article = article(text);
        List<String> relations = new ArrayList<>();
        List<Annotation> annotations = workspace.annotations().ofArticle(article.id());
        for (Relation relation : workspace.annotations().relations(article.id())) {
            relations.add(describe(article, find(annotations, relation.fromAnnotationId())) + " " + relation.type()
                    + " " + describe(article, find(annotations, relation.toAnnotationId())));
        }
        return relations;
    }

    private static Annotation find(List<Annotation> annotations, long id) {
        return annotations.stream().filter(annotation -> annotation.id() == id).findFirst().orElseThrow();
    }

    private static String describe(Article article, Annotation annotation) {
        return annotation.label() + (annotation.subtype() == null ? "" : ":" + annotation.subtype()) + " "
                + article.text().slice(annotation.span());
    }

    private StoreBackend.Place place(String name) {
        return places.computeIfAbsent(name, key -> backend.newPlace(folder, key));
    }
}

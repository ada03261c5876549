package app.hamish.io.formats;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.StoreBackend;
import app.hamish.io.AnnotationImport;
import app.hamish.io.ArticleFiles;
import app.hamish.io.LabelMapping;
import app.hamish.io.Progress;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.ExportFilter;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.Provenance;
import app.hamish.service.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hamish → format → Hamish keeps every span (and relation, where the format has them) on text with emoji, ZWJ
 * sequences, harakat, tatweel, bidi controls and repeated spaces: into a new workspace, where the articles are
 * added, and back into the same one, where they are matched by text.
 */
@ParameterizedClass
@EnumSource(StoreBackend.class)
class RoundTripTest {
    @Parameter
    StoreBackend backend;
    /** The workspaces of one test, by name: a file each, or a database each on the server. */
    private final Map<String, StoreBackend.Place> places = new HashMap<>();
    private static final LabelMapping NO_MAPPING = LabelMapping.parse(List.of());

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"jsonl", "doccano", "doccano-relations", "spacy", "labelstudio", "conll"})
    void unicodeLineSeparatorsAreEscapedSoEachRecordStaysOneLine(String name) throws Exception {
        Formats.Format format = Formats.named(name).orElseThrow();
        Path exported = folder.resolve(Fixtures.fileName("export", format));
        String text = "قال\u2028مصدر\u2029🙂 زار\u0085مملوك";
        try (Workspace source = place("source").workspace()) {
            Article article = Fixtures.importText(source, "seps", text);
            Annotator mona = source.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
            source.annotations().create(new NewAnnotation(article.id(), mona.id(), Fixtures.span(article, "مملوك"),
                    Label.ENTITY, "person", "", Provenance.MANUAL));
            format.exporter(new Formats.ExportOptions(true)).export(source, ExportFilter.ALL, exported,
                    Progress.NONE);
        }
        String written = Files.readString(exported);
        assertThat(written).doesNotContain("\u2028", "\u2029", "\u0085").contains("\\u2028", "\\u2029", "\\u0085")
                .contains("🙂");
        try (Workspace target = place("target").workspace()) {
            Fixtures.importFiles(target, format, List.of(exported), NO_MAPPING);
            assertThat(Fixtures.spansByText(target, format.annotator())).containsOnlyKeys(text);
        }
    }

    @ParameterizedTest
    @CsvSource({"jsonl, true", "doccano, false", "doccano-relations, true", "spacy, false", "labelstudio, true",
            "brat, true", "conll, false"})
    void spansAndRelationsSurviveTheTrip(String name, boolean hasRelations) throws Exception {
        Formats.Format format = Formats.named(name).orElseThrow();
        Path exported = folder.resolve(Fixtures.fileName("export", format));
        Map<String, Set<Fixtures.Key>> original;
        Map<String, Set<List<Object>>> originalRelations;
        try (Workspace source = place("source").workspace()) {
            Fixtures.annotateHardText(source);
            Fixtures.importText(source, "plain", "خبر بلا وسوم");
            format.exporter(new Formats.ExportOptions(true)).export(source, ExportFilter.ALL, exported,
                    Progress.NONE);
            original = Fixtures.spansByText(source, null);
            originalRelations = Fixtures.relationsByText(source, null);

            AnnotationImport.Summary back = Fixtures.importFiles(source, format, List.of(exported), NO_MAPPING);
            assertThat(back.articlesMatched()).isEqualTo(2);
            assertThat(back.articlesAdded()).isZero();
            assertThat(Fixtures.spansByText(source, format.annotator())).isEqualTo(original);
        }
        try (Workspace target = place("target").workspace()) {
            AnnotationImport.Summary summary = Fixtures.importFiles(target, format, List.of(exported), NO_MAPPING);
            assertThat(summary.articlesAdded()).isEqualTo(2);
            assertThat(Fixtures.spansByText(target, format.annotator())).isEqualTo(original);
            assertThat(Fixtures.relationsByText(target, format.annotator()))
                    .isEqualTo(hasRelations ? originalRelations : Map.of(Fixtures.HARD_TEXT, Set.of(), "خبر بلا وسوم",
                            Set.of()));
            assertThat(target.annotations().ofArticle(target.corpus().articles().getFirst().id()))
                    .allSatisfy(annotation -> assertThat(annotation.provenance().code()).isEqualTo("imported"));

            AnnotationImport.Summary again = Fixtures.importFiles(target, format, List.of(exported), NO_MAPPING);
            assertThat(again.annotationsAdded()).as("importing the same file twice adds nothing").isZero();
            assertThat(again.relationsAdded()).isZero();
        }
    }

    /**
     * A file saved with a byte-order mark by two tools in turn starts with two. Keeping the second made the stored
     * text start with one, which Hamish's own export then carried into a JSON text, where the next import dropped it
     * as a byte-order mark: the text changed and every span moved.
     */
    @ParameterizedTest
    @ValueSource(strings = {"jsonl", "doccano", "doccano-relations", "spacy", "labelstudio", "brat", "conll"})
    void aTextFromAFileWithTwoByteOrderMarksComesBackFromItsExportAsItWasStored(String name) throws Exception {
        Formats.Format format = Formats.named(name).orElseThrow();
        Path exported = folder.resolve(Fixtures.fileName("export", format));
        String stored;
        Map<String, Set<Fixtures.Key>> original;
        try (Workspace source = place("source").workspace()) {
            byte[] mark = "\uFEFF".getBytes(StandardCharsets.UTF_8);
            byte[] body = "قال مملوك\r\nزار القاهرة".getBytes(StandardCharsets.UTF_8);
            byte[] file = new byte[2 * mark.length + body.length];
            System.arraycopy(mark, 0, file, 0, mark.length);
            System.arraycopy(mark, 0, file, mark.length, mark.length);
            System.arraycopy(body, 0, file, 2 * mark.length, body.length);
            Article article = source.corpus().importArticles(List.of(ArticleFiles.fromText(file, "marks.txt",
                    "marks.txt"))).imported().getFirst();
            stored = article.text().value();
            Annotator mona = source.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
            for (String piece : List.of("قال", "القاهرة")) {
                source.annotations().create(new NewAnnotation(article.id(), mona.id(), Fixtures.span(article, piece),
                        Label.CLAIM, null, "", Provenance.MANUAL));
            }
            format.exporter(new Formats.ExportOptions(true)).export(source, ExportFilter.ALL, exported,
                    Progress.NONE);
            original = Fixtures.spansByText(source, null);
        }
        assertThat(stored).isEqualTo("قال مملوك\nزار القاهرة");
        try (Workspace target = place("target").workspace()) {
            Fixtures.importFiles(target, format, List.of(exported), NO_MAPPING);
            assertThat(Fixtures.spansByText(target, format.annotator())).isEqualTo(original);
        }
    }

    private StoreBackend.Place place(String name) {
        return places.computeIfAbsent(name, key -> backend.newPlace(folder, key));
    }
}

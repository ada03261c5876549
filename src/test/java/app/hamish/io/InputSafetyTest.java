package app.hamish.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.hamish.TestFiles;
import app.hamish.io.formats.Formats;
import app.hamish.model.ExportFilter;
import app.hamish.service.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * File names with control characters are refused wherever Hamish reads or writes a file, and the refusal shows
 * them as {@code \\uXXXX} instead of printing them (a line break would forge a message line, a bidi override would
 * disguise the name).
 */
class InputSafetyTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r", "\u0007", "\u001B", "\u202E", "\u2066"})
    void anArticleFileWhoseNameHoldsAControlCharacterIsRefusedEvenInsideAFolder(String control) {
        Path articles = folder.resolve("articles");
        TestFiles.write(articles.resolve("good.txt"), "مقالة سليمة");
        TestFiles.write(articles.resolve("bad" + control + "txt.txt"), "مقالة باسم مريب");

        assertThatThrownBy(() -> ArticleFiles.read(List.of(articles))).isInstanceOf(InputException.class)
                .hasMessageContaining("bad\\u%04Xtxt.txt: has control characters in its name".formatted(
                        control.codePointAt(0)))
                .hasMessageNotContaining(control);
    }

    @ParameterizedTest
    @CsvSource({"jsonl, jsonl", "doccano, jsonl", "spacy, jsonl", "labelstudio, json", "conll, conll", "brat, ann"})
    void everyAnnotationFormatRefusesSuchANameBeforeReadingIt(String format, String extension) {
        Formats.Format chosen = Formats.named(format).orElseThrow();
        Path file = TestFiles.write(folder.resolve("x\u202Egpj." + extension), "x");

        assertThatThrownBy(() -> chosen.importer().read(List.of(file), Progress.NONE))
                .isInstanceOf(InputException.class).hasMessageContaining("x\\u202Egpj.")
                .hasMessageContaining("has control characters in its name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gold\n.jsonl", "gold\u202Elsx.jsonl"})
    void anExportIsNotWrittenUnderSuchANameAndNothingIsLeftBehind(String name) throws Exception {
        try (Workspace workspace = Workspace.open(folder.resolve("w.db"))) {
            Path target = folder.resolve(name);
            assertThatThrownBy(() -> new TrainingJsonlExporter().export(workspace, ExportFilter.ALL, target,
                    Progress.NONE)).isInstanceOf(InputException.class)
                    .hasMessageContaining("has control characters in its name");
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString())).noneMatch(file -> file.contains("gold"));
        }
    }
}

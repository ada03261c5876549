package app.hamish.cli;

import static app.hamish.cli.CommandLineTest.hamish;
import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.TestFiles;
import app.hamish.io.ArticleFiles;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.Provenance;
import app.hamish.model.Span;
import app.hamish.service.Workspace;
import app.hamish.cli.CommandLineTest.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code export --format X} and {@code import --format X} for every interchange format. */
class FormatCommandLineTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @CsvSource({"jsonl, out.jsonl", "doccano, out.jsonl", "doccano-relations, out.jsonl", "spacy, out.jsonl",
            "labelstudio, out.json", "brat, out.zip", "conll, out.conll", "csv, out.csv"})
    void exportThenImportIntoANewWorkspace(String format, String fileName) throws Exception {
        String source = folder.resolve("source.db").toString();
        assertThat(hamish("import", "--workspace", source, "seeds").exitCode()).isZero();
        CommandLineTest.annotateTheWordAfterTheClitic(Path.of(source));
        Path file = folder.resolve(fileName);
        // --all: the annotation is not reviewed, and training JSONL would otherwise export gold only.
        Run exported = hamish("export", "--workspace", source, "--format", format, "--all", "--out",
                file.toString());
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(exported.out()).contains("Exported 1 annotation(s) of 5 article(s)");
        assertThat(Files.size(file)).isPositive();

        String target = folder.resolve("target.db").toString();
        Run imported = hamish("import", "--workspace", target, "--format", format, file.toString());
        if (format.equals("csv")) {
            assertThat(imported.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(imported.err()).contains("Hamish writes csv but does not read it");
            return;
        }
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Imported 1 annotation(s)").contains("as import:" + format.split("-")[0])
                .contains("5 new article(s)");
        assertThat(hamish("stats", "--workspace", target).out()).contains("articles\t5")
                .contains("label\tENTITY\t1")
                // brat records each span's annotator, whose work comes back in a layer of its own.
                .containsPattern("annotator\timport:" + format.split("-")[0] + "(/[^\t]+)?\t1");
    }

    @Test
    void unknownLabelsExitWithCodeFourNamingFileAndLineAndMapFixesThem() {
        String workspace = folder.resolve("w.db").toString();
        Path file = TestFiles.write(folder.resolve("d.jsonl"),
                "{\"text\": \"زار مملوك دمشق\", \"label\": [[4, 9, \"PER\"]]}\n");
        Run refused = hamish("import", "--workspace", workspace, "--format", "doccano", file.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(refused.err()).contains("d.jsonl:1: label 'PER' is not in this workspace").contains("--map");

        Run mapped = hamish("import", "--workspace", workspace, "--format", "doccano", "--map",
                "PER=ENTITY:person", file.toString());
        assertThat(mapped.exitCode()).as(mapped.err()).isZero();
        assertThat(hamish("stats", "--workspace", workspace).out()).contains("label\tENTITY\t1");
    }

    @Test
    void aSpanOutsideItsTextIsRefusedWithItsLine() {
        String workspace = folder.resolve("w.db").toString();
        Path file = TestFiles.write(folder.resolve("s.jsonl"), "{\"text\": \"نص\", \"spans\": []}\n"
                + "{\"text\": \"نص قصير\", \"spans\": [{\"start\": 3, \"end\": 40, \"label\": \"CLAIM\"}]}\n");
        Run run = hamish("import", "--workspace", workspace, "--format", "spacy", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(run.err()).contains("s.jsonl:2: span [3,40) ends after the text, which has 7 characters");
        assertThat(Files.exists(Path.of(workspace))).as("nothing was even opened").isFalse();
    }

    @Test
    void utf16OffsetsFromDoccanoImportWithTheOptionOnly() throws Exception {
        String workspace = folder.resolve("w.db").toString();
        // doccano's sequence labelling counts JavaScript string indices: the emoji is two units.
        Path file = TestFiles.write(folder.resolve("d.jsonl"),
                "{\"text\": \"🙂 زار مملوك\", \"label\": [[7, 12, \"ENTITY:person\"]]}\n");
        Run run = hamish("import", "--workspace", workspace, "--format", "doccano", "--offset-unit", "utf16",
                file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Run found = hamish("export", "--workspace", workspace, "--format", "spacy", "--out",
                folder.resolve("out.jsonl").toString());
        assertThat(found.exitCode()).as(found.err()).isZero();
        assertThat(Files.readString(folder.resolve("out.jsonl"))).contains("\"start\":6,\"end\":11");

        assertThat(hamish("import", "--workspace", workspace, "--format", "conll", "--offset-unit", "utf16",
                file.toString()).err()).contains("conll offsets are code points");
        assertThat(hamish("import", "--workspace", workspace, "--format", "doccano", "--offset-unit", "bytes",
                file.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void unknownLabelsAreReportedWithSpanProblemsAndAMillionProblemsPrintTwentyAndACount() {
        String workspace = folder.resolve("w.db").toString();
        assertThat(hamish("import", "--workspace", workspace, "seeds").exitCode()).isZero();
        Path file = TestFiles.write(folder.resolve("d.jsonl"), "{\"text\": \"زار مملوك دمشق\", \"label\": "
                + "[[4, 9, \"PER\"]]}\n{\"text\": \"نص\", \"label\": [[0, 40, \"CLAIM\"]]}\n");
        Run refused = hamish("import", "--workspace", workspace, "--format", "doccano", file.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(refused.err()).contains("d.jsonl:2: span [0,40) ends after the text")
                .contains("d.jsonl:1: label 'PER' is not in this workspace");

        StringBuilder many = new StringBuilder("{\"text\": \"نص\", \"label\": [");
        for (int i = 0; i < 100_000; i++) {
            many.append(i == 0 ? "" : ",").append("[0, ").append(50 + i).append(", \"CLAIM\"]");
        }
        Path huge = TestFiles.write(folder.resolve("huge.jsonl"), many.append("]}\n").toString());
        Run capped = hamish("import", "--workspace", workspace, "--format", "doccano", huge.toString());
        assertThat(capped.exitCode()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(capped.err().lines().filter(line -> line.contains("huge.jsonl:1: span"))).hasSize(20);
        assertThat(capped.err()).contains("... and 99980 more problems (100000 in all)").hasSizeLessThan(5_000);
    }

    @Test
    void anExportSaysWhichSpansItCouldNotWriteAsTheyAre() {
        Path workspace = folder.resolve("w.db");
        try (Workspace opened = Workspace.open(workspace)) {
            Article article = opened.corpus().importArticles(List.of(ArticleFiles.fromText(
                    "قال مملوك\nزار دمشق".getBytes(StandardCharsets.UTF_8), "a.txt", "a.txt"))).imported().getFirst();
            Annotator mona = opened.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
            opened.annotations().create(new NewAnnotation(article.id(), mona.id(), new Span(0, 10), Label.CLAIM, null,
                    "", Provenance.MANUAL));
        }
        Run brat = hamish("export", "--workspace", workspace.toString(), "--format", "brat", "--out",
                folder.resolve("out.zip").toString());
        assertThat(brat.exitCode()).as(brat.err()).isZero();
        assertThat(brat.out()).contains("1 span(s) written other than they are, as brat cannot hold them (also said "
                + "in the file):\n  article a: CLAIM [0,10) written as [0,9): brat cannot hold the line break at its "
                + "end");
        Run spacy = hamish("export", "--workspace", workspace.toString(), "--format", "spacy", "--out",
                folder.resolve("out.jsonl").toString());
        assertThat(spacy.out()).doesNotContain("written other than");
    }

    @Test
    void wrongUsage() {
        String workspace = folder.resolve("w.db").toString();
        assertThat(hamish("import", "--workspace", workspace, "--format", "xml", "x").exitCode())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(hamish("import", "--workspace", workspace, "--map", "A=B", "seeds").exitCode())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(hamish("import", "--workspace", workspace, "--format", "spacy", "--map", "nonsense", "x")
                .exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(hamish("export", "--workspace", workspace, "--format", "jsonl", "--raw", "--out", "x").err())
                .contains("--raw is for csv");
        assertThat(hamish("export", "--workspace", workspace, "--format", "xml", "--out", "x").err())
                .contains("unknown format 'xml'; Hamish knows jsonl, csv, doccano");
    }
}

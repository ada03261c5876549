package app.hamish.io.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.hamish.TestFiles;
import app.hamish.WorkspaceTables;
import app.hamish.io.AnnotationImport;
import app.hamish.io.ImportedDocument;
import app.hamish.io.InputException;
import app.hamish.io.LabelMapping;
import app.hamish.io.Progress;
import app.hamish.model.InputLimits;
import app.hamish.model.Span;
import app.hamish.service.Workspace;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every importer checks, and how offsets move when the stored text differs from the file's. */
class ImportChecksTest {
    @TempDir
    Path folder;

    @Test
    void crlfAndAByteOrderMarkInAFileTextAreDroppedAndLaterOffsetsMovedBack() {
        String json = "{\"text\": \"\\uFEFFسطر\\r\\nثم القاهرة\\r\\nآخر\", \"spans\": "
                + "[{\"start\": 9, \"end\": 16, \"label\": \"ENTITY:location\", \"text\": \"القاهرة\"}]}\n";
        ImportedDocument document = read("spacy", "crlf.jsonl", json).getFirst();
        assertThat(document.text().value()).isEqualTo("سطر\nثم القاهرة\nآخر");
        assertThat(document.marks().getFirst().span()).isEqualTo(new Span(7, 14));
        assertThat(document.text().slice(document.marks().getFirst().span())).isEqualTo("القاهرة");
    }

    @Test
    void everyByteOrderMarkAtTheStartOfAFileTextIsDroppedAndOffsetsMovedBackPastThemAll() {
        String json = "{\"text\": \"\\uFEFF\\uFEFFثم القاهرة\", \"spans\": "
                + "[{\"start\": 5, \"end\": 12, \"label\": \"ENTITY:location\", \"text\": \"القاهرة\"}]}\n";
        ImportedDocument document = read("spacy", "marks.jsonl", json).getFirst();
        assertThat(document.text().value()).isEqualTo("ثم القاهرة");
        assertThat(document.marks().getFirst().span()).isEqualTo(new Span(3, 10));
    }

    @Test
    void aSpanWhoseTextDiffersIsRefusedAndUtf16OffsetsAreNamedAsSuch() {
        String json = "{\"text\": \"😀 قال مملوك\", \"spans\": ["
                + "{\"start\": 7, \"end\": 12, \"label\": \"ENTITY:person\", \"text\": \"مملوك\"},"
                + "{\"start\": 2, \"end\": 5, \"label\": \"CLAIM\", \"text\": \"قول\"}]}\n"
                + "{\"text\": \"😀 قال مملوك\", \"spans\": [{\"start\": 3, \"end\": 6, \"label\": \"CLAIM\", "
                + "\"text\": \"قال\"}]}\n";
        assertThatThrownBy(() -> read("spacy", "utf16.jsonl", json)).isInstanceOf(InputException.class)
                .hasMessageContaining("utf16.jsonl:1: span [7,12) ends after the text, which has 11 characters "
                        + "(code points); its offsets count UTF-16 code units (as JavaScript does), not code points")
                .hasMessageContaining("utf16.jsonl:1: span [2,5) is “قال” in the text, but the file says “قول”")
                .hasMessageContaining("utf16.jsonl:2: span [3,6) is “ال ” in the text, but the file says “قال”; its "
                        + "offsets count UTF-16 code units");
    }

    @Test
    void whiteSpaceCollapsedInASpanTextIsNamed() {
        String json = "[{\"data\": {\"text\": \"قال  مملوك\"}, \"annotations\": [{\"result\": [{\"id\": \"r\", "
                + "\"type\": \"labels\", \"value\": {\"start\": 0, \"end\": 10, \"text\": \"قال مملوك\", "
                + "\"labels\": [\"CLAIM\"]}}]}]}]";
        assertThatThrownBy(() -> read("labelstudio", "ls.json", json))
                .hasMessageContaining("ls.json:1: span [0,10)").hasMessageContaining("differ only in white space");
    }

    @Test
    void linksToMissingSpansAndBadJsonAreReportedWithTheirLines() {
        String jsonl = "{\"text\": \"قال مملوك\", \"entities\": [{\"id\": 1, \"label\": \"CLAIM\", \"start_offset\": 0,"
                + " \"end_offset\": 3}], \"relations\": [{\"from_id\": 1, \"to_id\": 9, \"type\": \"x\"}]}\n\n"
                + "{\"text\": \"نص\", \"label\": [[0, \"2\", \"CLAIM\"]]}\n{\"text\": oops}\n";
        assertThatThrownBy(() -> read("doccano", "d.jsonl", jsonl)).isInstanceOf(InputException.class)
                .hasMessageContaining("d.jsonl:1: relation refers to span '9', which this document does not have")
                .hasMessageContaining("d.jsonl:3: a label's start and end must be integers, not 2")
                .hasMessageContaining("d.jsonl:4: is not valid JSON");
    }

    /** Such a workspace was refused as damaged on its next opening, its spans after the NUL taken for overruns. */
    @Test
    void aTextHoldingANulIsRefusedByEveryFormatNamingItsLine() {
        String text = "\"نص\\u0000ثنائي وخبر\"";
        Map<String, String> files = Map.of(
                "jsonl", "{\"id\": \"a\", \"text\": \"ok\"}\n{\"text\": " + text + ", \"spans\": []}\n",
                "spacy", "{\"text\": \"ok\"}\n{\"text\": " + text + ", \"spans\": []}\n",
                "doccano", "{\"text\": \"ok\"}\n{\"text\": " + text + ", \"label\": []}\n",
                "labelstudio", "[{\"data\": {\"text\": \"ok\"}},\n{\"data\": {\"text\": " + text + "}}]");
        files.forEach((format, content) -> {
            String name = format.equals("labelstudio") ? "nul.json" : "nul.jsonl";
            assertThatThrownBy(() -> read(format, name, content)).as(format).isInstanceOf(InputException.class)
                    .hasMessageContaining(name + ":2: has a text holding a NUL character (U+0000) at character 2; an "
                            + "article's text cannot hold one");
        });
    }

    @Test
    void zipEntriesThatClimbOutOrAreAbsoluteAreRefused() throws Exception {
        for (String evil : List.of("../evil.ann", "docs/../../evil.ann", "/etc/evil.ann", "C:\\evil.ann",
                "a\\..\\..\\evil.ann")) {
            Path zip = folder.resolve("evil.zip");
            try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out)) {
                entries.putNextEntry(new ZipEntry("ok.txt"));
                entries.write("نص".getBytes(StandardCharsets.UTF_8));
                entries.putNextEntry(new ZipEntry(evil));
                entries.write("T1\tCLAIM 0 2\tنص\n".getBytes(StandardCharsets.UTF_8));
            }
            assertThatThrownBy(() -> new BratImporter(OffsetUnit.CODEPOINT).read(List.of(zip), Progress.NONE)).as(evil)
                    .isInstanceOf(InputException.class)
                    .hasMessageContaining("evil.zip: holds an entry named “" + evil + "”");
        }
    }

    @Test
    void aBratZipImportsEachAnnWithItsTxt() throws Exception {
        Path zip = folder.resolve("corpus.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out)) {
            entries.putNextEntry(new ZipEntry("news/d1.txt"));
            entries.write("قال مملوك".getBytes(StandardCharsets.UTF_8));
            entries.putNextEntry(new ZipEntry("news/d1.ann"));
            entries.write("T1\tENTITY-person 4 9\tمملوك\nE1\tAttack:T1\n".getBytes(StandardCharsets.UTF_8));
            entries.putNextEntry(new ZipEntry("news/unannotated.txt"));
            entries.write("نص".getBytes(StandardCharsets.UTF_8));
        }
        List<ImportedDocument> documents = new BratImporter(OffsetUnit.CODEPOINT).read(List.of(zip), Progress.NONE);
        assertThat(documents).singleElement().satisfies(document -> {
            assertThat(document.externalId()).isEqualTo("news/d1");
            assertThat(document.marks()).singleElement().extracting(ImportedDocument.Mark::label)
                    .isEqualTo("ENTITY-person");
        });
    }

    /** brat counts each byte-order mark as a character; Hamish drops every one at the start. */
    @Test
    void bratOffsetsAfterTwoByteOrderMarksAreMovedBackPastBoth() {
        Path folderWithBrat = folder.resolve("brat-marks");
        TestFiles.write(folderWithBrat.resolve("d.txt"), "\uFEFF\uFEFFقال مملوك");
        TestFiles.write(folderWithBrat.resolve("d.ann"), "T1\tENTITY-person 6 11\tمملوك\n");
        ImportedDocument document = new BratImporter(OffsetUnit.CODEPOINT).read(List.of(folderWithBrat),
                Progress.NONE).getFirst();
        assertThat(document.text().value()).isEqualTo("قال مملوك");
        assertThat(document.marks()).singleElement().extracting(ImportedDocument.Mark::span)
                .isEqualTo(new Span(4, 9));
    }

    @Test
    void bratFragmentsAcrossALineBreakAreOneSpanAndOtherGapsAreRefused() {
        Path folderWithBrat = folder.resolve("brat");
        TestFiles.write(folderWithBrat.resolve("d.txt"), "قال\nمملوك زار دمشق");
        TestFiles.write(folderWithBrat.resolve("d.ann"), "T1\tCLAIM 0 3;4 9\tقال مملوك\n"
                + "T2\tCLAIM 0 3;10 13\tقال زار\n");
        assertThatThrownBy(() -> new BratImporter(OffsetUnit.CODEPOINT).read(List.of(folderWithBrat), Progress.NONE))
                .hasMessageContaining("d.ann:2: is discontinuous across “\nمملوك ”")
                .hasMessageNotContaining("d.ann:1");
    }

    /** NEL is Unicode white space; Java's own tests for white space leave it out, and such a span came in. */
    @Test
    void aSpanOfOnlyANextLineIsRefusedAsBlankNamingItsLine() throws Exception {
        try (Workspace workspace = Workspace.open(folder.resolve("w.db"))) {
            Path file = TestFiles.write(folder.resolve("nel.jsonl"), "{\"text\": \"قال\\u0085مصدر\", \"spans\": "
                    + "[{\"start\": 4, \"end\": 8, \"label\": \"CLAIM\"}]}\n{\"text\": \"قال\\u0085مصدر\", "
                    + "\"spans\": [{\"start\": 3, \"end\": 4, \"label\": \"CLAIM\"}]}\n");
            assertThatThrownBy(() -> Fixtures.importFiles(workspace, Formats.named("spacy").orElseThrow(),
                    List.of(file), LabelMapping.parse(List.of())))
                    .hasMessageContaining("nel.jsonl:2: span [3,4) holds only white space or invisible characters")
                    .hasMessageNotContaining("nel.jsonl:1");
            assertThat(workspace.corpus().count()).isZero();
        }
    }

    /** Each is shown on one line; a line break in one forged lines of the command line's output and CoNLL files. */
    @Test
    void anAnnotatorsNameOrARelationTypeHoldingAControlCharacterIsRefusedNamingWhere() throws Exception {
        try (Workspace workspace = Workspace.open(folder.resolve("w.db"))) {
            Path file = TestFiles.write(folder.resolve("names.jsonl"), "{\"text\": \"قال مملوك\", \"entities\": ["
                    + "{\"id\": 1, \"label\": \"CLAIM\", \"start_offset\": 0, \"end_offset\": 3},"
                    + "{\"id\": 2, \"label\": \"ENTITY\", \"start_offset\": 4, \"end_offset\": 9}],"
                    + " \"relations\": [{\"from_id\": 1, \"to_id\": 2, \"type\": \"said\\tby\"}]}\n");
            Formats.Format format = Formats.named("doccano-relations").orElseThrow();
            assertThatThrownBy(() -> AnnotationImport.run(workspace, "mona\nannotator\tfake",
                    format.importer().read(List.of(file), Progress.NONE), LabelMapping.parse(List.of()),
                    Progress.NONE))
                    .hasMessageContaining("--annotator: the annotator's name holds a control character (U+000A) at "
                            + "character 4")
                    .hasMessageContaining("names.jsonl:1: relation type holds a control character (U+0009) at "
                            + "character 4");
            assertThat(workspace.corpus().count()).isZero();
            assertThat(workspace.annotations().annotators()).noneMatch(a -> a.name().startsWith("mona"));

            // A name too long is said once, of --annotator, not at each of the file's spans.
            String longName = "m".repeat(InputLimits.MAX_NAME + 1);
            assertThatThrownBy(() -> AnnotationImport.run(workspace, longName,
                    format.importer().read(List.of(file), Progress.NONE), LabelMapping.parse(List.of()),
                    Progress.NONE))
                    .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems())
                            .filteredOn(problem -> problem.message().contains("201 characters")).singleElement()
                            .isEqualTo(new InputException.Problem("--annotator", 0, "the annotator's name is 201 "
                                    + "characters long; at most 200 are taken")));
        }
    }

    @Test
    void aRefusedImportLeavesEveryTableAsItWas() throws Exception {
        Path workspaceFile = folder.resolve("w.db");
        try (Workspace workspace = Workspace.open(workspaceFile)) {
            Fixtures.annotateHardText(workspace);
            List<String> before = WorkspaceTables.rows(workspaceFile);
            Path file = TestFiles.write(folder.resolve("mixed.jsonl"), "{\"text\": \"خبر جديد\", \"spans\": "
                    + "[{\"start\": 0, \"end\": 3, \"label\": \"CLAIM\"}]}\n{\"text\": \"خبر آخر\", \"spans\": "
                    + "[{\"start\": 3, \"end\": 4, \"label\": \"CLAIM\"}]}\n");
            assertThatThrownBy(() -> Fixtures.importFiles(workspace, Formats.named("spacy").orElseThrow(),
                    List.of(file), LabelMapping.parse(List.of())))
                    .hasMessageContaining("mixed.jsonl:2: span [3,4) holds only white space or invisible characters");
            assertThat(WorkspaceTables.rows(workspaceFile)).isEqualTo(before);
        }
    }

    @Test
    void aBratAnnotatorWhoseLayerNamePassesTheNameLimitIsRefusedNamingTheLine() throws Exception {
        Path brat = folder.resolve("brat");
        TestFiles.write(brat.resolve("d.txt"), "قال مملوك");
        TestFiles.write(brat.resolve("d.ann"), "T1\tCLAIM 0 3\tقال\n#1\tAnnotator T1\t"
                + "م".repeat(InputLimits.MAX_NAME - 2) + "\n");
        Path workspaceFile = folder.resolve("w.db");
        try (Workspace workspace = Workspace.open(workspaceFile)) {
            List<String> before = WorkspaceTables.rows(workspaceFile);
            assertThatThrownBy(() -> Fixtures.importFiles(workspace, Formats.named("brat").orElseThrow(),
                    List.of(brat), LabelMapping.parse(List.of()))).isInstanceOf(InputException.class)
                    .hasMessageContaining("d.ann:1: its annotator's layer name (import:brat/ and the name) is "
                            + (InputLimits.MAX_NAME + 10) + " characters long; at most " + InputLimits.MAX_NAME);
            assertThat(WorkspaceTables.rows(workspaceFile)).isEqualTo(before);
        }
    }

    @Test
    void anArticleIdTakenByAnotherTextIsMadeDistinct() {
        try (Workspace workspace = Workspace.open(folder.resolve("w.db"))) {
            Fixtures.importText(workspace, "wire-1", "نص قديم");
            Path file = TestFiles.write(folder.resolve("hamish.jsonl"),
                    "{\"id\": \"wire-1\", \"text\": \"نص جديد\"}\n");
            Fixtures.importFiles(workspace, Formats.named("jsonl").orElseThrow(), List.of(file),
                    LabelMapping.parse(List.of()));
            assertThat(workspace.corpus().articles()).extracting(summary -> summary.externalId())
                    .containsExactly("wire-1", "wire-1-" + app.hamish.model.ContentHash.sha256("نص جديد")
                            .substring(0, 8));
        }
    }

    @Test
    void metadataNumbersAreKeptExactlyAsTheFileHasThem() {
        String json = "{\"text\": \"نص\", \"meta\": {\"huge\": 1e400, \"exact\": 0.1000000000000000000001, "
                + "\"big\": 123456789012345678901234567890, \"small\": -2.5E-3}}\n";
        assertThat(read("jsonl", "meta.jsonl", json).getFirst().metaJson()).isEqualTo(
                "{\"huge\":1E+400,\"exact\":0.1000000000000000000001,\"big\":123456789012345678901234567890,"
                        + "\"small\":-0.0025}");
    }

    @Test
    void aNumberWhoseExponentNoDecimalHoldsIsRefusedWithItsLine() {
        assertThatThrownBy(() -> read("jsonl", "exponent.jsonl", "{\"text\": \"نص\"}\n{\"text\": \"نص\", "
                + "\"meta\": {\"n\": -2.5E+68901234567890}}\n"))
                .isInstanceOf(InputException.class)
                .hasMessage(folder.resolve("exponent.jsonl") + ":2: holds the number -2.5E+68901234567890, whose "
                        + "exponent is too large");
    }

    @Test
    void spacyDocToJsonEntsAndSpanGroupsAndDoccanoLabelsAreRead() {
        String spacy = "{\"text\": \"زار مملوك دمشق\", \"ents\": [{\"start\": 4, \"end\": 9, \"label\": "
                + "\"ENTITY:person\"}], \"spans\": {\"sc\": [{\"start\": 10, \"end\": 14, \"label\": "
                + "\"ENTITY:location\", \"kb_id\": \"\"}]}, \"tokens\": [{\"id\": 0, \"start\": 0, \"end\": 3}], "
                + "\"sents\": [{\"start\": 0, \"end\": 14}]}\n";
        assertThat(read("spacy", "doc.jsonl", spacy).getFirst().marks()).extracting(ImportedDocument.Mark::span,
                        ImportedDocument.Mark::label)
                .containsExactly(tuple(new Span(4, 9), "ENTITY:person"), tuple(new Span(10, 14), "ENTITY:location"));
        String doccano = "{\"text\": \"زار مملوك دمشق\", \"labels\": [[4, 9, \"ENTITY:person\"]]}\n";
        assertThat(read("doccano", "labels.jsonl", doccano).getFirst().marks()).extracting(ImportedDocument.Mark::span)
                .containsExactly(new Span(4, 9));
    }

    @Test
    void aLineWithSpansUnderAFieldTheFormatDoesNotReadIsRefused() {
        String doccanoAsSpacy = "{\"text\": \"زار مملوك\", \"label\": [[4, 9, \"ENTITY:person\"]]}\n";
        assertThatThrownBy(() -> read("spacy", "d.jsonl", doccanoAsSpacy)).isInstanceOf(InputException.class)
                .hasMessageContaining("d.jsonl:1: holds spans under \"label\", which this format does not read; "
                        + "it reads them from \"spans\", \"ents\"");
        String entitiesAsDoccano = "{\"text\": \"زار مملوك\", \"annotations\": [{\"start\": 4, \"end\": 9, "
                + "\"label\": \"PER\"}]}\n";
        assertThatThrownBy(() -> read("doccano", "a.jsonl", entitiesAsDoccano))
                .hasMessageContaining("a.jsonl:1: holds spans under \"annotations\"");
    }

    @Test
    void utf16OffsetsAreReadWithTheOptionAndOneCuttingAnEmojiIsRefused() {
        String doccano = "{\"text\": \"😀😀 زار مملوك\", \"label\": [[9, 14, \"ENTITY:person\"]]}\n";
        ImportedDocument document = read("doccano", OffsetUnit.UTF16, "u.jsonl", doccano).getFirst();
        assertThat(document.text().slice(document.marks().getFirst().span())).isEqualTo("مملوك");

        String cut = "{\"text\": \"😀😀 زار مملوك\", \"label\": [[1, 3, \"CLAIM\"]]}\n";
        assertThatThrownBy(() -> read("doccano", OffsetUnit.UTF16, "cut.jsonl", cut))
                .hasMessageContaining("cut.jsonl:1: span [1,3) cuts “😀” (U+1F600) in two at 1, so its offsets are "
                        + "not UTF-16 code units; read them as code points (without --offset-unit utf16)");
        String spacy = "{\"text\": \"😀 قال مملوك\", \"spans\": [{\"start\": 7, \"end\": 12, \"label\": \"CLAIM\", "
                + "\"text\": \"مملوك\"}]}\n";
        assertThatThrownBy(() -> read("spacy", "s.jsonl", spacy)).hasMessageEndingWith(
                "not code points: import it with --offset-unit utf16");
    }

    @Test
    void aLabelStudioRegionAcrossALineBreakMayWriteItAsBackslashN() {
        String json = "[{\"data\": {\"text\": \"قال\\nمملوك\"}, \"annotations\": [{\"result\": [{\"id\": \"r\", "
                + "\"type\": \"labels\", \"value\": {\"start\": 0, \"end\": 9, \"text\": \"قال\\\\nمملوك\", "
                + "\"labels\": [\"CLAIM\"]}}]}]}]";
        assertThat(read("labelstudio", "ls.json", json).getFirst().marks()).extracting(ImportedDocument.Mark::span)
                .containsExactly(new Span(0, 9));
    }

    @Test
    void aLongSpanTextIsShownShortenedInTheMessage() {
        String long1 = "قال ".repeat(5_000);
        String json = "{\"text\": \"" + long1 + "\", \"spans\": [{\"start\": 0, \"end\": 20000, \"label\": \"CLAIM\", "
                + "\"text\": \"" + "قول ".repeat(5_000) + "\"}]}\n";
        assertThatThrownBy(() -> read("spacy", "long.jsonl", json))
                .hasMessageContaining("long.jsonl:1: span [0,20000) is “قال قال")
                .hasMessageContaining("…قال قال ").hasMessageContaining("(20000 characters)” in the text")
                .message().hasSizeLessThan(400);
    }

    @Test
    void invalidJsonIsExplainedWithoutParserInternals() {
        assertThatThrownBy(() -> read("labelstudio", "bad.json", "[{\"data\": {\"text\": \"نص\"]}]"))
                .hasMessageStartingWith(folder.resolve("bad.json") + ":1: is not valid JSON: Unexpected close marker")
                .hasMessageContaining("(the object opened at line 1, column 11) (at column 24)")
                .hasMessageNotContaining("Source").hasMessageNotContaining("REDACTED")
                .hasMessageNotContaining("StreamReadFeature");
        assertThatThrownBy(() -> read("spacy", "ctrl.jsonl", "{\"text\": \"\u0001\"}\n"))
                .hasMessageContaining("ctrl.jsonl:1: is not valid JSON: Illegal unquoted character (the control "
                        + "character U+0001)")
                .hasMessageNotContaining("CTRL-CHAR");
        assertThatThrownBy(() -> read("spacy", "nan.jsonl", "{\"text\": \"نص\", \"spans\": [{\"start\": NaN}]}\n"))
                .hasMessageContaining("nan.jsonl:1: is not valid JSON: Non-standard token 'NaN' (at column")
                .hasMessageNotContaining("JsonReadFeature").hasMessageNotContaining("enable");
    }

    @Test
    void conllOffsetsEndingBeforeTheyStartAreSaidToAndAHashTokenWithATagIsAToken() {
        String hamish = "# text_json = \"قال مملوك\"\n# columns = TOKEN START END TAG\nقال\t3\t0\tO\n";
        assertThatThrownBy(() -> read("conll", "h.conll", hamish))
                .hasMessageContaining("h.conll:3: token [3,0) ends before it starts")
                .hasMessageNotContaining("outside");
        ImportedDocument plain = read("conll", "p.conll", "قال O\n# O\nمملوك B-PER\n# text = a comment\n")
                .getFirst();
        assertThat(plain.text().value()).isEqualTo("قال # مملوك");
        assertThat(plain.marks()).extracting(ImportedDocument.Mark::span).containsExactly(new Span(6, 11));
    }

    private List<ImportedDocument> read(String format, OffsetUnit unit, String name, String content) {
        return Formats.named(format).orElseThrow().importer(new Formats.ImportOptions(unit))
                .read(List.of(TestFiles.write(folder.resolve(name), content)), Progress.NONE);
    }

    private List<ImportedDocument> read(String format, String name, String content) {
        return Formats.named(format).orElseThrow().importer()
                .read(List.of(TestFiles.write(folder.resolve(name), content)), Progress.NONE);
    }
}

package app.hamish.io.formats;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.TestFiles;
import app.hamish.io.ImportContract;
import app.hamish.io.InputException;
import app.hamish.io.LabelMapping;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jazzer fuzz targets, one per importer, and one for the JSON reader the JSON importers share. Each input is
 * imported into one workspace that already holds an article, so matching and adding are both reached; the
 * {@link ImportContract} must hold for every input. {@code ./mvnw test} runs the committed seeds in
 * {@code src/test/resources/app/hamish/io/formats/ImporterFuzzTargetsInputs/<method>/}; docs/reliability.md says
 * how to fuzz.
 */
class ImporterFuzzTargets {
    /** In a {@link #bratStandoff} input, the line that ends the .ann file and begins the .txt beside it. */
    private static final String TEXT_FOLLOWS = "\n--- text ---\n";
    /** The label names of the golden files and the seeds; unmapped ones are refused, which is fuzzed too. */
    private static final LabelMapping MAPPING = LabelMapping.parse(List.of("PER=ENTITY:person",
            "LOC=ENTITY:location", "SRC=UNVERIFIED_SOURCE", "Source=UNVERIFIED_SOURCE", "Claim=CLAIM",
            "Person=ENTITY:person", "PERSON=ENTITY:person", "GPE=ENTITY:location", "ORG=ENTITY:organisation"));

    @TempDir
    static Path folder;
    private static ImportContract contract;

    @BeforeAll
    static void openWorkspace() {
        contract = new ImportContract(folder.resolve("fuzz.db"));
        Fixtures.importText(contract.workspace(), "hard", Fixtures.HARD_TEXT);
    }

    @AfterAll
    static void closeWorkspace() {
        contract.close();
    }

    @FuzzTest
    void hamishJsonl(byte[] file) throws SQLException {
        importFile("jsonl", file);
    }

    /** Both doccano shapes (sequence labelling and relations) go through the one importer. */
    @FuzzTest
    void doccano(byte[] file) throws SQLException {
        importFile("doccano", file);
    }

    @FuzzTest
    void spacy(byte[] file) throws SQLException {
        importFile("spacy", file);
    }

    @FuzzTest
    void labelStudio(byte[] file) throws SQLException {
        importFile("labelstudio", file);
    }

    @FuzzTest
    void conll(byte[] file) throws SQLException {
        importFile("conll", file);
    }

    /** An .ann file and the .txt beside it, in one input split at {@link #TEXT_FOLLOWS}. */
    @FuzzTest
    void bratStandoff(byte[] annAndText) throws SQLException {
        byte[] separator = TEXT_FOLLOWS.getBytes(StandardCharsets.UTF_8);
        int split = indexOf(annAndText, separator);
        int textStart = split < 0 ? annAndText.length : split + separator.length;
        TestFiles.write(folder.resolve("fuzz.txt"), Arrays.copyOfRange(annAndText, textStart, annAndText.length));
        importPath("brat", TestFiles.write(folder.resolve("fuzz.ann"),
                Arrays.copyOf(annAndText, split < 0 ? annAndText.length : split)));
    }

    /** A zip of brat files, read in memory: where zip slip and zip bombs would come in. */
    @FuzzTest
    void bratArchive(byte[] zip) throws SQLException {
        importFile("brat", zip);
    }

    /** JSON read, written and read again holds the same values: metadata is kept this way and exported verbatim. */
    @FuzzTest
    void jsonTree(byte[] json) {
        Object value;
        try {
            value = JsonTree.parse(new String(json, StandardCharsets.UTF_8), "fuzz.json", 1);
        } catch (InputException refused) {
            assertThat(refused.problems()).allSatisfy(problem -> assertThat(problem.file()).isEqualTo("fuzz.json"));
            return;
        }
        String written = JsonTree.toJson(value);
        assertThat(held(JsonTree.parse(written, "written", 1))).as(written).isEqualTo(held(value));
    }

    /**
     * What a parsed value holds, without the lines its objects started on, and numbers as their values: written
     * back, {@code 1e0} is {@code 1} and {@code 0.10} stays {@code 0.10}, the same numbers.
     */
    private static Object held(Object value) {
        return switch (value) {
            case JsonTree.Node node -> {
                Map<String, Object> fields = new LinkedHashMap<>();
                node.fields().forEach((name, field) -> fields.put(name, held(field)));
                yield fields;
            }
            case List<?> items -> items.stream().map(ImporterFuzzTargets::held).toList();
            case Number number -> new BigDecimal(number.toString()).stripTrailingZeros();
            case null, default -> value;
        };
    }

    /** Imports the bytes as a file named as the format's importer expects. */
    private static void importFile(String format, byte[] content) throws SQLException {
        String name = Fixtures.fileName("fuzz", Formats.named(format).orElseThrow());
        importPath(format, TestFiles.write(folder.resolve(name), content));
    }

    private static void importPath(String format, Path file) throws SQLException {
        contract.check(() -> Fixtures.importFiles(contract.workspace(), Formats.named(format).orElseThrow(),
                List.of(file), MAPPING));
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int at = 0; at + part.length <= bytes.length; at++) {
            if (Arrays.equals(bytes, at, at + part.length, part, 0, part.length)) {
                return at;
            }
        }
        return -1;
    }
}

package app.hamish.io.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import app.hamish.TestFiles;
import app.hamish.WorkspaceTables;
import app.hamish.io.InputException;
import app.hamish.io.LabelMapping;
import app.hamish.io.Progress;
import app.hamish.model.ExportFilter;
import app.hamish.service.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mutated files (bytes flipped, ranges cut or repeated, syntax and numbers slipped in) against every importer: each
 * either imports or is refused with an {@link InputException}, never anything else, and a refused file leaves
 * every table of the workspace as it was.
 */
class ImporterFuzzTest {
    private static final int MUTANTS = 150;
    private static final String[] SNIPPETS = {"\"", "{", "}", "[", "]", ",", ":", "-1", "0", "99999999999",
            "1e3", "2.5", "null", "true", "\\ud800", "\\u0000", "\t", "\r\n", "\n", " ", "😀", "\u200F", "ـ",
            "\"label\":\"X\"", "T9\tCLAIM 0 3\tقال", "R7\tx Arg1:T1 Arg2:T99", "B-", "I-CLAIM", "E-ENTITY:person",
            "# text_json = \"x\"", "-DOCSTART-", "\"start\":", "\"end\":", "\"text\":\"\"", "ENTITY:person",
            "\"from_id\":\"a1\""};
    private static final LabelMapping MAPPING = LabelMapping.parse(List.of("PER=ENTITY:person",
            "LOC=ENTITY:location", "X=CLAIM"));

    @TempDir
    Path folder;

    @ParameterizedTest
    @MethodSource("app.hamish.io.formats.Fixtures#importable")
    void mutatedFilesAreImportedOrRefusedCleanly(String name) throws Exception {
        Formats.Format format = Formats.named(name).orElseThrow();
        Path workspaceFile = folder.resolve("w.db");
        try (Workspace workspace = Workspace.open(workspaceFile)) {
            List<Seed> seeds = seeds(workspace, format);
            Random random = new Random(name.hashCode());
            int refused = 0;
            for (int i = 0; i < MUTANTS; i++) {
                Seed seed = seeds.get(random.nextInt(seeds.size()));
                Path input = folder.resolve("mutant-" + i);
                boolean companion = seed.companion() != null && random.nextInt(3) == 0;
                Path file = TestFiles.write(input.resolve(seed.name()),
                        companion ? seed.content() : mutate(seed.content(), random));
                if (seed.companion() != null) {
                    TestFiles.write(input.resolve(seed.companion()),
                            companion ? mutate(seed.companionContent(), random) : seed.companionContent());
                }
                List<String> before = WorkspaceTables.rows(workspaceFile);
                try {
                    Fixtures.importFiles(workspace, format, List.of(file), MAPPING);
                } catch (InputException expected) {
                    refused++;
                    assertThat(WorkspaceTables.rows(workspaceFile)).as("after refusing %s", file).isEqualTo(before);
                } catch (RuntimeException e) {
                    fail("mutant " + i + " of " + name + " (" + file + ") threw " + e, e);
                }
            }
            assertThat(refused).as("most mutants are refused").isGreaterThan(MUTANTS / 4);
        }
    }

    /** A file to import, and the file beside it that it needs (brat's .txt), or null; either may be mutated. */
    private record Seed(String name, byte[] content, String companion, byte[] companionContent) {
    }

    private List<Seed> seeds(Workspace workspace, Formats.Format format) throws Exception {
        Path scratch = Files.createDirectories(folder.resolve("seed"));
        try (Workspace source = Workspace.open(scratch.resolve("source.db"))) {
            Fixtures.annotateHardText(source);
            FormatExamplesTest.example(source);
            Path exported = scratch.resolve("export");
            format.exporter(new Formats.ExportOptions(true)).export(source, ExportFilter.ALL, exported, Progress.NONE);
            List<Seed> seeds = new ArrayList<>();
            if (format.name().equals("brat")) {
                for (String document : List.of("hard", "a1")) {
                    seeds.add(new Seed(document + ".ann", entry(exported, document + ".ann"), document + ".txt",
                            entry(exported, document + ".txt")));
                }
            } else {
                seeds.add(new Seed(Fixtures.fileName("export", format), Files.readAllBytes(exported), null, null));
            }
            Fixtures.importText(workspace, "hard", Fixtures.HARD_TEXT);
            return seeds;
        }
    }

    private static byte[] entry(Path zip, String name) throws Exception {
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new IllegalStateException("no " + name);
    }

    private static byte[] mutate(byte[] content, Random random) {
        byte[] bytes = content;
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            int at = random.nextInt(bytes.length + 1);
            int length = Math.min(bytes.length - at, 1 + random.nextInt(12));
            bytes = switch (random.nextInt(5)) {
                case 0 -> flip(bytes, random);
                case 1 -> splice(bytes, at, length, new byte[0]);
                case 2 -> splice(bytes, at, 0, Arrays.copyOfRange(bytes, at, at + length));
                case 3 -> splice(bytes, at, random.nextInt(Math.max(1, length)),
                        SNIPPETS[random.nextInt(SNIPPETS.length)].getBytes(StandardCharsets.UTF_8));
                default -> Arrays.copyOf(bytes, at);
            };
        }
        return bytes;
    }

    private static byte[] flip(byte[] bytes, Random random) {
        if (bytes.length == 0) {
            return bytes;
        }
        byte[] copy = bytes.clone();
        copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
        return copy;
    }

    private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
        byte[] result = new byte[bytes.length - remove + insert.length];
        System.arraycopy(bytes, 0, result, 0, at);
        System.arraycopy(insert, 0, result, at, insert.length);
        System.arraycopy(bytes, at + remove, result, at + insert.length, bytes.length - at - remove);
        return result;
    }
}

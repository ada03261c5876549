package app.hamish.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench} on a tiny corpus: every figure is printed beside the machine's own limit for the same work, with
 * the ratio and its target, and the absolute figures on the line after. Timings themselves are never asserted.
 */
class BenchCommandTest {
    private static final String NUMBER = "\\d+(\\.\\d+)?";

    @TempDir
    Path folder;

    @Test
    void printsEachFigureWithItsLimitItsRatioAndTheAbsoluteFigures() throws Exception {
        CommandLineTest.Run run = CommandLineTest.hamish("bench", "--articles", "12", "--annotations-per-article",
                "4", "--commits", "30", "--folder", folder.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();

        assertThat(figureAndFigures(lines, "import: ")).satisfiesExactly(
                ratio -> assertThat(ratio).matches("import: " + NUMBER + " % of plain SQLite inserting the same rows "
                        + "in one transaction \\(target >= 60 %\\)"),
                absolute -> assertThat(absolute).matches("  Hamish 12 articles in " + NUMBER + " s = " + NUMBER
                        + " MB/s; plain SQLite " + NUMBER + " s = " + NUMBER + " MB/s \\(fastest of 3 runs each, "
                        + "in turns\\)"));
        // The search index is filled after the import, timed on its own line (decision 0038).
        assertThat(lines).filteredOn(line -> line.startsWith("searchable after: ")).singleElement().asString()
                .matches("searchable after: " + NUMBER + " s more, indexing the 12 articles for search after the "
                        + "import \\(find reads them meanwhile\\)");
        assertThat(figureAndFigures(lines, "commit: ")).satisfiesExactly(
                ratio -> assertThat(ratio).matches("commit: p99 " + NUMBER + "x plain SQLite committing one row to "
                        + "a table of the same size \\(target <= 1.5x\\)"),
                absolute -> assertThat(absolute).matches("  Hamish p50 " + NUMBER + " ms, p99 " + NUMBER + " ms, max "
                        + NUMBER + " ms; plain SQLite p50 " + NUMBER + " ms, p99 " + NUMBER + " ms, max " + NUMBER
                        + " ms \\(30 commits each, in turns, on 48 annotations\\)"));
        // 30 commits of up to 50 a new layer: the first of each article starts its layer, shown apart.
        assertThat(lines).filteredOn(line -> line.startsWith("  a layer's first annotation: ")).singleElement()
                .asString().matches("  a layer's first annotation: \\d+ commits, p50 " + NUMBER + " ms, max " + NUMBER
                        + " ms, \\d+ at or above Hamish's p99; the others p50 " + NUMBER + " ms, p99 " + NUMBER
                        + " ms");
        // The exports hold the 48 annotations of the corpus and the 30 committed one by one.
        for (String format : List.of("jsonl", "csv")) {
            assertThat(lineAndNext(lines, "export " + format + ": ", 2)).satisfiesExactly(
                    ratio -> assertThat(ratio).matches("export " + format + ": " + NUMBER + " % of writing and "
                            + "forcing the same " + NUMBER + " MB sequentially \\(target >= 60 %\\); " + NUMBER
                            + " % of reading the same rows through the same driver and writing their bytes"),
                    absolute -> assertThat(absolute).matches("  Hamish 78 annotations of 12 articles in " + NUMBER
                            + " s = " + NUMBER + " annotations/s, " + NUMBER + " MB/s; sequential write " + NUMBER
                            + " s = " + NUMBER + " MB/s; reading the rows and writing their " + NUMBER + " MB "
                            + NUMBER + " s \\(fastest of 2 runs each, in turns\\)"),
                    floor -> assertThat(floor).matches("  the floor: stepping through the same \\d+ rows through the "
                            + "same driver, reading nothing, " + NUMBER + " s; shared by this machine's \\d+ cores at "
                            + "best " + NUMBER + " s, " + NUMBER + "x the " + NUMBER + " s the target allows the whole "
                            + "export"));
        }
        // One article holds its heading: the search reads only that one, beside a bare index's query.
        assertThat(figureAndFigures(lines, "find: ")).satisfiesExactly(
                figures -> assertThat(figures).matches("find: first result " + NUMBER + " ms, all 1 in " + NUMBER
                        + " ms \\(targets < 100 ms, < 500 ms\\) for \"مقالة رقم 5\" in 12 articles"),
                limit -> assertThat(limit).matches("  a bare trigram index of the same normalised texts: first "
                        + NUMBER + " ms, all " + NUMBER + " ms \\(" + NUMBER + "x, " + NUMBER + "x\\) \\(fastest of 2 "
                        + "runs each, in turns\\)"));

        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left.map(file -> file.getFileName().toString()))
                    .as("the limits' own files are gone; the bench workspace and its exports stay")
                    .containsExactlyInAnyOrder("corpus", "bench.db", "train.jsonl", "review.csv");
        }
    }

    /**
     * A folder reused from an earlier run is measured as a new one: the import goes into a new workspace, not into the
     * last run's, which holds every article already and would skip them all.
     */
    @Test
    void aFolderReusedImportsIntoANewWorkspace() {
        for (int run = 0; run < 2; run++) {
            CommandLineTest.Run bench = CommandLineTest.hamish("bench", "--articles", "12",
                    "--annotations-per-article", "4", "--commits", "10", "--folder", folder.toString());
            assertThat(bench.exitCode()).as(bench.err()).isZero();
            assertThat(bench.out().lines()).as("run %d", run).filteredOn(line -> line.startsWith("searchable after: "))
                    .singleElement().asString().contains("indexing the 12 articles");
        }
    }

    @Test
    void severalCorpusSizesEndWithATableOfHowEachFigureGrowsBesideItsLimit() {
        CommandLineTest.Run run = CommandLineTest.hamish("bench", "--articles", "6,12", "--annotations-per-article",
                "4", "--commits", "10", "--folder", folder.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();

        String last = " +" + NUMBER + " / +" + NUMBER;
        String pair = last + " ";
        assertThat(lines.subList(lines.indexOf("growth: time as the corpus grows, each beside its limit in the same "
                + "run (Hamish / limit)"), lines.size())).satisfiesExactly(
                title -> assertThat(title).startsWith("growth: "),
                header -> assertThat(header).matches(" +articles \\| import s +\\| export jsonl s +\\| export csv s +\\| "
                        + "commit p99 ms *"),
                small -> assertThat(small).matches(" +6 \\|" + pair + "\\|" + pair + "\\|" + pair + "\\|" + last),
                large -> assertThat(large).matches(" +12 \\|" + pair + "\\|" + pair + "\\|" + pair + "\\|" + last),
                growth -> assertThat(growth).matches("  6 to 12 articles \\(2.0x\\): import " + NUMBER + "x \\(limit "
                        + NUMBER + "x\\), export jsonl " + NUMBER + "x \\(limit " + NUMBER + "x\\), export csv "
                        + NUMBER + "x \\(limit " + NUMBER + "x\\) \\(linear: 2.0x\\); commit p99 " + NUMBER
                        + "x \\(limit " + NUMBER + "x\\) \\(flat: 1.0x\\)"));
        assertThat(lines).filteredOn(line -> line.startsWith("import: ")).hasSize(2);
    }

    /** The line starting with {@code prefix} and the line after it. */
    private static List<String> figureAndFigures(List<String> lines, String prefix) {
        return lineAndNext(lines, prefix, 1);
    }

    /** The line starting with {@code prefix} and the {@code next} lines after it. */
    private static List<String> lineAndNext(List<String> lines, String prefix, int next) {
        int at = lines.stream().filter(line -> line.startsWith(prefix)).findFirst().map(lines::indexOf).orElseThrow(
                () -> new AssertionError("no line starting with '" + prefix + "' in:\n" + String.join("\n", lines)));
        return lines.subList(at, Math.min(at + 1 + next, lines.size()));
    }
}

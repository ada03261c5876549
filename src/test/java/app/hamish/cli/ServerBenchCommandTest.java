package app.hamish.cli;

import static app.hamish.cli.CommandLineTest.hamish;
import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.PgServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench --workspace URL} on a tiny corpus on the test run's real server: each figure is printed beside plain
 * JDBC doing the same work, with the ratio and the issue's target, and the absolute figures after. Timings are never
 * asserted.
 */
class ServerBenchCommandTest {
    private static final String NUMBER = "\\d+(\\.\\d+)?";

    @TempDir
    Path folder;

    private static String address(String database) {
        return "postgresql://" + PgServer.HOST + ":" + PgServer.shared().port() + "/" + database + "?user="
                + PgServer.SUPERUSER;
    }

    @Test
    void printsEachServerFigureBesidePlainJdbcAndLeavesNoBaselineTablesBehind() throws Exception {
        String database = PgServer.shared().newDatabase();
        CommandLineTest.Run run = hamish("bench", "--workspace", address(database), "--articles", "12",
                "--annotations-per-article", "4", "--commits", "30", "--folder", folder.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();

        assertThat(figureAndFigures(lines, "import: ")).satisfiesExactly(
                ratio -> assertThat(ratio).matches("import: " + NUMBER + " % of plain JDBC inserting the same rows in"
                        + " one transaction \\(issue's target: >= 20 MB/s\\)"),
                absolute -> assertThat(absolute).matches("  Hamish 12 articles in " + NUMBER + " s = " + NUMBER
                        + " MB/s, of which reading the files " + NUMBER + " s; plain JDBC " + NUMBER + " s = " + NUMBER + " MB/s \\(one run each, in turns\\)"));
        assertThat(figureAndFigures(lines, "commit: ")).satisfiesExactly(
                ratio -> assertThat(ratio).matches("commit: p99 " + NUMBER + "x plain JDBC committing one row, 10"
                        + " clients committing at once \\(issue's target: p99 < 5 ms\\)"),
                absolute -> assertThat(absolute).matches("  Hamish p50 " + NUMBER + " ms, p99 " + NUMBER + " ms, max "
                        + NUMBER + " ms; plain JDBC p50 " + NUMBER + " ms, p99 " + NUMBER + " ms, max " + NUMBER
                        + " ms \\(30 commits each, in turns, by 10 clients, on 48 annotations\\)"));
        assertThat(figureAndFigures(lines, "visible in another client: ")).satisfiesExactly(
                ratio -> assertThat(ratio).matches("visible in another client: p99 " + NUMBER + "x a bare"
                        + " LISTEN/NOTIFY round trip through plain JDBC \\(issue's target: p99 < 500 ms\\)"),
                absolute -> assertThat(absolute).matches("  Hamish p50 " + NUMBER + " ms, p99 " + NUMBER + " ms, max "
                        + NUMBER + " ms; plain JDBC p50 " + NUMBER + " ms, p99 " + NUMBER + " ms, max " + NUMBER
                        + " ms \\(200 changes each, in turns, committed by one client and read back by another"
                        + " through its notices\\)"));
        // The corpus's 48 annotations, the 30 committed one by one and the 200 read back by another client.
        assertThat(figureAndFigures(lines, "export jsonl: ")).satisfiesExactly(
                ratio -> assertThat(ratio).matches("export jsonl: " + NUMBER + " % of plain JDBC reading the same"
                        + " rows \\(issue's target: >= 500,000 annotations/s\\)"),
                absolute -> assertThat(absolute).matches("  Hamish 278 annotations of 12 articles in " + NUMBER
                        + " s = " + NUMBER + " annotations/s, " + NUMBER + " MB/s; plain JDBC " + NUMBER + " s = "
                        + NUMBER + " annotations/s \\(fastest of 2 runs each, in turns\\)"));

        try (Connection raw = PgServer.shared().connect(database); Statement statement = raw.createStatement();
             ResultSet schemas = statement.executeQuery(
                     "SELECT count(*) FROM pg_namespace WHERE nspname = 'hamish_bench_limit'")) {
            schemas.next();
            assertThat(schemas.getInt(1)).as("the limit's schema is dropped").isZero();
        }
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left.map(file -> file.getFileName().toString())).containsExactlyInAnyOrder("corpus",
                    "train.jsonl");
        }
    }

    @Test
    void aWorkspaceHoldingWorkOrAFileIsRefused() {
        String database = PgServer.shared().newDatabase();
        assertThat(hamish("import", "--workspace", address(database), "seeds").exitCode()).isZero();
        CommandLineTest.Run full = hamish("bench", "--workspace", address(database), "--articles", "2",
                "--folder", folder.resolve("full").toString());
        assertThat(full.exitCode()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(full.err()).contains("holds 5 article(s) already").contains("empty database");
        assertThat(hamish("stats", "--workspace", address(database)).out()).contains("articles\t5");

        CommandLineTest.Run file = hamish("bench", "--workspace", folder.resolve("w.db").toString(), "--articles",
                "2");
        assertThat(file.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(file.err()).contains("takes a server's address");
    }

    /** The line starting with {@code prefix} and the line after it. */
    private static List<String> figureAndFigures(List<String> lines, String prefix) {
        int at = lines.stream().filter(line -> line.startsWith(prefix)).findFirst().map(lines::indexOf).orElseThrow(
                () -> new AssertionError("no line starting with '" + prefix + "' in:\n" + String.join("\n", lines)));
        return lines.subList(at, Math.min(at + 2, lines.size()));
    }
}

package app.hamish.cli;

import static app.hamish.cli.CommandLineTest.hamish;
import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.TestFiles;
import app.hamish.WorkspaceTables;
import app.hamish.cli.CommandLineTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code hamish merge} of a crafted workspace: exit 4 (input refused) with one line naming the table, row and
 * reason, instead of exit 1 with a NullPointerException or exit 5 with SQLite's CHECK text; the local workspace
 * unchanged, without even the merger's annotator row, and nothing left beside the other file.
 */
class MergeCommandTest {
    @TempDir
    Path folder;
    private Path local;
    private Path other;

    @BeforeEach
    void twoWorkspaces() {
        local = folder.resolve("local.db");
        other = folder.resolve("laptop-b.db");
        assertThat(hamish("import", "--workspace", local.toString(), "seeds/000_8c93457ec6c28807.txt").exitCode())
                .isZero();
        assertThat(hamish("import", "--workspace", other.toString(), "seeds").exitCode()).isZero();
        CommandLineTest.annotateTheWordAfterTheClitic(other);
    }

    @Test
    void aSoundWorkspaceIsMergedAsTheNamedAnnotatorAndASecondMergeFindsNothingNew() throws Exception {
        Run first = hamish("merge", "--workspace", local.toString(), other.toString(), "--as", "lead");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("Merged").contains("4 article(s)").contains("1 annotation(s)");
        assertThat(WorkspaceTables.rows(local)).anyMatch(row -> row.startsWith("annotators|") && row.contains("|lead|"))
                .anyMatch(row -> row.startsWith("audit_log|") && row.contains("|merged|"));
        Run second = hamish("merge", "--workspace", local.toString(), other.toString(), "--as", "lead");
        assertThat(second.out()).contains("Nothing new");
        assertThat(Files.exists(Path.of(other + "-wal"))).isFalse();
    }

    @Test
    void aFolderOrAPipeNamedAsTheOtherWorkspaceIsSaidToBeOneAtOnce() throws Exception {
        Path pipe = folder.resolve("pipe.db");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assertThat(mkfifo.waitFor(30, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).isTrue();
        Path subfolder = Files.createDirectory(folder.resolve("folder.db"));
        List<String> localRows = WorkspaceTables.rows(local);

        for (Path named : List.of(pipe, subfolder)) {
            Run run = hamish("merge", "--workspace", local.toString(), named.toString(), "--as", "lead");
            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.INPUT_REFUSED);
            String what = named.equals(pipe) ? "not a regular file (a pipe, device or socket)" : "a folder";
            assertThat(run.err()).contains(named + " is " + what + ", not a workspace; nothing was merged.")
                    .doesNotContain("There is no workspace");
        }
        assertThat(WorkspaceTables.rows(local)).isEqualTo(localRows);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "UPDATE annotations SET start_cp = 'four'|table annotations, row 1: start_cp is text, not an integer",
            "UPDATE annotations SET start_cp = 999990, end_cp = 1000000|table annotations, row 1: span [999990,1000000)"
                    + " runs past the end of article 1's text",
            "UPDATE annotations SET annotator_id = 77|table annotations, row 1: annotator_id 77 names no row of"
                    + " annotators",
            "UPDATE annotators SET role = 'root' WHERE id > 0|table annotators, row 1: role 'root' is not one of",
            "UPDATE articles SET title = printf('%.*c', 5000, 't') WHERE id = 2|table articles, row 2: title is 5000"
                    + " characters long"})
    void aCraftedWorkspaceIsRefusedWithExitFourNamingTableRowAndReason(String tampering, String named)
            throws Exception {
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + other);
             Statement statement = raw.createStatement()) {
            statement.execute("PRAGMA ignore_check_constraints = ON");
            statement.execute("PRAGMA foreign_keys = OFF");
            statement.execute(tampering);
        }
        List<String> localRows = WorkspaceTables.rows(local);
        String otherBytes = TestFiles.digest(other);

        Run run = hamish("merge", "--workspace", local.toString(), other.toString(), "--as", "lead");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(run.err()).contains(other.toAbsolutePath().toString()).contains(named)
                .contains("nothing was merged").doesNotContain("Exception").doesNotContain("CHECK constraint");
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(WorkspaceTables.rows(local)).isEqualTo(localRows).noneMatch(row -> row.contains("|lead|"));
        assertThat(TestFiles.digest(other)).isEqualTo(otherBytes);
        assertThat(Files.exists(Path.of(other + "-wal"))).isFalse();
        assertThat(Files.exists(Path.of(other + "-shm"))).isFalse();
    }
}

package app.hamish.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code find} over the sample articles: normalised matching, original text and Python-compatible offsets. */
class FindCommandTest {
    @TempDir
    Path folder;

    private String workspace;

    private CommandLineTest.Run find(String text) {
        return CommandLineTest.hamish("find", "--workspace", workspace, text);
    }

    @Test
    void findsTheObfuscatedWordAndPrintsItsOriginalSpan() throws Exception {
        workspace = folder.resolve("w.db").toString();
        assertThat(CommandLineTest.hamish("import", "--workspace", workspace, "seeds").exitCode()).isZero();

        CommandLineTest.Run run = find("مواجهة");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).containsExactlyInAnyOrder(
                "002_687307a86b555fe6\t546\t555\tمواجـ.ـهة",
                "002_687307a86b555fe6\t1374\t1383\tمواجـ.ـهة",
                "004_cbaf4748d8bd31e8\t844\t850\tمواجهة",
                "004_cbaf4748d8bd31e8\t1204\t1210\tمواجهة");
        assertThat(run.err()).contains("4 match(es).");
        assertThat(find("السرية").out()).contains("002_687307a86b555fe6\t").contains("\tالسـ.ـرية");

        String text = Files.readString(Path.of("seeds/002_687307a86b555fe6.txt"));
        for (String line : lines.stream().filter(line -> line.startsWith("002_")).toList()) {
            String[] cells = line.split("\t");
            int[] codePoints = text.codePoints().toArray();
            String slice = new String(codePoints, Integer.parseInt(cells[1]),
                    Integer.parseInt(cells[2]) - Integer.parseInt(cells[1]));
            assertThat(slice).as("code point offsets, as Python slices").isEqualTo(cells[3]);
        }
    }

    @Test
    void hamzaOnAlefAndTaMarbutaDoNotHideAMatch() throws Exception {
        workspace = folder.resolve("w.db").toString();
        CommandLineTest.hamish("import", "--workspace", workspace, "seeds");
        assertThat(find("مصادر مطلعه").out()).contains("000_8c93457ec6c28807\t").contains("\tمصادر مطلعة");
        assertThat(find("اعلامية").out()).contains("\tإعلامية");
        assertThat(find("لا وجود لهذا").out()).isEmpty();
    }
}

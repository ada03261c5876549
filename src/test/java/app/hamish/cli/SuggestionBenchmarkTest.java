package app.hamish.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench --suggestions} on a short article: the time after a change is printed beside normalising the text
 * once, with the ratio and the target, the figures behind it on the line after, and the opening's split by part on
 * the next (decision 0091). Timings are never asserted.
 */
class SuggestionBenchmarkTest {
    private static final String NUMBER = "\\d+(\\.\\d+)?";

    @TempDir
    Path folder;

    @Test
    void printsTheTimeAfterAChangeBesideNormalisingTheTextOnce() {
        CommandLineTest.Run run = CommandLineTest.hamish("bench", "--suggestions", "--characters", "20000",
                "--view-annotations", "200", "--folder", folder.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();

        assertThat(lines).anySatisfy(line -> assertThat(line).matches("suggestion article: \\d+ characters, "
                + "\\d+ annotations"));
        int at = lines.indexOf(lines.stream().filter(line -> line.startsWith("suggestions: ")).findFirst()
                .orElseThrow());
        assertThat(lines.get(at)).matches("suggestions: " + NUMBER + "x normalising the article's text once, after "
                + "each change \\(" + NUMBER + " ms against " + NUMBER + " ms; target < 1000 ms\\)");
        assertThat(lines.get(at + 1)).matches("  \\d+ offered, every source, the store's reads included; "
                + "propagation alone " + NUMBER + " ms, corpus propagation of \\d+ strings " + NUMBER + " ms "
                + "\\(fastest of 3 runs each, in turns\\); on opening the article, .* " + NUMBER + " ms; the "
                + "recommender's training " + NUMBER + " s");
        assertThat(lines.get(at + 2)).matches("  on opening, processor time " + NUMBER + " ms on the calling thread "
                + "and " + NUMBER + " ms beside it: the recommender's names " + NUMBER + " ms \\(beside\\), the text's "
                + "cues and claims " + NUMBER + " ms \\(on whichever thread was free first, its normalising on the "
                + "calling one\\), propagation " + NUMBER
                + " ms, settling " + NUMBER + " ms \\(half of it beside\\), the rest \\(the store's reads\\) "
                + NUMBER + " ms");
    }
}

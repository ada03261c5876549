package app.hamish.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench --view} on a short article: each edit key's latency, from the key event to the pulse that shows
 * it, is printed beside a one-pixel change's pulse timed in turns with it, with the ratio and the one-frame target,
 * and the absolute figures, the FX thread's processor time, the bytes each key allocates and the processor time the
 * background, the renderer and the FX thread spend per key and the young collections' pauses and what they kept
 * alive on the lines after.
 * No timing is held to a bound: only that each figure is printed, and that the threads it names did some work.
 */
class ViewBenchCommandTest {
    private static final String NUMBER = "\\d+(\\.\\d+)?";

    @TempDir
    Path folder;

    @Test
    void printsEachEditKeysLatencyBesideAOnePixelChangesPulse() {
        CommandLineTest.Run run = CommandLineTest.hamish("bench", "--view", "--characters", "20000",
                "--view-annotations", "200", "--presses", "5", "--folder", folder.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();

        for (String figure : List.of("tag", "delete", "undo", "review accept")) {
            assertThat(figureAndFigures(lines, figure + ": ")).satisfiesExactly(
                    ratio -> assertThat(ratio).matches(figure + ": shown p99 " + NUMBER + "x, p50 " + NUMBER
                            + "x a one-pixel change reaching the next pulse \\(target p99 < 16 ms, on shown\\); "
                            + "saved p99 " + NUMBER + "x, p50 " + NUMBER + "x"),
                    shown -> assertThat(shown).matches("  shown \\(its change drawn as saving, or committed where it "
                            + "shows none\\): p50 " + NUMBER + " ms, p99 " + NUMBER + " ms, max " + NUMBER + " ms; FX "
                            + "processor time p50 " + NUMBER + " ms, p99 " + NUMBER + " ms"),
                    saved -> assertThat(saved).matches("  saved \\(committed and shown so\\): p50 " + NUMBER
                            + " ms, p99 " + NUMBER + " ms, max " + NUMBER + " ms; FX processor time p50 " + NUMBER
                            + " ms, p99 " + NUMBER + " ms"),
                    limit -> assertThat(limit).matches("  one-pixel change p50 " + NUMBER + " ms, p99 " + NUMBER
                            + " ms; FX processor time p50 " + NUMBER + " ms, p99 " + NUMBER + " ms \\(.+, key event "
                            + "to the post-layout pulse showing it; 5 presses each, in turns\\)"),
                    first -> assertThat(first).matches("  the first press: shown " + NUMBER + " ms \\(FX " + NUMBER
                            + " ms\\), saved " + NUMBER + " ms \\(FX " + NUMBER + " ms\\)"),
                    bytes -> assertThat(bytes).matches("  allocated per press: FX thread " + NUMBER + " MB to the "
                            + "saved pulse, " + NUMBER + " MB to the next key; background threads " + NUMBER + " MB; all "
                            + "threads " + NUMBER + " MB; collector pauses \\d+, \\d+ ms in all \\(from each press to "
                            + "the next key's\\)"),
                    processor -> assertThat(processor).matches("  processor time per press: suggestions' thread "
                            + NUMBER + " ms; training " + NUMBER + " ms; renderer " + NUMBER + " ms; FX thread "
                            + NUMBER + " ms \\(from each press to the next key's\\)"),
                    young -> assertThat(young).matches("  young collections per 100 presses " + NUMBER + ", pause "
                            + "mean " + NUMBER + " ms, longest \\d+ ms; " + NUMBER + " MB kept alive per young "
                            + "collection \\(copied to survivors or promoted; from each press to the next key's\\)"));
            assertThat(milliseconds(figureAndFigures(lines, figure + ": ").get(6))).as("every key makes the "
                    + "background compute the suggestions again, and the FX thread show it")
                    .satisfies(spent -> assertThat(spent[0]).isPositive(), spent -> assertThat(spent[3]).isPositive());
            assertThat(megabytes(figureAndFigures(lines, figure + ": ").get(5))).as("the FX thread allocates "
                    + "something to show a key; all threads at least what the FX thread and the background did")
                    .satisfies(allocated -> assertThat(allocated[0]).isPositive(), allocated -> assertThat(allocated[3])
                            .isGreaterThanOrEqualTo(allocated[1] + allocated[2] - 0.01));
        }
        assertThat(lines).anyMatch(line -> line.startsWith("suggestion accept: "));
        assertThat(figureAndFigures(lines, "open: ").get(1)).as("the open's figures that load moves little")
                .matches("  of which the FX thread's processor time " + NUMBER + " ms, " + NUMBER + " MB allocated on "
                        + "it; the article view's first screen: [1-9]\\d* nodes, \\d+ canvases");
        assertThat(lines).as("when the long article's suggestions came").anyMatch(line -> line.matches(
                "suggestions: shown " + NUMBER + " ms after choosing the long article \\(computed once its first "
                        + "screen is drawn, decision 0086\\)"));
        assertThat(lines).as("when their highlights were drawn, and how long the view kept anything waiting meanwhile")
                .anyMatch(line -> line.matches("  their highlights drawn " + NUMBER + " ms after choosing it \\(built "
                        + "off the FX thread, decision 0105\\); the FX thread's longest wait to answer from the first "
                        + "screen until 1 s after: " + NUMBER + " ms, while it scrolled in steps of " + NUMBER
                        + " ms \\(target: the view never blocked\\)"));
        String scrolled = lines.stream().filter(line -> line.startsWith("  scrolled from the top over them: "))
                .findFirst().orElseThrow(() -> new AssertionError("no line on scrolling over the highlights"));
        assertThat(scrolled).matches("  scrolled from the top over them: " + NUMBER + " ms per screen; processor "
                + "time per screen: FX thread " + NUMBER + " ms, renderer " + NUMBER + " ms \\(100 screens\\)");
        assertThat(milliseconds(scrolled)).as("the FX thread laid the screens out and the renderer drew them")
                .satisfies(spent -> assertThat(spent[1]).isPositive(), spent -> assertThat(spent[2]).isPositive());
    }

    /** The line starting with {@code prefix} and the seven lines after it. */
    private static List<String> figureAndFigures(List<String> lines, String prefix) {
        int at = lines.stream().filter(line -> line.startsWith(prefix)).findFirst().map(lines::indexOf).orElseThrow(
                () -> new AssertionError("no line starting with '" + prefix + "' in:\n" + String.join("\n", lines)));
        return lines.subList(at, Math.min(at + 8, lines.size()));
    }

    /** The megabytes of a line of allocations, in the order printed. */
    private static double[] megabytes(String line) {
        return Pattern.compile("(" + NUMBER + ") MB").matcher(line).results()
                .mapToDouble(found -> Double.parseDouble(found.group(1))).toArray();
    }

    /** The milliseconds of a line of processor times, in the order printed. */
    private static double[] milliseconds(String line) {
        return Pattern.compile("(" + NUMBER + ") ms").matcher(line).results()
                .mapToDouble(found -> Double.parseDouble(found.group(1))).toArray();
    }
}

package app.hamish.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.service.Workspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evaluate --simulate} on the news-style set ({@link NewsStyleSet}): 55 gold articles, enough for the learning
 * curve to reach 40 and for the simulation to count the articles that have 20 and 40 gold articles before them.
 * The report it prints is the one quoted in decision 0030.
 */
class NewsStyleEvaluationTest {
    private static final int SYNTHESISED = 40;

    @TempDir
    Path folder;

    @Test
    void suggestionsSaveWorkOnceTwentyArticlesAreGold() {
        Path file = folder.resolve("news.db");
        try (Workspace workspace = Workspace.open(file)) {
            GoldArticles.add(workspace, NewsStyleSet.articles(SYNTHESISED));
        }

        CommandLineTest.Run run = CommandLineTest.hamish("evaluate", "--simulate", "--workspace", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String report = run.out();
        System.out.print(report);
        assertThat(report).contains("articles with gold\t55");
        // curve, source, articles, predicted, gold, then precision and recall: exact, tolerant, overlap.
        String[] forty = row(report, "curve\trecommender\t40\t");
        assertThat(Double.parseDouble(forty[9])).as("overlap precision after 40 gold articles")
                .isGreaterThanOrEqualTo(0.9);
        assertThat(Double.parseDouble(forty[10])).as("overlap recall after 40").isGreaterThanOrEqualTo(0.75);
        // simulate, sources, after_gold, articles, gold, scratch actions, accepted, rejected, drawn, subtypes, actions,
        // saved (at most 0.50: a drawing is two actions, an acceptance one).
        assertThat(Double.parseDouble(row(report, "simulate\tall\t20\t")[11]))
                .as("actions saved once 20 articles are gold").isGreaterThanOrEqualTo(0.4);
        // simulate_accept_all, sources, after_gold, articles, gold, scratch actions, accepted, accept keys, rejected,
        // drawn, subtypes, actions, saved: the wrong ones rejected, then Shift+Y (decision 0035).
        assertThat(Double.parseDouble(row(report, "simulate_accept_all\tall\t20\t")[12]))
                .as("actions saved once 20 articles are gold, accepting all").isGreaterThanOrEqualTo(0.5);
    }

    private static String[] row(String report, String start) {
        return report.lines().filter(line -> line.startsWith(start)).findFirst().orElseThrow(
                () -> new AssertionError(start + report)).split("\t");
    }
}

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
        assertThat(report).contains("articles with gold\t55").contains("curve\trecommender\t40\t");
    }
}

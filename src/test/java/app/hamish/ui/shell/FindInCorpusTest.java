package app.hamish.ui.shell;

import static app.hamish.ui.shell.KeyPresses.press;
import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.io.SampleCorpus;
import app.hamish.model.Article;
import app.hamish.model.CorpusMatch;
import app.hamish.service.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import app.hamish.model.Span;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.robot.Robot;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl+Shift+F, a plain spelling, Enter: every article's matches are listed with their original spelling, and
 * Enter on one opens its article with exactly that text selected.
 */
class FindInCorpusTest {
    private static final String OPEN_FIRST = "000_8c93457ec6c28807";

    @TempDir
    Path folder;

    @Test
    @SuppressWarnings("unchecked")
    void resultsFromEveryArticleOpenWithTheOriginalTextSelected() {
        Path file = folder.resolve("corpus-find.db");
        Map<String, Article> articles;
        try (Workspace workspace = Workspace.open(file)) {
            workspace.corpus().importSamplesIfEmpty(SampleCorpus::load);
            articles = workspace.corpus().articles().stream()
                    .map(summary -> workspace.corpus().article(summary.id()).orElseThrow())
                    .collect(Collectors.toMap(Article::externalId, Function.identity()));
        }
        WorkbenchWindow window = WorkbenchHarness.open(file, OPEN_FIRST, 1200, 800);
        Robot robot = HeadlessFx.call(Robot::new);
        try {
            HeadlessFx.run(() -> window.articleView().requestFocus());
            press(robot, KeyCode.F, KeyCode.CONTROL, KeyCode.SHIFT);
            Window finder = HeadlessFx.call(() -> Window.getWindows().stream()
                    .filter(shown -> shown != window.stage() && shown.getScene().lookup("#corpus-find-field") != null)
                    .findFirst().orElseThrow());
            TextField field = HeadlessFx.call(() -> (TextField) finder.getScene().lookup("#corpus-find-field"));
            ListView<CorpusMatch> results = HeadlessFx.call(() ->
                    (ListView<CorpusMatch>) finder.getScene().lookup("#corpus-find-results"));
            assertThat(HeadlessFx.call(field::isFocused)).isTrue();

            HeadlessFx.run(() -> field.setText("مواجهة"));
            press(robot, KeyCode.ENTER);

            List<CorpusMatch> found = HeadlessFx.call(() -> List.copyOf(results.getItems()));
            assertThat(found).extracting(CorpusMatch::text).contains("مواجـ.ـهة", "مواجهة");
            assertThat(found).extracting(CorpusMatch::articleId).contains("002_687307a86b555fe6")
                    .hasSizeGreaterThan(2);
            assertThat(found).allSatisfy(match -> assertThat(articles.get(match.articleId()).text()
                    .slice(match.span())).isEqualTo(match.text()));
            assertThat(HeadlessFx.call(() -> ((Label) finder.getScene().lookup("#corpus-find-summary")).getText()))
                    .startsWith(found.size() + " match(es) in ");

            CorpusMatch obfuscated = found.stream().filter(match -> match.text().equals("مواجـ.ـهة")).findFirst()
                    .orElseThrow();
            press(robot, KeyCode.DOWN);
            HeadlessFx.run(() -> results.getSelectionModel().select(obfuscated));
            press(robot, KeyCode.ENTER);

            Article shown = HeadlessFx.call(() -> window.session().articleProperty().get());
            assertThat(shown.externalId()).isEqualTo(obfuscated.articleId());
            Span selection = HeadlessFx.call(() -> window.session().selectionProperty().get());
            assertThat(selection).isEqualTo(obfuscated.span());
            assertThat(HeadlessFx.call(() -> window.articleView().isFocused())).as("ready for a label key").isTrue();
        } finally {
            HeadlessFx.run(window::close);
        }
    }
}

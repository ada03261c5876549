package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.ArticleSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guide on first run, and later runs carrying on with the last workspace and article. */
class FirstRunTest {
    @TempDir
    Path folder;

    private final SessionMemory memory = SessionMemory.in(new MemoryPreferences());

    @Test
    void theGuideExplainsTheThreeLabelsAndStaysAwayOnceTheUserSaysSo() {
        Path location = folder.resolve("w.db");
        inWindow(location, null, window -> {
            assertThat(guideTexts(window)).contains("Getting started", "1", "Entity", "2", "Claim", "3",
                    "Unverified source");
            // Closed without "don't show again": gone now, back next time.
            HeadlessFx.run(() -> ((Button) guide(window).orElseThrow().lookup("#guide-close")).fire());
            assertThat(guide(window)).isEmpty();
            return null;
        });
        assertThat(memory.guideWanted()).isTrue();

        inWindow(location, null, window -> {
            HeadlessFx.run(() -> {
                Node guide = guide(window).orElseThrow();
                ((CheckBox) guide.lookup("#guide-not-again")).setSelected(true);
                ((Button) guide.lookup("#guide-close")).fire();
            });
            assertThat(guide(window)).isEmpty();
            return null;
        });
        assertThat(memory.guideWanted()).isFalse();
        assertThat(inWindow(location, null, FirstRunTest::guide)).isEmpty();
    }

    @Test
    void aLaterRunReopensTheLastWorkspaceAndArticle() {
        Path location = folder.resolve("w.db");
        String chosen = inWindow(location, null, window -> {
            assertThat(openArticle(window)).isEqualTo("000_8c93457ec6c28807");
            String fourth = HeadlessFx.call(() -> {
                ListView<ArticleSummary> list = articleList(window);
                list.getSelectionModel().select(3);
                return list.getItems().get(3).externalId();
            });
            assertThat(openArticle(window)).isEqualTo(fourth);
            return fourth;
        });
        assertThat(memory.lastWorkspace()).contains(location.toAbsolutePath());
        assertThat(WorkbenchLauncher.workspaceToOpen(null, memory, folder.resolve("default.db")))
                .isEqualTo(location.toAbsolutePath());

        assertThat(inWindow(location, null, FirstRunTest::openArticle)).isEqualTo(chosen);
        // An article named on the command line wins over the remembered one.
        assertThat(inWindow(location, "001_5e184b92d5281e1a", FirstRunTest::openArticle))
                .isEqualTo("001_5e184b92d5281e1a");
    }

    /** Deleted or merged away since: the first article opens, and the status line says which was remembered. */
    @Test
    void aRememberedArticleNoLongerInTheWorkspaceOpensTheFirstAndSaysWhich() {
        Path location = folder.resolve("w.db");
        memory.opened(location, "999_no_longer_here");

        inWindow(location, null, window -> {
            assertThat(openArticle(window)).isEqualTo("000_8c93457ec6c28807");
            assertThat(HeadlessFx.call(window::statusText)).contains("999_no_longer_here")
                    .contains("the first article is shown");
            return null;
        });
    }

    @Test
    void theRememberedArticleBelongsToItsWorkspace() {
        memory.opened(folder.resolve("a.db"), "003_1ba4dc8c3db29aaa");
        assertThat(memory.lastArticle(folder.resolve("a.db"))).contains("003_1ba4dc8c3db29aaa");
        assertThat(memory.lastArticle(folder.resolve("b.db"))).isEmpty();

        assertThat(inWindow(folder.resolve("b.db"), null, FirstRunTest::openArticle))
                .isEqualTo("000_8c93457ec6c28807");
    }

    @Test
    void theWorkspaceNamedOnTheCommandLineWinsAndAMissingOneIsForgotten() throws Exception {
        Path remembered = Files.createFile(folder.resolve("remembered.db"));
        Path fallback = folder.resolve("default.db");
        memory.opened(remembered, null);
        assertThat(WorkbenchLauncher.workspaceToOpen(folder.resolve("named.db"), memory, fallback))
                .isEqualTo(folder.resolve("named.db"));
        assertThat(WorkbenchLauncher.workspaceToOpen(null, memory, fallback)).isEqualTo(remembered.toAbsolutePath());
        Files.delete(remembered);
        assertThat(WorkbenchLauncher.workspaceToOpen(null, memory, fallback)).isEqualTo(fallback);
        assertThat(WorkbenchLauncher.workspaceToOpen(null, SessionMemory.NONE, fallback)).isEqualTo(fallback);
    }

    /** Opens the window as a run of the application would (with this memory), looks, and closes it. */
    private <T> T inWindow(Path location, String articleId, Function<WorkbenchWindow, T> look) {
        WorkbenchWindow window = WorkbenchHarness.open(location, articleId, memory);
        try {
            return look.apply(window);
        } finally {
            HeadlessFx.run(window::close);
        }
    }

    private static Optional<Node> guide(WorkbenchWindow window) {
        return HeadlessFx.call(() -> Optional.ofNullable(window.stage().getScene().lookup("#first-run-guide")));
    }

    private static List<String> guideTexts(WorkbenchWindow window) {
        return HeadlessFx.call(() -> guide(window).orElseThrow().lookupAll(".label").stream()
                .map(node -> ((Labeled) node).getText()).toList());
    }

    @SuppressWarnings("unchecked")
    private static ListView<ArticleSummary> articleList(WorkbenchWindow window) {
        return (ListView<ArticleSummary>) window.stage().getScene().lookup("#article-list");
    }

    private static String openArticle(WorkbenchWindow window) {
        return HeadlessFx.call(() -> window.session().articleProperty().get().externalId());
    }
}

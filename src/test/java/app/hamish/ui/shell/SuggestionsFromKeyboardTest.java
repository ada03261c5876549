package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.io.SampleCorpus;
import app.hamish.model.Annotation;
import app.hamish.model.Article;
import app.hamish.model.Provenance;
import app.hamish.model.Span;
import app.hamish.model.Suggestion;
import app.hamish.service.CueLexicons;
import app.hamish.service.Workspace;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.robot.Robot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An analyst steps through suggestions with ] and [, accepts one with Y (undoably) and rejects one with X. */
class SuggestionsFromKeyboardTest {
    private static final String ARTICLE = "003_1ba4dc8c3db29aaa";

    @TempDir
    Path folder;

    @Test
    void acceptAndRejectFromTheKeyboard() {
        Path file = folder.resolve("s.db");
        try (Workspace workspace = Workspace.open(file)) {
            workspace.corpus().importSamplesIfEmpty(SampleCorpus::load);
        }
        WorkbenchWindow window = WorkbenchHarness.open(file, ARTICLE, 1200, 800);
        Robot robot = HeadlessFx.call(Robot::new);
        Suggestion rejected;
        try {
            HeadlessFx.run(() -> window.articleView().requestFocus());
            List<Suggestion> offered = HeadlessFx.call(() -> List.copyOf(window.suggestionsModel().offered()));
            assertThat(offered).hasSizeGreaterThan(2);
            assertThat(annotations(window)).as("suggestions change nothing by themselves").isEmpty();

            key(robot, KeyCode.CLOSE_BRACKET);
            key(robot, KeyCode.CLOSE_BRACKET);
            key(robot, KeyCode.OPEN_BRACKET);
            Suggestion first = offered.getFirst();
            assertThat(selectedSpan(window)).isEqualTo(first.span());

            key(robot, KeyCode.Y);
            assertThat(annotations(window)).singleElement().satisfies(annotation -> {
                assertThat(annotation.span()).isEqualTo(first.span());
                assertThat(annotation.provenance()).isEqualTo(Provenance.SUGGESTED);
            });
            assertThat(HeadlessFx.call(() -> List.copyOf(window.suggestionsModel().offered()))).doesNotContain(first);
            HeadlessFx.run(() -> window.session().undo());
            HeadlessFx.settle();
            assertThat(annotations(window)).isEmpty();
            assertThat(HeadlessFx.call(() -> List.copyOf(window.suggestionsModel().offered()))).contains(first);

            key(robot, KeyCode.CLOSE_BRACKET);
            rejected = HeadlessFx.call(() -> window.suggestionsModel().currentProperty().get());
            assertThat(rejected).isEqualTo(offered.get(1));
            key(robot, KeyCode.X);
            assertThat(HeadlessFx.call(() -> List.copyOf(window.suggestionsModel().offered())))
                    .doesNotContain(rejected).hasSize(offered.size() - 1);
            assertThat(annotations(window)).isEmpty();
        } finally {
            HeadlessFx.run(window::close);
        }
        try (Workspace workspace = Workspace.open(file)) {
            Article article = workspace.corpus().article(ARTICLE).orElseThrow();
            assertThat(workspace.suggestions(CueLexicons.load(List.of())).offered(article)).doesNotContain(rejected);
        }
    }

    private static List<Annotation> annotations(WorkbenchWindow window) {
        return HeadlessFx.call(() -> List.copyOf(window.session().annotations()));
    }

    private static Span selectedSpan(WorkbenchWindow window) {
        return HeadlessFx.call(() -> window.session().selectionProperty().get());
    }

    private static void key(Robot robot, KeyCode code) {
        HeadlessFx.run(() -> robot.keyType(code));
        HeadlessFx.settle();
    }
}

package app.hamish.ui.shell;

import static app.hamish.ui.shell.KeyPresses.press;
import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.io.SampleCorpus;
import app.hamish.model.Annotation;
import app.hamish.model.Article;
import app.hamish.model.Label;
import app.hamish.service.Workspace;
import java.nio.file.Path;
import java.util.List;
import app.hamish.model.Span;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.robot.Robot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl+F, type a plain spelling, Enter: the obfuscated original is selected, and a label key tags it. */
class FindInArticleTest {
    private static final String ARTICLE = "002_687307a86b555fe6";
    private static final String OBFUSCATED = "مواجـ.ـهة";

    @TempDir
    Path folder;

    @Test
    void findSelectsTheOriginalSpellingAndTheLabelKeyTagsIt() {
        Path file = folder.resolve("find.db");
        String text;
        try (Workspace workspace = Workspace.open(file)) {
            workspace.corpus().importSamplesIfEmpty(SampleCorpus::load);
            text = workspace.corpus().article(ARTICLE).map(Article::text).orElseThrow().value();
        }
        int first = text.codePointCount(0, text.indexOf(OBFUSCATED));
        int second = text.codePointCount(0, text.indexOf(OBFUSCATED, text.offsetByCodePoints(0, first) + 1));

        WorkbenchWindow window = WorkbenchHarness.open(file, ARTICLE, 1200, 800);
        Robot robot = HeadlessFx.call(Robot::new);
        try {
            HeadlessFx.run(() -> window.articleView().requestFocus());
            assertThat(HeadlessFx.call(() -> window.stage().getScene().lookup("#find-field")))
                    .as("the hidden find bar's field, made only when first opened (decision 0097)").isNull();
            press(robot, KeyCode.F, KeyCode.CONTROL);
            TextField field = HeadlessFx.call(() -> (TextField) window.stage().getScene().lookup("#find-field"));
            assertThat(HeadlessFx.call(field::isFocused)).isTrue();
            HeadlessFx.run(() -> field.setText("مواجهة"));
            HeadlessFx.settle();

            press(robot, KeyCode.ENTER);
            assertThat(selection(window)).isEqualTo(new Span(first, first + OBFUSCATED.length()));
            assertThat(HeadlessFx.call(() -> window.articleView().isFocused())).as("the label keys reach the article")
                    .isTrue();
            press(robot, KeyCode.ENTER);
            assertThat(selection(window)).isEqualTo(new Span(second, second + OBFUSCATED.length()));
            press(robot, KeyCode.ENTER, KeyCode.SHIFT);
            assertThat(selection(window).start()).isEqualTo(first);

            press(robot, KeyCode.DIGIT2);
            List<Annotation> annotations = HeadlessFx.call(() -> List.copyOf(window.session().annotations()));
            assertThat(annotations).singleElement().satisfies(annotation -> {
                assertThat(annotation.label()).isEqualTo(Label.CLAIM);
                assertThat(HeadlessFx.call(() -> window.session().articleProperty().get().text()
                        .slice(annotation.span()))).isEqualTo(OBFUSCATED);
            });
        } finally {
            HeadlessFx.run(window::close);
        }
    }

    private static Span selection(WorkbenchWindow window) {
        return HeadlessFx.call(() -> window.session().selectionProperty().get());
    }
}

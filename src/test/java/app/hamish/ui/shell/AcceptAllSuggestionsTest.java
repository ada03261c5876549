package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.io.SampleCorpus;
import app.hamish.model.Annotation;
import app.hamish.model.Provenance;
import app.hamish.model.Span;
import app.hamish.model.Suggestion;
import app.hamish.model.SuggestionsToAccept;
import app.hamish.service.Workspace;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.robot.Robot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An analyst rejects the wrong suggestions with X, then takes every one left with Shift+Y, in the article or in
 * a selection; Ctrl+Z gives them all back at once.
 */
class AcceptAllSuggestionsTest {
    private static final String ARTICLE = "003_1ba4dc8c3db29aaa";

    @TempDir
    Path folder;

    @Test
    void shiftYAcceptsEverySuggestionLeftAfterTheWrongOnesAreRejected() {
        WorkbenchWindow window = open();
        Robot robot = HeadlessFx.call(Robot::new);
        try {
            List<Suggestion> offered = offered(window);
            assertThat(offered).hasSizeGreaterThan(2);
            KeyPresses.press(robot, KeyCode.CLOSE_BRACKET);
            Suggestion wrong = HeadlessFx.call(() -> window.suggestionsModel().currentProperty().get());
            KeyPresses.press(robot, KeyCode.X);
            List<Suggestion> left = offered(window);
            assertThat(left).doesNotContain(wrong);

            KeyPresses.press(robot, KeyCode.Y, KeyCode.SHIFT);

            List<Span> expected = SuggestionsToAccept.of(left, null).stream().map(Suggestion::span).sorted()
                    .toList();
            assertThat(expected).hasSizeGreaterThan(1);
            assertThat(annotations(window)).allSatisfy(annotation ->
                    assertThat(annotation.provenance()).isEqualTo(Provenance.SUGGESTED));
            assertThat(annotations(window).stream().map(Annotation::span).sorted().toList())
                    .isEqualTo(expected).doesNotContain(wrong.span());

            KeyPresses.press(robot, KeyCode.Z, KeyCode.CONTROL);
            assertThat(annotations(window)).as("one undo gives back every suggestion accepted together").isEmpty();
        } finally {
            HeadlessFx.run(window::close);
        }
    }

    @Test
    void shiftYWithTextSelectedAcceptsOnlyTheSuggestionsInsideIt() {
        WorkbenchWindow window = open();
        Robot robot = HeadlessFx.call(Robot::new);
        try {
            List<Suggestion> offered = offered(window);
            Suggestion first = offered.get(0);
            Suggestion second = offered.stream().filter(s -> s.span().start() >= first.span().end()).findFirst()
                    .orElseThrow();
            HeadlessFx.run(() -> window.session().selectText(new Span(first.span().start(), second.span().end())));

            KeyPresses.press(robot, KeyCode.Y, KeyCode.SHIFT);

            assertThat(annotations(window).stream().map(Annotation::span).sorted().toList())
                    .isEqualTo(SuggestionsToAccept.of(offered, new Span(first.span().start(), second.span().end()))
                            .stream().map(Suggestion::span).sorted().toList())
                    .contains(first.span(), second.span()).hasSizeLessThan(offered.size());
        } finally {
            HeadlessFx.run(window::close);
        }
    }

    private WorkbenchWindow open() {
        Path file = folder.resolve("s.db");
        try (Workspace workspace = Workspace.open(file)) {
            workspace.corpus().importSamplesIfEmpty(SampleCorpus::load);
        }
        WorkbenchWindow window = WorkbenchHarness.open(file, ARTICLE, 1200, 800);
        HeadlessFx.run(() -> window.articleView().requestFocus());
        return window;
    }

    private static List<Suggestion> offered(WorkbenchWindow window) {
        return HeadlessFx.call(() -> List.copyOf(window.suggestionsModel().offered()));
    }

    private static List<Annotation> annotations(WorkbenchWindow window) {
        return HeadlessFx.call(() -> List.copyOf(window.session().annotations()));
    }
}

package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Span;
import java.nio.file.Path;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.robot.Robot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reviewer's boundary keys edit the gold copy of the annotation selected (decision 0027), press after press, though
 * two layers have the very same span; neither annotator's annotation changes.
 */
class EditsStayOnTheirLayerTest {
    @TempDir
    Path folder;

    @Test
    void boundaryKeysKeepToTheSelectedAnnotationsLayer() {
        TwoLayersInReview fixture = TwoLayersInReview.create(folder.resolve("review.db"), "mona", "ali");
        Annotation mona = fixture.stored(fixture.monaClaim());
        WorkbenchWindow window = WorkbenchHarness.open(fixture.file(), "samir", Annotator.Role.REVIEWER,
                TwoLayersInReview.ARTICLE);
        Robot robot = HeadlessFx.call(Robot::new);
        try {
            HeadlessFx.run(() -> {
                window.session().selectAnnotation(window.session().annotations().stream()
                        .filter(annotation -> annotation.id() == fixture.monaClaim()).findFirst().orElseThrow());
                window.articleView().requestFocus();
            });
            Long gold = null;
            for (int i = 0; i < 4; i++) {
                // Right-to-left: Alt+→ moves the end towards the start, one character a press.
                KeyPresses.press(robot, KeyCode.RIGHT, KeyCode.ALT);
                Annotation selected = HeadlessFx.call(() -> window.session().selectedProperty().get());
                assertThat(selected.annotatorId()).as("selected after press %d", i + 1).isEqualTo(Annotator.GOLD_ID);
                assertThat(gold == null || gold == selected.id()).as("the same gold copy").isTrue();
                gold = selected.id();
                assertThat(selected.span()).isEqualTo(new Span(mona.span().start(), mona.span().end() - i - 1));
            }
        } finally {
            HeadlessFx.run(window::close);
        }
        assertThat(fixture.stored(fixture.monaClaim())).isEqualTo(mona);
        assertThat(fixture.stored(fixture.aliClaim()).span()).isEqualTo(mona.span());
    }

    @Test
    void aTableSortedByAColumnShowsTheEditedAnnotationOnceAndKeepsItSelected() {
        TwoLayersInReview fixture = TwoLayersInReview.create(folder.resolve("review.db"), "mona", "ali");
        WorkbenchWindow window = WorkbenchHarness.open(fixture.file(), "samir", Annotator.Role.REVIEWER,
                TwoLayersInReview.ARTICLE);
        Robot robot = HeadlessFx.call(Robot::new);
        try {
            @SuppressWarnings("unchecked")
            TableView<Annotation> table = HeadlessFx.call(() -> (TableView<Annotation>) window.stage().getScene()
                    .lookup("#annotation-table"));
            HeadlessFx.run(() -> {
                TableColumn<Annotation, ?> annotator = table.getColumns().stream()
                        .filter(column -> column.getText().equals("Annotator")).findFirst().orElseThrow();
                annotator.setSortType(TableColumn.SortType.DESCENDING);
                table.getSortOrder().setAll(annotator);
                window.session().selectAnnotation(window.session().annotations().stream()
                        .filter(annotation -> annotation.id() == fixture.aliClaim()).findFirst().orElseThrow());
                window.articleView().requestFocus();
            });
            KeyPresses.press(robot, KeyCode.RIGHT, KeyCode.ALT);
            KeyPresses.press(robot, KeyCode.RIGHT, KeyCode.ALT);
            HeadlessFx.run(() -> {
                assertThat(table.getItems()).containsExactlyInAnyOrderElementsOf(window.session().annotations());
                assertThat(table.getItems()).extracting(annotation -> window.workspace().annotations().annotators()
                        .stream().filter(who -> who.id() == annotation.annotatorId()).findFirst()
                        .map(Annotator::name).orElse("Gold"))
                        .as("still sorted by annotator, descending").containsSubsequence("mona", "ali");
                assertThat(table.getSelectionModel().getSelectedItem().annotatorId()).isEqualTo(Annotator.GOLD_ID);
                assertThat(table.getSelectionModel().getSelectedItem().span().end()).isEqualTo(window.session()
                        .annotations().stream().filter(annotation -> annotation.id() == fixture.aliClaim())
                        .findFirst().orElseThrow().span().end() - 2);
            });
        } finally {
            HeadlessFx.run(window::close);
        }
        assertThat(fixture.stored(fixture.aliClaim()).span()).isEqualTo(fixture.stored(fixture.monaClaim()).span());
    }
}

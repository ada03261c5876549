package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Span;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.robot.Robot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reviewer's boundary keys keep editing the annotation selected, though another layer has the very same span. */
class EditsStayOnTheirLayerTest {
    @TempDir
    Path folder;

    @Test
    void boundaryKeysKeepToTheSelectedAnnotationsLayer() {
        TwoLayersInReview fixture = TwoLayersInReview.create(folder.resolve("review.db"), "mona", "ali");
        Annotation mona = fixture.stored(fixture.monaClaim());
        WorkbenchWindow window = WorkbenchHarness.open(fixture.file(), "samir", Annotator.Role.REVIEWER,
                TwoLayersInReview.ARTICLE, 1200, 800, question -> Optional.empty());
        Robot robot = HeadlessFx.call(Robot::new);
        try {
            HeadlessFx.run(() -> {
                window.session().selectAnnotation(window.session().annotations().stream()
                        .filter(annotation -> annotation.id() == fixture.monaClaim()).findFirst().orElseThrow());
                window.articleView().requestFocus();
            });
            for (int i = 0; i < 4; i++) {
                // Right-to-left: Alt+→ moves the end towards the start, one character a press.
                KeyPresses.press(robot, KeyCode.RIGHT, KeyCode.ALT);
                assertThat(HeadlessFx.call(() -> window.session().selectedProperty().get().id()))
                        .as("selected after press %d", i + 1).isEqualTo(fixture.monaClaim());
            }
        } finally {
            HeadlessFx.run(window::close);
        }
        assertThat(fixture.stored(fixture.monaClaim()).span())
                .isEqualTo(new Span(mona.span().start(), mona.span().end() - 4));
        assertThat(fixture.stored(fixture.aliClaim()).span()).isEqualTo(mona.span());
    }

    @Test
    void aTableSortedByAColumnShowsTheEditedAnnotationOnceAndKeepsItSelected() {
        TwoLayersInReview fixture = TwoLayersInReview.create(folder.resolve("review.db"), "mona", "ali");
        WorkbenchWindow window = WorkbenchHarness.open(fixture.file(), "samir", Annotator.Role.REVIEWER,
                TwoLayersInReview.ARTICLE, 1200, 800, question -> Optional.empty());
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
                        .stream().filter(who -> who.id() == annotation.annotatorId()).findFirst().orElseThrow()
                        .name()).as("still sorted by annotator, descending").containsSubsequence("mona", "ali");
                assertThat(table.getSelectionModel().getSelectedItem().id()).isEqualTo(fixture.aliClaim());
            });
        } finally {
            HeadlessFx.run(window::close);
        }
        assertThat(fixture.stored(fixture.aliClaim()).span().end())
                .isEqualTo(fixture.stored(fixture.monaClaim()).span().end() - 2);
    }
}

package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Label;
import app.hamish.model.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.robot.Robot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Delete on the selected annotation takes its row away with nothing selected, and on the way selects no other row
 * (decision 0058): the table moved its selection to the row below and then to none, restyling both, on every
 * Delete. Undo brings the annotation and its row back.
 */
class DeleteSelectsNoNeighbourTest {
    private static final String ARTICLE = "000_8c93457ec6c28807";

    @TempDir
    Path folder;

    @Test
    void deletingTheSelectedAnnotationSelectsNoOtherRowOnTheWay() {
        WorkbenchWindow window = WorkbenchHarness.openOnSamples(folder, "mona", Annotator.Role.ANNOTATOR, ARTICLE);
        Robot robot = HeadlessFx.call(Robot::new);
        try {
            HeadlessFx.run(() -> {
                for (Span span : List.of(new Span(60, 70), new Span(41, 50), new Span(80, 90))) {
                    window.session().selectText(span);
                    window.articleModel().annotate(Label.ENTITY, null);
                }
                window.session().selectAnnotation(window.session().annotations().stream()
                        .filter(annotation -> annotation.span().equals(new Span(60, 70))).findFirst().orElseThrow());
                window.articleView().requestFocus();
            });
            HeadlessFx.settle();
            TableView<Annotation> table = HeadlessFx.call(() -> table(window));
            int rows = HeadlessFx.call(() -> table.getItems().size());
            List<Annotation> selectedOnTheWay = new ArrayList<>();
            ChangeListener<Annotation> selections = (property, before, now) -> selectedOnTheWay.add(now);
            HeadlessFx.run(() -> table.getSelectionModel().selectedItemProperty().addListener(selections));

            KeyPresses.press(robot, KeyCode.DELETE);
            HeadlessFx.settle();
            HeadlessFx.run(() -> table.getSelectionModel().selectedItemProperty().removeListener(selections));

            assertThat(selectedOnTheWay).containsExactly((Annotation) null);
            assertThat(HeadlessFx.call(() -> table.getItems().size())).isEqualTo(rows - 1);
            assertThat(HeadlessFx.call(() -> window.session().selectedProperty().get())).isNull();
            assertThat(HeadlessFx.call(() -> List.copyOf(table.getItems())))
                    .isEqualTo(HeadlessFx.call(() -> List.copyOf(window.session().annotations())));

            KeyPresses.press(robot, KeyCode.Z, KeyCode.CONTROL);
            HeadlessFx.settle();
            assertThat(HeadlessFx.call(() -> List.copyOf(table.getItems())))
                    .hasSize(rows).isEqualTo(HeadlessFx.call(() -> List.copyOf(window.session().annotations())));
        } finally {
            HeadlessFx.run(window::close);
        }
    }

    @SuppressWarnings("unchecked")
    private static TableView<Annotation> table(WorkbenchWindow window) {
        return (TableView<Annotation>) window.stage().getScene().lookup("#annotation-table");
    }
}

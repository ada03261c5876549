package app.hamish.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.ui.shell.HeadlessFx;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.NodeOrientation;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;

/**
 * A cell given another annotation and then its first one again before it is laid out (a delete and its undo within
 * one pulse) still draws that text cut to its width, not whole across the next column.
 */
class AnnotationCellTest {
    private static final String LONG = "كشفت مصادر مطلعة أن اللواء علي مملوك زار القاهرة سراً والتقى مسؤولين في الأمن";
    private static final double ROOM = 90;

    @Test
    void aTextGivenBackBeforeALayoutIsCutAgain() {
        AtomicReference<String> drawn = new AtomicReference<>();
        HeadlessFx.start();
        HeadlessFx.run(() -> {
            AnnotationCell cell = new AnnotationCell(new FittedText(), NodeOrientation.RIGHT_TO_LEFT);
            cell.setFont(Font.font("DejaVu Sans", 13));
            new Scene(new Group(cell));
            cell.applyCss();
            cell.updateItem(LONG, false);
            layOut(cell);
            cell.updateItem("Entity", false);
            cell.updateItem(LONG, false);
            layOut(cell);
            drawn.set(((Text) cell.getGraphic()).getText());
        });
        assertThat(drawn.get()).endsWith(FittedText.ELLIPSIS).hasSizeLessThan(LONG.length());
    }

    private static void layOut(AnnotationCell cell) {
        cell.resize(ROOM, 24);
        cell.layout();
    }
}

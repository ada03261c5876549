package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.io.SampleCorpus;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.Provenance;
import app.hamish.service.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbench in Arabic: the article list and the annotation table read as they should, right to left. */
class ArabicWorkbenchTest {
    private static final String ARTICLE = "000_8c93457ec6c28807";

    @TempDir
    Path folder;
    private WorkbenchWindow window;

    @BeforeEach
    void openInArabicOnAnArticleWithEveryLabel() {
        Path file = folder.resolve("w.db");
        try (Workspace workspace = Workspace.open(file)) {
            workspace.corpus().importSamplesIfEmpty(SampleCorpus::load);
            Article article = workspace.corpus().article(ARTICLE).orElseThrow();
            Annotator mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
            for (String[] span : new String[][] {{"علي مملوك", Label.ENTITY, "person"},
                    {"مصادر مطلعة", Label.UNVERIFIED_SOURCE, null}, {"زار القاهرة سرا", Label.CLAIM, null}}) {
                int at = article.text().value().indexOf(span[0]);
                workspace.annotations().create(new NewAnnotation(article.id(), mona.id(),
                        article.text().spanFromUtf16(at, at + span[0].length()), span[1], span[2], "",
                        Provenance.MANUAL));
            }
        }
        window = WorkbenchHarness.open(file, ARTICLE, Locale.forLanguageTag("ar"));
    }

    @AfterEach
    void close() {
        WindowPng.write(window, "arabic-workbench");
        HeadlessFx.run(window::close);
    }

    @Test
    void theArticleIdReadsFirstAndWholeBeforeItsCount() {
        HeadlessFx.settle();
        Node cell = HeadlessFx.call(() -> selectedArticleCell());
        Bounds id = HeadlessFx.call(() -> textBounds(cell, ARTICLE));
        Bounds count = HeadlessFx.call(() -> textBounds(cell, "· 3 تعليقات · قيد العمل"));
        assertThat(id.getMinX()).as("right to left, the id is read first: it is right of the count")
                .isGreaterThan(count.getMaxX());
    }

    @Test
    void theLabelColumnNamesEachLabelInArabicAndInFull() {
        HeadlessFx.settle();
        List<String> shown = HeadlessFx.call(() -> {
            TableView<?> table = (TableView<?>) window.stage().getScene().lookup("#annotation-table");
            return table.lookupAll(".table-cell").stream()
                    .filter(node -> node instanceof TableCell<?, ?> cell && !cell.isEmpty()
                            && cell.getTableColumn() == table.getColumns().getFirst())
                    .map(node -> ((Text) node.lookup(".text")).getText()).sorted().toList();
        });
        assertThat(shown).containsExactly("ادعاء", "كيان", "مصدر غير موثق");
    }

    @Test
    void theSubtypeColumnNamesTheEntitysSubtypeInArabic() {
        HeadlessFx.settle();
        List<String> shown = HeadlessFx.call(() -> {
            TableView<?> table = (TableView<?>) window.stage().getScene().lookup("#annotation-table");
            return table.lookupAll(".table-cell").stream()
                    .filter(node -> node instanceof TableCell<?, ?> cell && !cell.isEmpty()
                            && cell.getTableColumn() == table.getColumns().get(2)
                            && !((Text) cell.lookup(".text")).getText().isEmpty())
                    .map(node -> ((Text) node.lookup(".text")).getText()).toList();
        });
        assertThat(shown).containsExactly("شخص");
    }

    @Test
    void theSpanTextColumnIsNotSqueezedByTheFullLabelNames() {
        HeadlessFx.settle();
        double width = HeadlessFx.call(() -> {
            TableView<?> table = (TableView<?>) window.stage().getScene().lookup("#annotation-table");
            return table.getColumns().get(1).getWidth();
        });
        assertThat(width).as("width of the Text column").isGreaterThanOrEqualTo(160);
    }

    @Test
    void theSelectedArticlesDetailsAreReadableOnTheSelectionColour() {
        HeadlessFx.run(() -> window.stage().getScene().lookup("#article-list").requestFocus());
        HeadlessFx.settle();
        double contrast = HeadlessFx.call(() -> {
            ListCell<?> cell = selectedArticleCell();
            Color background = (Color) cell.getBackground().getFills().getLast().getFill();
            javafx.scene.control.Label details = (javafx.scene.control.Label) cell.lookup(".article-details");
            return contrast((Color) details.getTextFill(), background);
        });
        WindowPng.write(window, "arabic-article-list-focused");
        assertThat(contrast).as("WCAG contrast of the id on the selected row").isGreaterThanOrEqualTo(4.5);
    }

    private ListCell<?> selectedArticleCell() {
        return window.stage().getScene().getRoot().lookupAll(".list-cell").stream()
                .filter(node -> node instanceof ListCell<?> cell && cell.isSelected()).map(ListCell.class::cast)
                .findFirst().orElseThrow();
    }

    private static Bounds textBounds(Node cell, String text) {
        Text drawn = cell.lookupAll(".text").stream().filter(node -> node instanceof Text candidate
                && text.equals(candidate.getText())).map(Text.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no text \"" + text + "\" drawn whole in the cell"));
        return drawn.localToScreen(drawn.getBoundsInLocal());
    }

    private static double contrast(Color a, Color b) {
        double lighter = Math.max(luminance(a), luminance(b));
        double darker = Math.min(luminance(a), luminance(b));
        return (lighter + 0.05) / (darker + 0.05);
    }

    private static double luminance(Color color) {
        return 0.2126 * channel(color.getRed()) + 0.7152 * channel(color.getGreen())
                + 0.0722 * channel(color.getBlue());
    }

    private static double channel(double value) {
        return value <= 0.03928 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
    }
}

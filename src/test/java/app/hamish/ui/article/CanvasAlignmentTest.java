package app.hamish.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.Provenance;
import app.hamish.service.Workspace;
import app.hamish.ui.session.ArticleSession;
import app.hamish.ui.session.CreateAnnotation;
import app.hamish.ui.session.OneArticle;
import app.hamish.ui.shell.HeadlessFx;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.canvas.Canvas;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A paragraph's canvases sit on the scene's whole pixels wherever it is moved to, also by a fraction of a pixel, in
 * a left-to-right and in a mirrored (Arabic) interface: a canvas between pixels is resampled and blurs its edges.
 */
class CanvasAlignmentTest {
    private static final String PARAGRAPH = "كشفت مصادر مطلعة أن اللواء علي مملوك زار القاهرة بـ59 صاروخ وقالت الخارجية";
    private static final int PARAGRAPHS = 40;

    @TempDir
    Path folder;
    private Workspace workspace;
    private ShownArticleView shown;
    private ArticleView view;

    @AfterEach
    void close() {
        HeadlessFx.run(shown::close);
        workspace.close();
    }

    @ParameterizedTest
    @EnumSource(value = NodeOrientation.class, names = {"LEFT_TO_RIGHT", "RIGHT_TO_LEFT"})
    void afterAMoveByAFractionOfAPixelEveryCanvasSitsOnWholePixels(NodeOrientation interfaceOrientation) {
        workspace = Workspace.open(folder.resolve("w.db"));
        Article article = OneArticle.importInto(workspace, String.join("\n\n", Collections.nCopies(PARAGRAPHS,
                PARAGRAPH)));
        Annotator mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
        HeadlessFx.start();
        HeadlessFx.run(() -> {
            ArticleSession session = OneArticle.session(workspace, article, mona, Locale.ENGLISH);
            for (int paragraph = 0; paragraph < PARAGRAPHS; paragraph++) {
                int at = paragraph * (PARAGRAPH.length() + 2) + PARAGRAPH.indexOf("مملوك");
                session.execute(new CreateAnnotation(new NewAnnotation(article.id(), mona.id(),
                        article.text().spanFromUtf16(at, at + "مملوك".length()), Label.ENTITY, null, "",
                        Provenance.MANUAL)));
            }
            shown = ShownArticleView.show(session, 900, 700,
                    setUp -> setUp.scene().setNodeOrientation(interfaceOrientation));
            view = shown.view();
        });
        HeadlessFx.settle();

        HeadlessFx.run(() -> view.flow().scrollYBy(10.43));
        HeadlessFx.settle();
        // Scrolled by a fraction of a pixel without a layout of the paragraphs, as a scroll between two pulses may be.
        HeadlessFx.run(() -> {
            view.setTranslateX(0.37);
            view.setTranslateY(0.29);
        });
        HeadlessFx.settle();

        List<Bounds> canvases = HeadlessFx.call(() -> {
            List<Bounds> found = new ArrayList<>();
            for (ParagraphNode node : view.visibleParagraphs()) {
                collect(node, found);
            }
            return found;
        });
        assertThat(canvases).as("the highlights' canvases on screen").isNotEmpty();
        assertThat(canvases).allSatisfy(box -> {
            assertThat(box.getMinX() - Math.rint(box.getMinX())).as("left of %s", box).isCloseTo(0, within());
            assertThat(box.getMinY() - Math.rint(box.getMinY())).as("top of %s", box).isCloseTo(0, within());
        });
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-6);
    }

    private static void collect(Node node, List<Bounds> found) {
        if (node instanceof Canvas canvas && canvas.getWidth() > 0) {
            found.add(canvas.localToScene(canvas.getBoundsInLocal()));
        } else if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, found);
            }
        }
    }
}

package app.hamish.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.Provenance;
import app.hamish.service.Workspace;
import app.hamish.ui.session.ArticleSession;
import app.hamish.ui.session.CreateAnnotation;
import app.hamish.ui.session.DeleteAnnotation;
import app.hamish.ui.session.OneArticle;
import app.hamish.ui.shell.HeadlessFx;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tag or a delete paints again only the tiles of the paragraph's layers it touches (decision 0064), yet the
 * article on screen is, pixel for pixel, what a view opened afresh on the same annotations shows at the same place:
 * in a paragraph just scrolled into view too, with no paragraph left showing a highlight that went, and the
 * article not scrolled by the change.
 */
class RepaintedParagraphsTest {
    private static final String SENTENCE = "كشفت مصادر مطلعة أن اللواء علي مملوك زار القاهرة بـ59 صاروخ وقالت الخارجية ";
    /** Several lines each, so that a paragraph's highlights lie on several rows of tiles. */
    private static final String PARAGRAPH = SENTENCE.repeat(6).strip();
    private static final int PARAGRAPHS = 30;
    private static final String[] WORDS = {"مصادر", "مملوك", "القاهرة", "الخارجية"};

    @TempDir
    Path folder;
    private Article article;
    private long annotator;
    private ArticleSession session;
    private ShownArticleView shown;

    @Test
    void aTagAndADeleteInAParagraphJustScrolledIntoViewShowAsAFreshViewDoes() {
        try (Workspace workspace = Workspace.open(folder.resolve("w.db"))) {
            openOn(workspace);
            try {
                tagAndDeleteInAParagraphJustScrolledIntoView();
            } finally {
                HeadlessFx.run(shown::close);
            }
        }
    }

    /** The article, three words of each paragraph tagged, shown in a view a few paragraphs high. */
    private void openOn(Workspace workspace) {
        String text = String.join("\n\n", Collections.nCopies(PARAGRAPHS, PARAGRAPH));
        article = OneArticle.importInto(workspace, text);
        Annotator mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
        annotator = mona.id();
        List<NewAnnotation> spread = new ArrayList<>();
        for (int paragraph = 0; paragraph < PARAGRAPHS; paragraph++) {
            for (int sentence = 0; sentence < 6; sentence += 2) {
                spread.add(annotation(paragraph, sentence, WORDS[(paragraph + sentence) % WORDS.length],
                        Label.ENTITY));
            }
        }
        workspace.annotations().createAll(spread);
        HeadlessFx.start();
        HeadlessFx.run(() -> {
            session = OneArticle.session(workspace, article, mona, Locale.ENGLISH);
            shown = ShownArticleView.show(session, 900, 500);
        });
        HeadlessFx.settle();
    }

    private void tagAndDeleteInAParagraphJustScrolledIntoView() {
        HeadlessFx.run(() -> shown.view().flow().showAsFirst(7));
        HeadlessFx.settle();
        HeadlessFx.run(() -> shown.view().scrollByScreen());
        HeadlessFx.settle();
        int first = HeadlessFx.call(() -> shown.view().flow().getFirstVisibleIndex());
        // Below the first paragraph on screen, which may have shown at the bottom before: all of it new on screen.
        int scrolledIn = HeadlessFx.call(() -> shown.view().visibleParagraphs().stream()
                .filter(node -> node.paragraph().index() > first && !node.paragraph().text().isEmpty())
                .filter(this::wholeOnScreen).findFirst().orElseThrow().paragraph().start()) / (PARAGRAPH.length() + 2);
        double top = HeadlessFx.call(this::firstCellTop);
        int shapes = HeadlessFx.call(() -> shown.view().paintedShapes().size());

        // On a word highlighted already, so that its tiles hold rectangles before and after.
        HeadlessFx.run(() -> session.execute(new CreateAnnotation(annotation(scrolledIn, 0,
                WORDS[scrolledIn % WORDS.length], Label.CLAIM))));
        HeadlessFx.settle();

        assertThat(HeadlessFx.call(() -> shown.view().paintedShapes().size())).isEqualTo(shapes + 2);
        assertThat(HeadlessFx.call(() -> shown.view().flow().getFirstVisibleIndex())).isEqualTo(first);
        assertThat(HeadlessFx.call(this::firstCellTop)).isEqualTo(top);
        assertShownAsAFreshViewAt(first, top);

        Annotation gone = HeadlessFx.call(() -> session.annotations().stream()
                .filter(annotation -> paragraphOf(annotation) == scrolledIn).findFirst().orElseThrow());
        HeadlessFx.run(() -> session.execute(new DeleteAnnotation(gone)));
        HeadlessFx.settle();

        assertThat(HeadlessFx.call(() -> shown.view().paintedShapes().size())).isEqualTo(shapes);

        assertThat(HeadlessFx.call(this::firstCellTop)).isEqualTo(top);
        assertShownAsAFreshViewAt(first, top);
    }

    private double firstCellTop() {
        return shown.view().visibleParagraphs().getFirst().getLayoutY();
    }

    private boolean wholeOnScreen(ParagraphNode node) {
        return node.getLayoutY() >= 0 && node.getLayoutY() + node.getHeight() <= shown.view().flow().getHeight();
    }

    private int paragraphOf(Annotation annotation) {
        return article.text().toUtf16(annotation.span().start()) / (PARAGRAPH.length() + 2);
    }

    /** The paragraphs as drawn, without the scroll bar: a fresh view has measured fewer paragraphs to size its thumb. */
    private void assertShownAsAFreshViewAt(int first, double top) {
        Image now = HeadlessFx.call(() -> shown.view().flow().snapshot(null, null));
        ShownArticleView fresh = HeadlessFx.call(() -> ShownArticleView.show(session, 900, 500));
        try {
            HeadlessFx.run(() -> fresh.view().flow().showAtOffset(first, top));
            HeadlessFx.settle();
            Image expected = HeadlessFx.call(() -> fresh.view().flow().snapshot(null, null));
            assertSamePixels(now, expected);
        } finally {
            HeadlessFx.run(fresh::close);
        }
    }

    private static void assertSamePixels(Image shownNow, Image fresh) {
        PixelReader left = shownNow.getPixelReader();
        PixelReader right = fresh.getPixelReader();
        int differ = 0;
        String firstDifference = null;
        for (int y = 0; y < (int) fresh.getHeight(); y++) {
            for (int x = 0; x < (int) fresh.getWidth(); x++) {
                if (left.getArgb(x, y) != right.getArgb(x, y)) {
                    differ++;
                    if (firstDifference == null) {
                        firstDifference = x + "," + y;
                    }
                }
            }
        }
        assertThat(differ).as("pixels unlike a fresh view's, the first at %s", firstDifference).isZero();
    }

    private NewAnnotation annotation(int paragraph, int sentence, String word, String label) {
        int at = paragraph * (PARAGRAPH.length() + 2) + sentence * SENTENCE.length() + SENTENCE.indexOf(word);
        return new NewAnnotation(article.id(), annotator, article.text().spanFromUtf16(at, at + word.length()), label,
                null, "", Provenance.MANUAL);
    }
}

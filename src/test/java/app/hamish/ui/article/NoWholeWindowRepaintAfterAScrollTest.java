package app.hamish.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.Provenance;
import app.hamish.service.Workspace;
import app.hamish.ui.frame.StyledInItsPulse;
import app.hamish.ui.session.ArticleSession;
import app.hamish.ui.session.OneArticle;
import app.hamish.ui.shell.HeadlessFx;
import com.sun.javafx.scene.DirtyBits;
import com.sun.javafx.scene.NodeHelper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scroll brings paragraph cells and their layers' canvases into the scene inside the pulse's layout pass. No pulse
 * may end with the scene's root still waiting for them to be styled: JavaFX would hand the next pulse the root alone,
 * with no region changed, and Prism would paint the whole window for nothing (decisions 0092, 0096).
 */
class NoWholeWindowRepaintAfterAScrollTest {
    private static final String SENTENCE = "كشفت مصادر مطلعة أن اللواء علي مملوك زار القاهرة بـ59 صاروخ وقالت الخارجية ";
    private static final String PARAGRAPH = SENTENCE.repeat(6).strip();
    private static final int PARAGRAPHS = 40;
    private static final String[] WORDS = {"مصادر", "مملوك", "القاهرة", "الخارجية"};

    @TempDir
    Path folder;

    @Test
    void scrollingTheArticleLeavesNoPulseWithTheRootWaitingForStyles() {
        try (Workspace workspace = Workspace.open(folder.resolve("w.db"))) {
            ArticleSession session = highlightedArticle(workspace);
            AtomicInteger waiting = new AtomicInteger();
            AtomicInteger pulses = new AtomicInteger();
            ShownArticleView shown = HeadlessFx.call(() -> ShownArticleView.show(session, 900, 500, view -> {
                StyledInItsPulse.install(view.scene());
                countPulsesEndingWithTheRootWaiting(view.scene(), pulses, waiting);
            }));
            try {
                HeadlessFx.settle();
                HeadlessFx.run(() -> shown.view().flow().showAsFirst(5));
                HeadlessFx.settle();
                waiting.set(0);
                pulses.set(0);

                for (int screen = 0; screen < 6; screen++) {
                    HeadlessFx.run(() -> shown.view().scrollByScreen());
                    HeadlessFx.settle();
                }

                assertThat(pulses.get()).as("pulses run by the scrolls").isPositive();
                assertThat(waiting.get()).as("pulses ending with the root waiting to style nodes").isZero();
            } finally {
                HeadlessFx.run(shown::close);
            }
        }
    }

    /**
     * After each pulse (in the turn behind it, once JavaFX has synced the scene and ended the pulse), whether the root
     * is marked for a CSS pass: the mark that makes the next pulse repaint the whole window.
     */
    private static void countPulsesEndingWithTheRootWaiting(Scene scene, AtomicInteger pulses, AtomicInteger waiting) {
        scene.addPostLayoutPulseListener(() -> {
            pulses.incrementAndGet();
            Platform.runLater(() -> {
                if (NodeHelper.isDirty(scene.getRoot(), DirtyBits.NODE_CSS)) {
                    waiting.incrementAndGet();
                }
            });
        });
    }

    private static ArticleSession highlightedArticle(Workspace workspace) {
        String text = String.join("\n\n", Collections.nCopies(PARAGRAPHS, PARAGRAPH));
        Article article = OneArticle.importInto(workspace, text);
        Annotator mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
        List<NewAnnotation> spread = new ArrayList<>();
        for (int paragraph = 0; paragraph < PARAGRAPHS; paragraph++) {
            for (int sentence = 0; sentence < 6; sentence += 2) {
                String word = WORDS[(paragraph + sentence) % WORDS.length];
                int at = paragraph * (PARAGRAPH.length() + 2) + sentence * SENTENCE.length() + SENTENCE.indexOf(word);
                spread.add(new NewAnnotation(article.id(), mona.id(),
                        article.text().spanFromUtf16(at, at + word.length()), Label.ENTITY, null, "",
                        Provenance.MANUAL));
            }
        }
        workspace.annotations().createAll(spread);
        HeadlessFx.start();
        return HeadlessFx.call(() -> OneArticle.session(workspace, article, mona, Locale.ENGLISH));
    }
}

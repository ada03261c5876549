package app.hamish.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.Provenance;
import app.hamish.model.Span;
import app.hamish.service.Workspace;
import app.hamish.ui.session.ArticleSession;
import app.hamish.ui.session.CreateAnnotation;
import app.hamish.ui.session.OneArticle;
import app.hamish.ui.session.Saving;
import app.hamish.ui.shell.HeadlessFx;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A paragraph holds a layer of shapes only while it shows something (decision 0083): the highlights', the change
 * being saved, the selection's and the selected annotation's outline each come in, in their place under or over the
 * text, when drawn, and go when emptied. Read on a real window from the paragraphs' nodes, bottom to top.
 */
class EmptyLayersLeaveTheParagraphTest {
    private static final String PARAGRAPH = "كشفت مصادر مطلعة أن اللواء علي مملوك زار القاهرة 😀 بـ59 صاروخ وقالت الخارجية";
    private static final int PARAGRAPHS = 30;
    private static final List<String> TEXT_ONLY = List.of("text");

    @TempDir
    Path folder;
    private Workspace workspace;
    private Article article;
    private Annotator mona;
    private ArticleSession session;
    private ShownArticleView shown;
    private ArticleView view;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder.resolve("w.db"));
        article = OneArticle.importInto(workspace, String.join("\n", Collections.nCopies(PARAGRAPHS, PARAGRAPH)));
        mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
        HeadlessFx.start();
        HeadlessFx.run(() -> {
            session = OneArticle.session(workspace, article, mona, Locale.ENGLISH);
            shown = ShownArticleView.show(session, 900, 500);
            view = shown.view();
        });
        HeadlessFx.settle();
    }

    @AfterEach
    void close() {
        HeadlessFx.run(shown::close);
        workspace.close();
    }

    @Test
    void aParagraphHoldsTheLayersOfWhatItShowsAndNoOther() {
        assertThat(HeadlessFx.call(this::stacks)).as("an article without highlights").isNotEmpty()
                .allSatisfy((paragraph, stack) -> assertThat(stack).isEqualTo(TEXT_ONLY));

        Annotation tagged = HeadlessFx.call(() -> tag(word(2, "مملوك")));
        HeadlessFx.run(() -> session.selectAnnotation(tagged));
        HeadlessFx.settle();
        Map<Integer, List<String>> selected = HeadlessFx.call(this::stacks);
        assertThat(selected.get(2)).as("the tagged paragraph, its annotation selected")
                .containsExactly("HIGHLIGHT", "text", "OUTLINE");
        assertThat(others(selected, 2)).allSatisfy(stack -> assertThat(stack).isEqualTo(TEXT_ONLY));

        HeadlessFx.run(() -> session.selectText(word(1, "القاهرة")));
        HeadlessFx.settle();
        Map<Integer, List<String>> textSelected = HeadlessFx.call(this::stacks);
        assertThat(textSelected.get(1)).as("the paragraph of the selected text").containsExactly("SELECTION", "text");
        assertThat(textSelected.get(2)).as("the tagged paragraph, its outline gone").containsExactly("HIGHLIGHT",
                "text");

        HeadlessFx.run(session::clearSelection);
        HeadlessFx.settle();
        assertThat(HeadlessFx.call(this::stacks).get(1)).as("the selection gone").isEqualTo(TEXT_ONLY);
    }

    @Test
    void theChangeBeingSavedComesBetweenTheHighlightsAndTheSelectionAndGoesOnceCommitted() {
        HeadlessFx.call(() -> tag(word(2, "مملوك")));
        HeadlessFx.run(() -> session.selectText(word(2, "مصادر")));
        HeadlessFx.settle();

        Span coming = word(2, "القاهرة");
        List<String> whileSaving = HeadlessFx.call(() -> {
            session.waiting().run(List.of(new Saving(coming, Label.ENTITY, Saving.Kind.ADDED)), () -> tag(coming));
            return stacks().get(2);
        });
        HeadlessFx.settle();

        assertThat(whileSaving).containsExactly("HIGHLIGHT", "SAVING", "SELECTION", "text");
        assertThat(HeadlessFx.call(this::stacks).get(2)).as("committed").containsExactly("HIGHLIGHT", "SELECTION",
                "text");
        assertThat(HeadlessFx.call(() -> session.annotations().size())).isEqualTo(2);
    }

    /** Each paragraph on screen: its children from the bottom up, a layer named by what it paints. */
    private Map<Integer, List<String>> stacks() {
        Map<Integer, List<String>> byParagraph = new HashMap<>();
        for (ParagraphNode node : view.visibleParagraphs()) {
            List<String> stack = new ArrayList<>();
            for (Node child : node.getChildrenUnmodifiable()) {
                stack.add(child instanceof TextFlow ? "text" : child instanceof ShapeLayer layer
                        ? layer.painted().isEmpty() ? "empty" : layer.painted().getFirst().kind().name()
                        : child.getClass().getSimpleName());
            }
            byParagraph.put(node.paragraph().index(), stack);
        }
        return byParagraph;
    }

    private static List<List<String>> others(Map<Integer, List<String>> stacks, int paragraph) {
        Map<Integer, List<String>> rest = new HashMap<>(stacks);
        rest.remove(paragraph);
        return List.copyOf(rest.values());
    }

    private Span word(int paragraph, String word) {
        int at = paragraph * (PARAGRAPH.length() + 1) + PARAGRAPH.indexOf(word);
        return article.text().spanFromUtf16(at, at + word.length());
    }

    private Annotation tag(Span span) {
        session.execute(new CreateAnnotation(new NewAnnotation(article.id(), mona.id(), span, Label.ENTITY, null, "",
                Provenance.MANUAL)));
        return session.annotations().stream().filter(annotation -> annotation.span().equals(span)).findFirst()
                .orElseThrow();
    }
}

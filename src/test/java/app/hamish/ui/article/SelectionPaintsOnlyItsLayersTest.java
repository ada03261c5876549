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
 * A change of the selection or of the selected annotation paints only its own layer of the paragraphs it leaves and
 * comes to, and lays nothing out; a new highlight paints only its paragraph's highlights (decision 0050). Counted on
 * a real window: how often each paragraph's layers are painted, and how often the flow of paragraphs is laid out.
 * A paragraph holds a layer only while it shows something (decision 0083): the highlights', the change being saved,
 * the selection's and the outline each come in, in their place under or over the text, when drawn, and go when
 * emptied; read from the paragraphs' nodes, bottom to top.
 */
class SelectionPaintsOnlyItsLayersTest {
    private static final String PARAGRAPH = "كشفت مصادر مطلعة أن اللواء علي مملوك زار القاهرة 😀 بـ59 صاروخ وقالت الخارجية";
    private static final int PARAGRAPHS = 60;
    private static final List<String> TEXT_ONLY = List.of("text");

    @TempDir
    Path folder;
    private Workspace workspace;
    private Article article;
    private Annotator mona;
    private ArticleSession session;
    private ShownArticleView shown;
    private ArticleView view;
    private int flowLayouts;

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
            // Parent.layout marks the flow clean as it starts laying it out: one pass, one change to false.
            view.flow().needsLayoutProperty().addListener((property, was, now) -> {
                if (was && !now) {
                    flowLayouts++;
                }
            });
        });
        HeadlessFx.settle();
    }

    @AfterEach
    void close() {
        HeadlessFx.run(shown::close);
        workspace.close();
    }

    /**
     * As the find bar and the benchmark do, the view scrolls to a word and the word is selected at once: the selection
     * does not lay the flow out there and then (the flow's own cell lookups would), the pulse does, once, and the
     * selection is painted on the paragraph scrolled to.
     */
    @Test
    void aSelectionAfterAScrollLeavesTheLayoutToThePulse() {
        Span word = word(40, "القاهرة");
        int layoutsInTheSelection = HeadlessFx.call(() -> {
            view.scrollToOffset(word.start());
            int before = flowLayouts;
            session.selectText(word);
            return flowLayouts - before;
        });
        HeadlessFx.settle();

        assertThat(layoutsInTheSelection).isZero();
        assertThat(HeadlessFx.call(() -> flowLayouts)).isPositive();
        Map<Integer, Long> selected = HeadlessFx.call(() -> shapesOf(PaintedShape.Kind.SELECTION));
        assertThat(selected).containsOnlyKeys(40);
    }

    @Test
    void selectingAnotherAnnotationPaintsOnlyTheOutlinesOfTheTwoParagraphs() {
        Annotation first = HeadlessFx.call(() -> tag(word(1, "مملوك")));
        Annotation second = HeadlessFx.call(() -> tag(word(3, "القاهرة")));
        HeadlessFx.call(() -> tag(word(2, "الخارجية")));
        HeadlessFx.run(() -> session.selectAnnotation(first));
        HeadlessFx.settle();
        Map<Integer, ParagraphNode.LayerPaints> before = HeadlessFx.call(this::paints);
        int layouts = HeadlessFx.call(() -> flowLayouts);

        HeadlessFx.run(() -> session.selectAnnotation(second));
        HeadlessFx.settle();
        Map<Integer, ParagraphNode.LayerPaints> after = HeadlessFx.call(this::paints);

        assertThat(after.keySet()).isEqualTo(before.keySet());
        for (int paragraph : before.keySet()) {
            ParagraphNode.LayerPaints was = before.get(paragraph);
            int outlined = paragraph == 1 || paragraph == 3 ? 1 : 0;
            assertThat(after.get(paragraph)).as("paragraph %d", paragraph).isEqualTo(new ParagraphNode.LayerPaints(
                    was.highlights(), was.selection(), was.outlines() + outlined));
        }
        assertThat(HeadlessFx.call(() -> shapesOf(PaintedShape.Kind.OUTLINE))).containsOnlyKeys(3);
        assertThat(HeadlessFx.call(() -> flowLayouts)).isEqualTo(layouts);
    }

    @Test
    void aTagBesideTheSelectedAnnotationPaintsOnlyItsParagraphsHighlights() {
        Annotation selected = HeadlessFx.call(() -> tag(word(2, "مملوك")));
        HeadlessFx.run(() -> session.selectAnnotation(selected));
        HeadlessFx.settle();
        Map<Integer, ParagraphNode.LayerPaints> before = HeadlessFx.call(this::paints);

        HeadlessFx.call(() -> tag(word(2, "القاهرة")));
        HeadlessFx.settle();
        Map<Integer, ParagraphNode.LayerPaints> after = HeadlessFx.call(this::paints);

        assertThat(HeadlessFx.call(() -> session.selectedProperty().get())).isEqualTo(selected);
        for (int paragraph : before.keySet()) {
            ParagraphNode.LayerPaints was = before.get(paragraph);
            assertThat(after.get(paragraph)).as("paragraph %d", paragraph).isEqualTo(new ParagraphNode.LayerPaints(
                    was.highlights() + (paragraph == 2 ? 1 : 0), was.selection(), was.outlines()));
        }
        assertThat(HeadlessFx.call(() -> shapesOf(PaintedShape.Kind.HIGHLIGHT))).containsOnlyKeys(2);
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

    /** How often each paragraph on screen had each of its layers painted. */
    private Map<Integer, ParagraphNode.LayerPaints> paints() {
        Map<Integer, ParagraphNode.LayerPaints> byParagraph = new HashMap<>();
        for (ParagraphNode node : view.visibleParagraphs()) {
            byParagraph.put(node.paragraph().index(), node.paints());
        }
        return byParagraph;
    }

    /** How many rectangles of a kind each paragraph on screen has painted, for those that have any. */
    private Map<Integer, Long> shapesOf(PaintedShape.Kind kind) {
        Map<Integer, Long> byParagraph = new HashMap<>();
        for (ParagraphNode node : view.visibleParagraphs()) {
            long count = node.painted().stream().filter(shape -> shape.kind() == kind).count();
            if (count > 0) {
                byParagraph.put(node.paragraph().index(), count);
            }
        }
        return byParagraph;
    }
}

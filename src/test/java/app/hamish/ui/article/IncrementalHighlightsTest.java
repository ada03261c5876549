package app.hamish.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.ArticleText;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.Provenance;
import app.hamish.model.ReviewStatus;
import app.hamish.model.Span;
import app.hamish.model.Suggestion;
import app.hamish.model.SuggestionSource;
import app.hamish.model.WorkflowTransition;
import app.hamish.service.Workspace;
import app.hamish.ui.review.ReviewViewModel;
import app.hamish.ui.session.ArticleSession;
import app.hamish.ui.session.ChangeAnnotation;
import app.hamish.ui.session.CreateAnnotation;
import app.hamish.ui.session.Decide;
import app.hamish.ui.session.DeleteAnnotation;
import app.hamish.ui.session.MoveLayer;
import app.hamish.ui.session.OneArticle;
import app.hamish.ui.shell.HeadlessFx;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The article view changes its highlights mark by mark (decision 0029): an edit redraws only the paragraphs it
 * touches, and after any sequence of edits, undo, redo, decisions, reloads and suggestions what is drawn is what
 * a fresh build from the session would draw.
 */
class IncrementalHighlightsTest {
    private static final String PARAGRAPH = "كشفت مصادر مطلعة أن اللواء علي مملوك زار القاهرة 😀 بـ59 صاروخ وقالت الخارجية";
    private static final String TEXT = String.join("\n\n", PARAGRAPH, PARAGRAPH, PARAGRAPH, PARAGRAPH);

    @TempDir
    Path folder;
    private Workspace workspace;
    private Article article;
    private Annotator mona;
    private Annotator rami;
    private Annotator actor;
    private ArticleSession session;
    private ShownArticleView shown;
    private ArticleView view;
    private final ObservableList<Suggestion> suggestions = FXCollections.observableArrayList();

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder.resolve("w.db"));
        article = OneArticle.importInto(workspace, TEXT);
        mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
        rami = workspace.annotations().annotator("rami", Annotator.Role.REVIEWER);
        actor = mona;
        HeadlessFx.start();
        HeadlessFx.run(() -> {
            session = OneArticle.session(workspace, article, () -> actor, Locale.ENGLISH);
            shown = ShownArticleView.show(session, 900, 700, setUp -> setUp.view().showSuggestions(suggestions));
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
    void aTagRedrawsTheParagraphItIsInAndLeavesTheOthersAsDrawn() {
        HeadlessFx.run(() -> {
            tag(0, "مملوك", Label.ENTITY);
            tag(1, "القاهرة", Label.CLAIM);
        });
        HeadlessFx.settle();
        List<List<PaintedShape>> before = HeadlessFx.call(this::drawnShapes);
        assertThat(before).hasSizeGreaterThanOrEqualTo(3);
        assertThat(before.get(2)).isNotEmpty();

        HeadlessFx.run(() -> tag(0, "الخارجية", Label.UNVERIFIED_SOURCE));
        List<List<PaintedShape>> after = HeadlessFx.call(this::drawnShapes);

        assertThat(after.get(0)).hasSize(before.get(0).size() + 2);
        for (int paragraph = 1; paragraph < before.size(); paragraph++) {
            List<PaintedShape> kept = after.get(paragraph);
            List<PaintedShape> was = before.get(paragraph);
            assertThat(kept).as("paragraph %d", paragraph).hasSameSizeAs(was);
            for (int i = 0; i < was.size(); i++) {
                assertThat(kept.get(i)).as("paragraph %d, shape %d", paragraph, i).isSameAs(was.get(i));
            }
        }
        assertThat(HeadlessFx.call(view::highlighted)).isEqualTo(HeadlessFx.call(view::rebuilt));
    }

    /**
     * Within the tagged paragraph too, only the new highlight is drawn (decision 0040): the shapes of the highlights
     * already there are kept, not drawn, styled and synced again.
     */
    @Test
    void aTagKeepsTheShapesOfTheOtherHighlightsInItsParagraph() {
        HeadlessFx.run(() -> {
            tag(0, "مملوك", Label.ENTITY);
            tag(0, "القاهرة", Label.CLAIM);
        });
        HeadlessFx.settle();
        List<PaintedShape> before = HeadlessFx.call(this::drawnShapes).get(0);
        assertThat(before).isNotEmpty();

        HeadlessFx.run(() -> tag(0, "الخارجية", Label.UNVERIFIED_SOURCE));
        List<PaintedShape> after = HeadlessFx.call(this::drawnShapes).get(0);

        assertThat(after).hasSize(before.size() + 2);
        for (PaintedShape shape : before) {
            assertThat(after).as("a shape drawn before the tag").anyMatch(kept -> kept == shape);
        }
        HeadlessFx.run(() -> assertThat(shapesOf(view)).isEqualTo(shapesOf(freshView())));
    }

    /**
     * A paragraph's highlights are painted on its layers, not a node each (decision 0045): more tags on words that are
     * already highlighted add no node to the scene for the pulse to style and sync (a layer adds a canvas only for a
     * tile of its grid that had no rectangle, decision 0064), and paint the same rectangles as a fresh view.
     */
    @Test
    void moreTagsOnHighlightedWordsAddNoNodesToTheScene() {
        HeadlessFx.run(() -> {
            tag(0, "مملوك", Label.ENTITY);
            tag(0, "القاهرة", Label.CLAIM);
        });
        HeadlessFx.settle();
        int before = HeadlessFx.call(() -> nodesUnder(paragraphNode(0)));

        HeadlessFx.run(() -> {
            tag(0, "مملوك", Label.CLAIM);
            tag(0, "القاهرة", Label.UNVERIFIED_SOURCE);
        });
        HeadlessFx.settle();

        assertThat(HeadlessFx.call(() -> nodesUnder(paragraphNode(0)))).isEqualTo(before);
        assertThat(HeadlessFx.call(this::drawnShapes).get(0))
                .filteredOn(shape -> shape.kind() == PaintedShape.Kind.HIGHLIGHT).hasSize(4);
        HeadlessFx.run(() -> assertThat(shapesOf(view)).isEqualTo(shapesOf(freshView())));
    }

    private ParagraphNode paragraphNode(int index) {
        return view.visibleParagraphs().stream().filter(node -> node.paragraph().index() == index).findFirst()
                .orElseThrow();
    }

    @Test
    void afterAnySequenceOfChangesWhatIsDrawnEqualsAFreshBuild() {
        Random random = new Random(29);
        for (int step = 0; step < 120; step++) {
            HeadlessFx.run(() -> {
                annotatorStep(random);
                // An undo or redo waits for the frame showing it as saving (decision 0082): run as that frame would.
                session.waiting().settle();
            });
            assertDrawnAsBuilt(step);
        }
        HeadlessFx.run(() -> {
            session.execute(new MoveLayer(article.id(), mona.id(), WorkflowTransition.SUBMIT, ""));
            actor = rami;
            session.execute(new MoveLayer(article.id(), mona.id(), WorkflowTransition.TAKE_FOR_REVIEW, ""));
        });
        for (int step = 0; step < 80; step++) {
            HeadlessFx.run(() -> {
                reviewerStep(random);
                // An undo or redo waits for the frame showing it as saving (decision 0082): run as that frame would.
                session.waiting().settle();
            });
            assertDrawnAsBuilt(1000 + step);
        }
    }

    /**
     * A selection, an edit or a decision redraws only what it changed, of the paragraphs and of the review pane's
     * counts (decision 0034): after each step the shapes on screen are those a view drawn afresh draws, and the
     * layers' counts those of a count from scratch.
     */
    @Test
    void afterAnySequenceOfSelectionsAndChangesTheShapesAndCountsEqualAFreshView() {
        ReviewViewModel review = HeadlessFx.call(() -> new ReviewViewModel(session, id -> "#" + id));
        Random random = new Random(41);
        for (int step = 0; step < 160; step++) {
            if (step == 80) {
                HeadlessFx.run(() -> {
                    session.execute(new MoveLayer(article.id(), mona.id(), WorkflowTransition.SUBMIT, ""));
                    actor = rami;
                    session.execute(new MoveLayer(article.id(), mona.id(), WorkflowTransition.TAKE_FOR_REVIEW, ""));
                });
            }
            boolean reviewing = step >= 80;
            HeadlessFx.run(() -> {
                if (random.nextInt(3) == 0) {
                    selectionStep(random);
                } else if (reviewing) {
                    reviewerStep(random);
                } else {
                    annotatorStep(random);
                }
            });
            HeadlessFx.settle();
            int at = step;
            HeadlessFx.run(() -> {
                assertThat(review.layers()).as("layers after step %d", at)
                        .isEqualTo(new ReviewViewModel(session, id -> "#" + id).layers());
                assertThat(shapesOf(view)).as("shapes after step %d", at).isEqualTo(shapesOf(freshView()));
            });
        }
    }

    private void selectionStep(Random random) {
        List<Annotation> annotations = session.annotations();
        switch (random.nextInt(3)) {
            case 0 -> session.selectText(randomSpan(random));
            case 1 -> {
                if (!annotations.isEmpty()) {
                    session.selectAnnotation(annotations.get(random.nextInt(annotations.size())));
                }
            }
            default -> session.clearSelection();
        }
    }

    /** Another view of the same session and size, drawn from scratch. */
    private ArticleView freshView() {
        ShownArticleView fresh = ShownArticleView.show(session, 900, 700,
                setUp -> setUp.view().showSuggestions(suggestions));
        fresh.close();
        return fresh.view();
    }

    /** Each shape drawn over each paragraph on screen, by where it is and how it looks. */
    private static List<List<String>> shapesOf(ArticleView shown) {
        return shown.visibleParagraphs().stream()
                .sorted(java.util.Comparator.comparingInt(node -> node.paragraph().index()))
                .map(node -> node.painted().stream().map(PaintedShape::toString).toList())
                .toList();
    }

    private void assertDrawnAsBuilt(int step) {
        assertThat(HeadlessFx.call(view::highlighted)).as("after step %d", step)
                .isEqualTo(HeadlessFx.call(view::rebuilt));
    }

    private void annotatorStep(Random random) {
        List<Annotation> annotations = session.annotations();
        switch (random.nextInt(9)) {
            case 0, 1, 2 -> session.execute(new CreateAnnotation(new NewAnnotation(article.id(), mona.id(),
                    randomSpan(random), randomLabel(random), null, "", Provenance.MANUAL)));
            case 3 -> {
                if (!annotations.isEmpty()) {
                    session.execute(new DeleteAnnotation(annotations.get(random.nextInt(annotations.size()))));
                }
            }
            case 4 -> {
                if (!annotations.isEmpty()) {
                    session.execute(ChangeAnnotation.span(annotations.get(random.nextInt(annotations.size())),
                            randomSpan(random)));
                }
            }
            case 5 -> session.undo();
            case 6 -> session.redo();
            case 7 -> {
                // Another window of the same workspace tags; this one sees it on reload.
                workspace.annotations().create(new NewAnnotation(article.id(), mona.id(), randomSpan(random),
                        randomLabel(random), null, "", Provenance.MANUAL));
                session.reload();
            }
            default -> suggestionStep(random);
        }
    }

    private void reviewerStep(Random random) {
        List<Annotation> annotations = session.annotations();
        Annotation chosen = annotations.isEmpty() ? null : annotations.get(random.nextInt(annotations.size()));
        switch (random.nextInt(7)) {
            case 0, 1 -> {
                if (chosen != null) {
                    session.execute(new Decide(chosen, random.nextBoolean() ? ReviewStatus.ACCEPTED
                            : ReviewStatus.REJECTED, "why"));
                }
            }
            case 2 -> {
                if (chosen != null) {
                    session.execute(ChangeAnnotation.span(chosen, randomSpan(random)));
                }
            }
            case 3 -> session.undo();
            case 4 -> session.redo();
            case 5 -> {
                if (session.hiddenLayers().contains(mona.id())) {
                    session.hiddenLayers().remove(mona.id());
                } else {
                    session.hiddenLayers().add(mona.id());
                }
            }
            default -> suggestionStep(random);
        }
    }

    private void suggestionStep(Random random) {
        if (!suggestions.isEmpty() && random.nextBoolean()) {
            suggestions.remove(random.nextInt(suggestions.size()));
        } else if (random.nextInt(4) == 0) {
            suggestions.setAll(suggestion(random), suggestion(random));
        } else {
            suggestions.add(suggestion(random));
        }
    }

    private Suggestion suggestion(Random random) {
        return new Suggestion(article.id(), randomSpan(random), randomLabel(random), null,
                SuggestionSource.LEXICON, "test");
    }

    /** A word, or a run of words that may cross paragraphs. */
    private Span randomSpan(Random random) {
        ArticleText text = article.text();
        Span first = word(text, random);
        if (random.nextInt(3) > 0) {
            return first;
        }
        Span last = word(text, random);
        return new Span(Math.min(first.start(), last.start()), Math.max(first.end(), last.end()));
    }

    private static Span word(ArticleText text, Random random) {
        while (true) {
            Optional<Span> word = text.wordAt(random.nextInt(text.codePointLength()));
            if (word.isPresent()) {
                return word.get();
            }
        }
    }

    private static String randomLabel(Random random) {
        return List.of(Label.ENTITY, Label.CLAIM, Label.UNVERIFIED_SOURCE).get(random.nextInt(3));
    }

    private void tag(int paragraph, String word, String label) {
        int at = paragraph * (PARAGRAPH.length() + 2) + PARAGRAPH.indexOf(word);
        session.execute(new CreateAnnotation(new NewAnnotation(article.id(), mona.id(),
                article.text().spanFromUtf16(at, at + word.length()), label, null, "", Provenance.MANUAL)));
    }

    /** The shapes drawn over each paragraph on screen, in paragraph order. */
    private List<List<PaintedShape>> drawnShapes() {
        return view.visibleParagraphs().stream()
                .sorted(java.util.Comparator.comparingInt(node -> node.paragraph().index()))
                .map(ParagraphNode::painted).toList();
    }

    /** How many nodes make up a paragraph on screen: its text, its layers and all that is in them. */
    private static int nodesUnder(Node node) {
        int count = 1;
        if (node instanceof javafx.scene.Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                count += nodesUnder(child);
            }
        }
        return count;
    }
}

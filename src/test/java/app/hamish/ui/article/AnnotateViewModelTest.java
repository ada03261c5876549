package app.hamish.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.Label;
import app.hamish.model.Span;
import app.hamish.model.WorkflowTransition;
import app.hamish.service.Workspace;
import java.nio.file.Path;
import java.util.Locale;
import app.hamish.ui.session.ArticleSession;
import app.hamish.ui.session.MoveLayer;
import app.hamish.ui.session.OneArticle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Annotating without a window: selection rules, annotation commands and their undo, in code points. */
class AnnotateViewModelTest {
    private static final String TEXT = "كشفت مصادر مطلعة، أن اللواء «علي مملوك» زار والقاهرة 😀 بـ59 صاروخ.";

    @TempDir
    Path folder;
    private Workspace workspace;
    private ArticleSession session;
    private AnnotateViewModel model;
    private Article article;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder.resolve("w.db"));
        article = OneArticle.importInto(workspace, TEXT);
        Annotator mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
        session = OneArticle.session(workspace, article, mona, Locale.ENGLISH);
        model = new AnnotateViewModel(session);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    /** Where a word is, in code points (the emoji before some words counts as one). */
    private static Span range(String word) {
        int start = TEXT.codePointCount(0, TEXT.indexOf(word));
        return new Span(start, start + word.codePointCount(0, word.length()));
    }

    private String stored(Annotation annotation) {
        return article.text().slice(annotation.span());
    }

    @Test
    void aDragSnapsToWholeWordsAndDropsSurroundingPunctuation() {
        Span name = range("علي مملوك");
        // From inside «علي to inside مملوك», dragged right to left (focus before anchor).
        model.select(name.end() - 2, name.start() + 1, false);
        assertThat(session.selectionProperty().get()).isEqualTo(name);
        Span guillemets = range("«علي مملوك»");
        model.select(guillemets.start(), guillemets.end(), false);
        assertThat(session.selectionProperty().get()).isEqualTo(name);
    }

    @Test
    void aRefusalIsToldInTheLanguageOfTheInterfaceWithItsStateAndStepTranslated() {
        Annotator mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
        ArticleSession arabicSession = OneArticle.session(workspace, article, mona, Locale.forLanguageTag("ar"));
        AnnotateViewModel arabic = new AnnotateViewModel(arabicSession);
        arabic.select(range("القاهرة").start(), range("القاهرة").end(), true);
        arabic.annotate(Label.CLAIM, null);
        workspace.review().transition(article.id(), mona.id(), WorkflowTransition.SUBMIT, mona, "", null);

        arabic.select(range("مصادر").start(), range("مصادر").end(), true);
        arabic.annotate(Label.CLAIM, null);
        assertThat(arabicSession.hintProperty().get())
                .isEqualTo("قدّمتَ هذه المقالة للمراجعة؛ يمكن تعديلها مجددًا حين يعيدها المراجع إليك.");

        // Read again, as a notice would have it: a move made on the layer as it was is refused as changed since.
        arabicSession.reload();
        arabicSession.execute(new MoveLayer(article.id(), mona.id(), WorkflowTransition.SUBMIT, ""));
        assertThat(arabicSession.hintProperty().get())
                .isEqualTo("لا يمكن «تقديم للمراجعة»: حالة المقالة مقدَّمة (يجب أن تكون قيد العمل).");
    }

    @Test
    void altDragSelectsExactCharactersInsideAWord() {
        Span city = range("القاهرة");
        model.select(city.end(), city.start(), true);
        model.annotate(Label.ENTITY, "location");
        assertThat(session.annotations()).singleElement().satisfies(annotation -> {
            assertThat(stored(annotation)).isEqualTo("القاهرة");
            assertThat(annotation.subtype()).isEqualTo("location");
        });
        model.select(city.start() + 1, city.end() - 1, false);
        assertThat(session.selectionProperty().get()).isEqualTo(range("والقاهرة"));
    }

    @Test
    void doubleClickSelectsTheWordIncludingItsTatweelAndDigits() {
        model.selectWordAt(range("59").start());
        assertThat(session.selectionProperty().get()).isEqualTo(range("بـ59"));
    }

    @Test
    void annotatingNeedsASelectionAndRefusesDuplicatesWithAHint() {
        model.annotate(Label.CLAIM, null);
        assertThat(session.hintProperty().get()).contains("Select some text first");
        Span sources = range("مصادر مطلعة");
        model.select(sources.start(), sources.end(), false);
        model.annotate(Label.UNVERIFIED_SOURCE, null);
        model.select(sources.start(), sources.end(), false);
        model.annotate(Label.UNVERIFIED_SOURCE, null);
        assertThat(session.hintProperty().get()).contains("already exists");
        assertThat(session.annotations()).hasSize(1);
        assertThat(workspace.annotations().ofArticle(article.id())).hasSize(1);
    }

    @Test
    void offsetsAfterAnEmojiAreCodePoints() {
        // What the view's hit test reports (UTF-16, the drawing's unit) becomes code points at the view's edge.
        int utf16 = TEXT.indexOf("صاروخ");
        model.select(article.text().toCodePointsRoundingDown(utf16),
                article.text().toCodePointsRoundingDown(utf16 + "صاروخ".length()), false);
        model.annotate(Label.CLAIM, null);
        Annotation created = session.selectedProperty().get();
        int codePointStart = TEXT.codePointCount(0, utf16);
        assertThat(created.span()).isEqualTo(new Span(codePointStart, codePointStart + "صاروخ".length()));
        assertThat(stored(created)).isEqualTo("صاروخ");
    }

    @Test
    void boundariesMoveByKeyAndUndoRestoresEachStep() {
        Span city = range("والقاهرة");
        model.select(city.start(), city.end(), false);
        model.annotate(Label.ENTITY, null);
        model.moveBoundary(AnnotateViewModel.Boundary.START, 1);
        assertThat(stored(session.selectedProperty().get())).isEqualTo("القاهرة");
        model.moveBoundary(AnnotateViewModel.Boundary.END, 2);
        assertThat(stored(session.selectedProperty().get())).isEqualTo("القاهرة 😀");
        model.setNote("the city, without the clitic");
        assertThat(workspace.annotations().ofArticle(article.id()).getFirst().note())
                .isEqualTo("the city, without the clitic");

        session.undo();
        session.undo();
        assertThat(workspace.annotations().ofArticle(article.id())).singleElement()
                .satisfies(annotation -> assertThat(stored(annotation)).isEqualTo("القاهرة"));
        session.redo();
        assertThat(stored(session.annotations().getFirst())).isEqualTo("القاهرة 😀");
    }

    @Test
    void aBoundaryCannotLeaveTheTextOrCrossTheOtherEnd() {
        Span first = range("كشفت");
        model.select(first.start(), first.end(), false);
        model.annotate(Label.CLAIM, null);
        model.moveBoundary(AnnotateViewModel.Boundary.START, -1);
        assertThat(session.hintProperty().get()).contains("cannot grow or shrink");
        model.moveBoundary(AnnotateViewModel.Boundary.END, -4);
        assertThat(stored(session.annotations().getFirst())).isEqualTo("كشفت");
    }

    @Test
    void aClaimIsLinkedToTheSourceClickedAfterPressingL() {
        Span sources = range("مصادر مطلعة");
        model.select(sources.start(), sources.end(), false);
        model.annotate(Label.UNVERIFIED_SOURCE, null);
        Annotation source = session.selectedProperty().get();
        Span visit = range("زار والقاهرة");
        model.select(visit.start(), visit.end(), false);
        model.annotate(Label.CLAIM, null);
        Annotation claim = session.selectedProperty().get();

        model.beginLink();
        assertThat(session.linkingProperty().get()).isTrue();
        model.click(model.annotationAt(sources.start()).orElseThrow());
        assertThat(workspace.annotations().relations(article.id())).singleElement().satisfies(relation -> {
            assertThat(relation.fromAnnotationId()).isEqualTo(claim.id());
            assertThat(relation.toAnnotationId()).isEqualTo(source.id());
        });
        session.undo();
        assertThat(workspace.annotations().relations(article.id())).isEmpty();
        session.redo();
        assertThat(session.relations()).hasSize(1);
        assertThat(workspace.annotations().relations(article.id())).hasSize(1);
    }

    @Test
    void anExactSelectionNeverSplitsAnEmoji() {
        // A hit test can land between the emoji's two UTF-16 halves; at the view's edge that is the emoji's start.
        int emoji = TEXT.indexOf("😀");
        model.select(article.text().toCodePointsRoundingDown(emoji + 1),
                article.text().toCodePointsRoundingDown(emoji + 2), true);
        assertThat(session.selectionProperty().get()).isEqualTo(range("😀"));
    }

    @Test
    void linkingEndsWhenTheAnalystClicksElsewhereOrSelectsText() {
        Span sources = range("مصادر مطلعة");
        model.select(sources.start(), sources.end(), false);
        model.annotate(Label.UNVERIFIED_SOURCE, null);
        model.beginLink();
        model.click(null);
        assertThat(session.linkingProperty().get()).isFalse();
        model.beginLink();
        model.select(0, 4, false);
        assertThat(session.linkingProperty().get()).isFalse();
    }

    @Test
    void clickingWhereAnnotationsOverlapPicksTheShortest() {
        Span sentence = range("زار والقاهرة");
        model.select(sentence.start(), sentence.end(), false);
        model.annotate(Label.CLAIM, null);
        Span city = range("والقاهرة");
        model.select(city.start(), city.end(), false);
        model.annotate(Label.ENTITY, null);
        assertThat(model.annotationAt(city.start() + 2)).hasValueSatisfying(
                annotation -> assertThat(annotation.label()).isEqualTo(Label.ENTITY));
        assertThat(model.annotationAt(sentence.start())).hasValueSatisfying(
                annotation -> assertThat(annotation.label()).isEqualTo(Label.CLAIM));
        assertThat(model.annotationAt(0)).isEmpty();
    }

    @Test
    void deletingAndUndoingBringsBackTheSameAnnotation() {
        Span name = range("علي مملوك");
        model.select(name.start(), name.end(), false);
        model.annotate(Label.ENTITY, "person");
        Annotation created = session.selectedProperty().get();
        model.deleteSelected();
        assertThat(workspace.annotations().ofArticle(article.id())).isEmpty();
        session.undo();
        assertThat(workspace.annotations().ofArticle(article.id())).containsExactly(created);
        assertThat(session.annotations()).containsExactly(created);
    }
}

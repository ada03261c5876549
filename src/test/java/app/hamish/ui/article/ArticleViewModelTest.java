package app.hamish.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.io.ArticleFiles;
import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.Label;
import app.hamish.model.Span;
import app.hamish.model.WorkflowTransition;
import app.hamish.service.Workspace;
import app.hamish.ui.Messages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.IndexRange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The article view's behaviour without a window: selection rules, annotation commands, undo. */
class ArticleViewModelTest {
    private static final String TEXT = "كشفت مصادر مطلعة، أن اللواء «علي مملوك» زار والقاهرة 😀 بـ59 صاروخ.";

    @TempDir
    Path folder;
    private Workspace workspace;
    private ArticleViewModel model;
    private Article article;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder.resolve("w.db"));
        article = workspace.corpus().importArticles(List.of(ArticleFiles.fromText(
                TEXT.getBytes(StandardCharsets.UTF_8), "a.txt", "a.txt"))).imported().getFirst();
        Annotator mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
        model = new ArticleViewModel(workspace.annotations(), workspace.review(), () -> mona,
                Messages.bundle(Locale.ENGLISH));
        model.open(article);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private static IndexRange range(String word) {
        int start = TEXT.indexOf(word);
        return new IndexRange(start, start + word.length());
    }

    private String stored(Annotation annotation) {
        return article.text().slice(annotation.span());
    }

    @Test
    void aDragSnapsToWholeWordsAndDropsSurroundingPunctuation() {
        IndexRange name = range("علي مملوك");
        // From inside «علي to inside مملوك», dragged right to left (focus before anchor).
        model.select(name.getEnd() - 2, name.getStart() + 1, false);
        assertThat(model.selectionProperty().get()).isEqualTo(name);
        IndexRange guillemets = range("«علي مملوك»");
        model.select(guillemets.getStart(), guillemets.getEnd(), false);
        assertThat(model.selectionProperty().get()).isEqualTo(name);
    }

    @Test
    void aRefusalIsToldInTheLanguageOfTheInterfaceWithItsStateAndStepTranslated() {
        Annotator mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
        ArticleViewModel arabic = new ArticleViewModel(workspace.annotations(), workspace.review(), () -> mona,
                Messages.bundle(Locale.forLanguageTag("ar")));
        arabic.open(article);
        arabic.select(range("القاهرة").getStart(), range("القاهرة").getEnd(), true);
        arabic.annotate(Label.CLAIM, null);
        workspace.review().transition(article.id(), mona.id(), WorkflowTransition.SUBMIT, mona, "");

        arabic.select(range("مصادر").getStart(), range("مصادر").getEnd(), true);
        arabic.annotate(Label.CLAIM, null);
        assertThat(arabic.hintProperty().get())
                .isEqualTo("قدّمتَ هذه المقالة للمراجعة؛ يمكن تعديلها مجددًا حين يعيدها المراجع إليك.");

        arabic.commit(() -> workspace.review().transition(article.id(), mona.id(), WorkflowTransition.SUBMIT, mona,
                ""));
        assertThat(arabic.hintProperty().get())
                .isEqualTo("لا يمكن «تقديم للمراجعة»: حالة المقالة مقدَّمة (يجب أن تكون قيد العمل).");
    }

    @Test
    void altDragSelectsExactCharactersInsideAWord() {
        IndexRange city = range("القاهرة");
        model.select(city.getEnd(), city.getStart(), true);
        model.annotate(Label.ENTITY, "location");
        assertThat(model.annotations()).singleElement().satisfies(annotation -> {
            assertThat(stored(annotation)).isEqualTo("القاهرة");
            assertThat(annotation.subtype()).isEqualTo("location");
        });
        model.select(city.getStart() + 1, city.getEnd() - 1, false);
        assertThat(model.selectionProperty().get()).isEqualTo(range("والقاهرة"));
    }

    @Test
    void doubleClickSelectsTheWordIncludingItsTatweelAndDigits() {
        model.selectWordAt(TEXT.indexOf("59"));
        assertThat(model.selectionProperty().get()).isEqualTo(range("بـ59"));
    }

    @Test
    void annotatingNeedsASelectionAndRefusesDuplicatesWithAHint() {
        model.annotate(Label.CLAIM, null);
        assertThat(model.hintProperty().get()).contains("Select some text first");
        IndexRange sources = range("مصادر مطلعة");
        model.select(sources.getStart(), sources.getEnd(), false);
        model.annotate(Label.UNVERIFIED_SOURCE, null);
        model.select(sources.getStart(), sources.getEnd(), false);
        model.annotate(Label.UNVERIFIED_SOURCE, null);
        assertThat(model.hintProperty().get()).contains("already exists");
        assertThat(model.annotations()).hasSize(1);
        assertThat(workspace.annotations().ofArticle(article.id())).hasSize(1);
    }

    @Test
    void offsetsAfterAnEmojiAreCodePoints() {
        IndexRange missiles = range("صاروخ");
        model.select(missiles.getStart(), missiles.getEnd(), false);
        model.annotate(Label.CLAIM, null);
        Annotation created = model.selectedProperty().get();
        int codePointStart = TEXT.codePointCount(0, missiles.getStart());
        assertThat(created.span()).isEqualTo(new Span(codePointStart, codePointStart + "صاروخ".length()));
        assertThat(stored(created)).isEqualTo("صاروخ");
    }

    @Test
    void boundariesMoveByKeyAndUndoRestoresEachStep() {
        IndexRange city = range("والقاهرة");
        model.select(city.getStart(), city.getEnd(), false);
        model.annotate(Label.ENTITY, null);
        model.moveBoundary(ArticleViewModel.Boundary.START, 1);
        assertThat(stored(model.selectedProperty().get())).isEqualTo("القاهرة");
        model.moveBoundary(ArticleViewModel.Boundary.END, 2);
        assertThat(stored(model.selectedProperty().get())).isEqualTo("القاهرة 😀");
        model.setNote("the city, without the clitic");
        assertThat(workspace.annotations().ofArticle(article.id()).getFirst().note())
                .isEqualTo("the city, without the clitic");

        model.undo();
        model.undo();
        assertThat(workspace.annotations().ofArticle(article.id())).singleElement()
                .satisfies(annotation -> assertThat(stored(annotation)).isEqualTo("القاهرة"));
        model.redo();
        assertThat(stored(model.annotations().getFirst())).isEqualTo("القاهرة 😀");
    }

    @Test
    void aBoundaryCannotLeaveTheTextOrCrossTheOtherEnd() {
        IndexRange first = range("كشفت");
        model.select(first.getStart(), first.getEnd(), false);
        model.annotate(Label.CLAIM, null);
        model.moveBoundary(ArticleViewModel.Boundary.START, -1);
        assertThat(model.hintProperty().get()).contains("cannot grow or shrink");
        model.moveBoundary(ArticleViewModel.Boundary.END, -4);
        assertThat(stored(model.annotations().getFirst())).isEqualTo("كشفت");
    }

    @Test
    void aClaimIsLinkedToTheSourceClickedAfterPressingL() {
        IndexRange sources = range("مصادر مطلعة");
        model.select(sources.getStart(), sources.getEnd(), false);
        model.annotate(Label.UNVERIFIED_SOURCE, null);
        Annotation source = model.selectedProperty().get();
        IndexRange visit = range("زار والقاهرة");
        model.select(visit.getStart(), visit.getEnd(), false);
        model.annotate(Label.CLAIM, null);
        Annotation claim = model.selectedProperty().get();

        model.beginLink();
        assertThat(model.linkingProperty().get()).isTrue();
        model.click(model.annotationAt(sources.getStart()).orElseThrow());
        assertThat(workspace.annotations().relations(article.id())).singleElement().satisfies(relation -> {
            assertThat(relation.fromAnnotationId()).isEqualTo(claim.id());
            assertThat(relation.toAnnotationId()).isEqualTo(source.id());
        });
        model.undo();
        assertThat(workspace.annotations().relations(article.id())).isEmpty();
        model.redo();
        assertThat(model.relations()).hasSize(1);
        assertThat(workspace.annotations().relations(article.id())).hasSize(1);
    }

    @Test
    void anExactSelectionNeverSplitsAnEmoji() {
        int emoji = TEXT.indexOf("😀");
        model.select(emoji + 1, emoji + 2, true);
        assertThat(model.selectionProperty().get()).isEqualTo(new IndexRange(emoji, emoji + 2));
    }

    @Test
    void linkingEndsWhenTheAnalystClicksElsewhereOrSelectsText() {
        IndexRange sources = range("مصادر مطلعة");
        model.select(sources.getStart(), sources.getEnd(), false);
        model.annotate(Label.UNVERIFIED_SOURCE, null);
        model.beginLink();
        model.click(null);
        assertThat(model.linkingProperty().get()).isFalse();
        model.beginLink();
        model.select(0, 4, false);
        assertThat(model.linkingProperty().get()).isFalse();
    }

    @Test
    void clickingWhereAnnotationsOverlapPicksTheShortest() {
        IndexRange sentence = range("زار والقاهرة");
        model.select(sentence.getStart(), sentence.getEnd(), false);
        model.annotate(Label.CLAIM, null);
        IndexRange city = range("والقاهرة");
        model.select(city.getStart(), city.getEnd(), false);
        model.annotate(Label.ENTITY, null);
        assertThat(model.annotationAt(city.getStart() + 2)).hasValueSatisfying(
                annotation -> assertThat(annotation.label()).isEqualTo(Label.ENTITY));
        assertThat(model.annotationAt(sentence.getStart())).hasValueSatisfying(
                annotation -> assertThat(annotation.label()).isEqualTo(Label.CLAIM));
        assertThat(model.annotationAt(0)).isEmpty();
    }

    @Test
    void deletingAndUndoingBringsBackTheSameAnnotation() {
        IndexRange name = range("علي مملوك");
        model.select(name.getStart(), name.getEnd(), false);
        model.annotate(Label.ENTITY, "person");
        Annotation created = model.selectedProperty().get();
        model.deleteSelected();
        assertThat(workspace.annotations().ofArticle(article.id())).isEmpty();
        model.undo();
        assertThat(workspace.annotations().ofArticle(article.id())).containsExactly(created);
        assertThat(model.annotations()).containsExactly(created);
    }
}

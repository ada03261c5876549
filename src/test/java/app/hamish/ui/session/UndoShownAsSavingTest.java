package app.hamish.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.Provenance;
import app.hamish.model.Span;
import app.hamish.service.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Undo and redo show what they will change as saving, as a tag does, and commit only after the frame showing it
 * (decision 0082); behind an edit still waiting they show nothing of their own and run after it. The frames are
 * played by hand, as the view's pulses would call them; the workspace is a real file.
 */
class UndoShownAsSavingTest {
    private static final Span FIRST = new Span(0, 3);
    private static final Span SECOND = new Span(4, 6);

    /** The frames the waiting edits asked for, not drawn yet. */
    private final List<Runnable> frames = new ArrayList<>();
    private ArticleSession session;
    private Annotator mona;
    private Article article;
    private Workspace workspace;

    @TempDir
    Path folder;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder.resolve("w.db"));
        article = OneArticle.importInto(workspace, "خبر من القاهرة عن المفاوضات");
        mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
        session = OneArticle.session(workspace, article, mona, Locale.ENGLISH);
        session.waiting().showWith(frames::add);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void anUndoShowsTheTagGoingAsSavingAndCommitsOnlyAfterItsFrame() {
        Annotation tag = tag(FIRST);

        session.undo();

        assertThat(session.waiting().look()).containsExactly(new Saving(FIRST, Label.ENTITY, Saving.Kind.REMOVED));
        assertThat(session.annotations()).as("shown as before until its commit").containsExactly(tag);
        assertThat(stored()).as("and stored as before").containsExactly(tag);
        assertThat(session.saveStateProperty().get()).isEqualTo(SaveState.SAVING);

        nextFrame();

        assertThat(session.waiting().look()).isEmpty();
        assertThat(session.annotations()).isEmpty();
        assertThat(stored()).isEmpty();
        assertThat(session.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
    }

    @Test
    void aRedoShowsTheTagComingBackAsSavingAndCommitsOnlyAfterItsFrame() {
        tag(FIRST);
        session.undo();
        nextFrame();

        session.redo();

        assertThat(session.waiting().look()).containsExactly(new Saving(FIRST, Label.ENTITY, Saving.Kind.ADDED));
        assertThat(session.annotations()).isEmpty();
        assertThat(stored()).isEmpty();

        nextFrame();

        assertThat(session.waiting().look()).isEmpty();
        assertThat(session.annotations()).extracting(Annotation::span).containsExactly(FIRST);
        assertThat(stored()).extracting(Annotation::span).containsExactly(FIRST);
    }

    @Test
    void anUndoOfADeletionShowsTheAnnotationComingBack() {
        Annotation tag = tag(FIRST);
        assertThat(session.execute(new DeleteAnnotation(tag))).isTrue();

        session.undo();

        assertThat(session.waiting().look()).containsExactly(new Saving(FIRST, Label.ENTITY, Saving.Kind.ADDED));
        assertThat(stored()).isEmpty();

        nextFrame();

        assertThat(session.waiting().look()).isEmpty();
        assertThat(stored()).containsExactly(tag.atVersion(stored().getFirst().version()));
    }

    @Test
    void anUndoRefusedBecauseTheAnnotationChangedElsewhereLeavesNoSavingLookAndTheWorkspaceAsItWas() {
        Annotation tag = tag(FIRST);
        // As another window of the same analyst would, past this session.
        Annotation elsewhere = workspace.annotations().update(new Annotation(tag.id(), tag.articleId(),
                tag.annotatorId(), tag.span(), Label.CLAIM, null, "", tag.provenance(), tag.created(), tag.updated(),
                tag.version()), mona);

        session.undo();
        assertThat(session.waiting().look()).as("shown as saving first").hasSize(1);
        nextFrame();

        assertThat(session.waiting().look()).isEmpty();
        assertThat(session.hintProperty().get()).isNotEmpty();
        assertThat(stored()).containsExactly(elsewhere);
        assertThat(session.annotations()).as("shown as stored").containsExactly(elsewhere);
        assertThat(session.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
        assertThat(session.canRedoProperty().get()).as("nothing undone to redo").isFalse();
    }

    @Test
    void anUndoPressedWhileATagWaitsShowsNothingOfItsOwnAndUndoesThatTag() {
        Annotation earlier = tag(FIRST);
        session.selectText(SECOND);

        pressTag(SECOND);
        session.undo();

        assertThat(session.waiting().look()).as("the waiting tag's look alone, not the earlier tag going")
                .containsExactly(new Saving(SECOND, Label.ENTITY, Saving.Kind.ADDED));

        nextFrame();

        assertThat(stored()).containsExactly(earlier);
        assertThat(session.redoNameProperty().get()).isEqualTo("tag");
        assertThat(session.waiting().look()).isEmpty();
    }

    @Test
    void aTagPressedWhileAnUndoWaitsRunsAfterIt() {
        tag(FIRST);
        session.selectText(SECOND);

        session.undo();
        pressTag(SECOND);
        nextFrame();

        assertThat(stored()).extracting(Annotation::span).containsExactly(SECOND);
        assertThat(session.undoNameProperty().get()).isEqualTo("tag");
        assertThat(session.canRedoProperty().get()).as("a new edit after the undo: nothing to redo").isFalse();
    }

    /** A tag committed at once, as the keys did before they could wait. */
    private Annotation tag(Span span) {
        CreateAnnotation create = new CreateAnnotation(new NewAnnotation(article.id(), mona.id(), span, Label.ENTITY,
                null, "", Provenance.MANUAL));
        assertThat(session.execute(create)).isTrue();
        return create.created();
    }

    /** A tag as its key hands it on: shown as saving, run after the frame. */
    private void pressTag(Span span) {
        List<Saving> look = session.waiting().isWaiting() ? List.of()
                : List.of(new Saving(span, Label.ENTITY, Saving.Kind.ADDED));
        session.waiting().run(look, () -> session.execute(new CreateAnnotation(new NewAnnotation(article.id(),
                mona.id(), span, Label.ENTITY, null, "", Provenance.MANUAL))));
    }

    /** The frame the waiting edits asked for has been drawn. */
    private void nextFrame() {
        List<Runnable> drawn = List.copyOf(frames);
        frames.clear();
        drawn.forEach(Runnable::run);
    }

    private List<Annotation> stored() {
        return workspace.annotations().ofArticle(article.id());
    }
}

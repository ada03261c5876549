package app.hamish.ui.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.Provenance;
import app.hamish.model.Span;
import app.hamish.model.Suggestion;
import app.hamish.model.WorkflowTransition;
import app.hamish.service.CueLexicons;
import app.hamish.service.SuggestionService;
import app.hamish.service.Workspace;
import app.hamish.ui.shell.Messages;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session as the one way the open article changes: commit first, then show; refusals change nothing. */
class ArticleSessionTest {
    private static final String TEXT = "قال مصدر إن علي مملوك زار القاهرة.";

    @TempDir
    Path folder;
    private Workspace workspace;
    private Article article;
    private Annotator mona;
    private ArticleSession session;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder.resolve("w.db"));
        article = OneArticle.importInto(workspace, TEXT);
        mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
        session = OneArticle.session(workspace, article, mona, Locale.ENGLISH);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private CreateAnnotation create(String words, String label) {
        int start = TEXT.indexOf(words);
        return new CreateAnnotation(new NewAnnotation(article.id(), mona.id(), new Span(start,
                start + words.length()), label, null, "", Provenance.MANUAL));
    }

    @Test
    void aReloadThatFailsAfterShowingAColleaguesAnnotationStillSignalsTheChange() throws SQLException {
        Annotator samir = workspace.annotations().annotator("samir", Annotator.Role.ANNOTATOR);
        int start = TEXT.indexOf("القاهرة");
        workspace.annotations().create(new NewAnnotation(article.id(), samir.id(), new Span(start,
                start + "القاهرة".length()), Label.ENTITY, null, "", Provenance.MANUAL));
        long before = session.changesProperty().get();
        // The relations' read after the annotations' fails, as a server lost between the two would make it.
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("w.db"));
                Statement statement = other.createStatement()) {
            statement.execute("ALTER TABLE relations RENAME TO relations_gone");
        }

        assertThatThrownBy(session::reload).isInstanceOf(RuntimeException.class);

        assertThat(session.annotations()).as("the colleague's annotation is shown").hasSize(1);
        assertThat(session.changesProperty().get()).as("those drawing on the session (suggestions) hear of it")
                .isGreaterThan(before);
    }

    @Test
    void undoAndRedoAreNamedAfterTheEditTheyWouldTakeBackInTheInterfacesLanguage() {
        assertThat(session.undoNameProperty().get()).isEmpty();
        session.execute(create("علي مملوك", Label.ENTITY));
        assertThat(session.undoNameProperty().get()).isEqualTo("tag");
        session.execute(new DeleteAnnotation(session.annotations().getFirst()));
        assertThat(session.undoNameProperty().get()).isEqualTo("delete annotation");

        session.undo();
        assertThat(session.undoNameProperty().get()).isEqualTo("tag");
        assertThat(session.redoNameProperty().get()).isEqualTo("delete annotation");

        session.useMessages(Messages.bundle(Locale.forLanguageTag("ar")));
        assertThat(session.redoNameProperty().get()).isEqualTo("حذف الوسم");
        session.redo();
        assertThat(session.annotations()).isEmpty();
        assertThat(workspace.annotations().ofArticle(article.id())).isEmpty();
    }

    @Test
    void aRefusedEditChangesNothingShownOrStoredAndIsNotUndoable() {
        session.execute(create("علي مملوك", Label.ENTITY));
        workspace.review().transition(article.id(), mona.id(), WorkflowTransition.SUBMIT, mona, "", null);

        assertThat(session.execute(create("القاهرة", Label.ENTITY))).isFalse();
        assertThat(session.hintProperty().get()).contains("submitted");
        assertThat(session.annotations()).hasSize(1);
        assertThat(workspace.annotations().ofArticle(article.id())).hasSize(1);
        assertThat(session.undoNameProperty().get()).isEqualTo("tag");
        assertThat(session.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
    }

    @Test
    void anEditThatFailsPartWayLeavesNothingStoredOrShown() {
        CreateAnnotation first = create("علي مملوك", Label.ENTITY);
        // Two writes, the second refused: as a reviewer's undo whose decision cannot be put back.
        Edit partWay = new Edit() {
            @Override
            public void apply(EditContext context) {
                first.apply(context);
                throw new app.hamish.service.RefusedException("the second write is refused");
            }

            @Override
            public void revert(EditContext context) {
                first.revert(context);
            }

            @Override
            public String nameKey() {
                return "edit.create";
            }
        };

        assertThat(session.execute(partWay)).isFalse();
        assertThat(session.hintProperty().get()).isEqualTo("the second write is refused");
        assertThat(workspace.annotations().ofArticle(article.id())).as("rolled back as one").isEmpty();
        assertThat(session.annotations()).as("nothing of it shown").isEmpty();
        assertThat(session.canUndoProperty().get()).isFalse();
    }

    @Test
    void aRejectionRolledBackLeavesTheSuggestionsOfferedAsTheyWere() {
        SuggestionService suggestions = workspace.suggestions(CueLexicons.load(List.of()));
        List<Suggestion> before = suggestions.offered(article);
        assertThat(before).isNotEmpty();
        Suggestion source = before.getFirst();
        Change partWay = context -> {
            new RejectSuggestion(suggestions, source).apply(context);
            throw new app.hamish.service.RefusedException("a later write in the same change is refused");
        };

        assertThat(session.execute(partWay)).isFalse();
        assertThat(suggestions.offered(article)).as("the words rejected only in what was rolled back")
                .containsExactlyElementsOf(before);
        assertThat(session.execute(new RejectSuggestion(suggestions, source))).isTrue();
        assertThat(suggestions.offered(article)).doesNotContain(source);
    }

    @Test
    void aChangeMadeElsewhereArrivesOnReloadAndUndoStillTakesBackTheAnalystsOwnEdit() {
        session.execute(create("علي مملوك", Label.ENTITY));
        // Another window on the same workspace (later: another person on the server) tags the city.
        workspace.annotations().create(new NewAnnotation(article.id(), mona.id(), new Span(TEXT.indexOf("القاهرة"),
                TEXT.indexOf("القاهرة") + "القاهرة".length()), Label.ENTITY, "location", "", Provenance.MANUAL));
        assertThat(session.annotations()).hasSize(1);

        session.reload();
        assertThat(session.annotations()).containsExactlyElementsOf(workspace.annotations().ofArticle(article.id()));
        session.undo();
        assertThat(session.annotations()).singleElement().satisfies(annotation ->
                assertThat(annotation.subtype()).isEqualTo("location"));
        assertThat(workspace.annotations().ofArticle(article.id())).hasSize(1);
    }

    @Test
    void aReloadShowsOnlyWhatChangedElsewhereSoTheViewRedrawsNoMore() {
        session.execute(create("علي مملوك", Label.ENTITY));
        session.execute(create("مصدر", Label.UNVERIFIED_SOURCE));
        workspace.annotations().create(new NewAnnotation(article.id(), mona.id(), new Span(TEXT.indexOf("القاهرة"),
                TEXT.indexOf("القاهرة") + "القاهرة".length()), Label.ENTITY, "location", "", Provenance.MANUAL));
        List<String> changes = new ArrayList<>();
        session.annotations().addListener((ListChangeListener<Annotation>) change -> {
            while (change.next()) {
                changes.add(change.getRemovedSize() + " removed, " + change.getAddedSize() + " added");
            }
        });

        session.reload();

        assertThat(changes).containsExactly("0 removed, 1 added");
        assertThat(session.annotations()).containsExactlyElementsOf(workspace.annotations().ofArticle(article.id()));
    }

    @Test
    void theLayerStatesShownFollowAWorkflowMove() {
        session.execute(create("علي مملوك", Label.ENTITY));
        assertThat(session.execute(new MoveLayer(article.id(), mona.id(), WorkflowTransition.SUBMIT, ""))).isTrue();
        assertThat(session.layerStates()).singleElement().satisfies(state ->
                assertThat(state.state()).isEqualTo(app.hamish.model.WorkflowState.SUBMITTED));
        assertThat(session.canUndoProperty().get()).as("a workflow move is not an edit").isTrue();
        assertThat(session.undoNameProperty().get()).isEqualTo("tag");
    }
}

package app.hamish.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.Provenance;
import app.hamish.model.Span;
import app.hamish.model.WorkflowTransition;
import app.hamish.service.Workspace;
import app.hamish.ui.article.AnnotateViewModel;
import app.hamish.ui.session.ArticleSession;
import app.hamish.ui.session.CreateAnnotation;
import app.hamish.ui.session.OneArticle;
import app.hamish.ui.shell.HeadlessFx;
import app.hamish.ui.shell.Messages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review pane builds ahead the entry an analyst's first tag on an article gives their layer (decision 0079):
 * the same layer a first tag lists, built, styled and taken away without a trace in the pane or the session.
 */
class ReviewPaneBuiltAheadTest {
    private static final String TEXT = "قال مصدر إن علي مملوك زار القاهرة.";

    @TempDir
    Path folder;
    private Workspace workspace;
    private Article article;
    private Annotator mona;
    private ArticleSession session;
    private ReviewViewModel review;
    private Stage stage;
    private ReviewPane pane;
    /** How often the session asked who acts: in the window, the answer may write the user into the workspace. */
    private final AtomicInteger asked = new AtomicInteger();

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder.resolve("w.db"));
        article = OneArticle.importInto(workspace, TEXT);
        mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
        Annotator omar = workspace.annotations().annotator("omar", Annotator.Role.ANNOTATOR);
        workspace.annotations().create(new NewAnnotation(article.id(), omar.id(), new Span(0, 3), Label.ENTITY, null,
                "", Provenance.MANUAL));
        HeadlessFx.start();
        HeadlessFx.run(() -> {
            session = OneArticle.session(workspace, article, () -> {
                asked.incrementAndGet();
                return mona;
            }, Locale.ENGLISH);
            review = new ReviewViewModel(session, id -> id == mona.id() ? "mona" : "omar");
        });
    }

    @AfterEach
    void close() {
        if (pane != null) {
            HeadlessFx.run(() -> {
                pane.dispose();
                stage.close();
            });
        }
        workspace.close();
    }

    /** The review pane on the session, in a window of its own, shown and laid out. */
    private void showPane() {
        stage = HeadlessFx.call(Stage::new);
        pane = HeadlessFx.call(() -> new ReviewPane(new AnnotateViewModel(session), review,
                question -> Optional.empty(), Messages.bundle(Locale.ENGLISH)));
        HeadlessFx.run(() -> {
            stage.setScene(new Scene(pane.node(), 400, 300));
            stage.show();
        });
        HeadlessFx.settle();
    }

    @Test
    void theLayerBuiltAheadIsTheOneAFirstTagListsWithTheSameMoves() {
        ReviewViewModel.Layer ahead = HeadlessFx.call(review::ownAsFirstTagged);

        HeadlessFx.run(this::tag);

        HeadlessFx.run(() -> {
            ReviewViewModel.Layer own = review.layers().stream().filter(layer -> layer.annotatorId() == mona.id())
                    .findFirst().orElseThrow();
            assertThat(List.of(ahead.state(), ahead.comment(), ahead.annotations(), ahead.undecided()))
                    .isEqualTo(List.of(own.state(), own.comment(), own.annotations(), own.undecided()));
            for (WorkflowTransition transition : WorkflowTransition.values()) {
                assertThat(review.offers(ahead, transition)).as(transition.name())
                        .isEqualTo(review.offers(own, transition));
            }
        });
    }

    @Test
    void buildingAheadDoesNotAskWhoTheUserIs() {
        showPane();
        int shown = asked.get();

        HeadlessFx.run(pane::buildAhead);
        HeadlessFx.settle();

        assertThat(asked).as("who the user is asked (on a server, a login's refusal) by building ahead")
                .hasValue(shown);
    }

    @Test
    void buildingAheadLeavesNoTraceInThePaneOrTheSession() {
        showPane();
        List<Node> before = HeadlessFx.call(() -> nodes(pane.node()));
        Set<Long> hidden = HeadlessFx.call(() -> Set.copyOf(session.hiddenLayers()));

        HeadlessFx.run(pane::buildAhead);
        HeadlessFx.settle();

        HeadlessFx.run(() -> {
            assertThat(nodes(pane.node())).as("the pane's nodes").containsExactlyElementsOf(before);
            assertThat(pane.node().lookup("#layer-mona")).as("mona's layer before her first tag").isNull();
            assertThat(session.hiddenLayers()).containsExactlyInAnyOrderElementsOf(hidden);
        });

        HeadlessFx.run(this::tag);
        HeadlessFx.settle();
        HeadlessFx.run(() -> {
            Node own = pane.node().lookup("#layer-mona");
            assertThat(own).as("mona's layer after her first tag").isNotNull();
            assertThat(own.isVisible() && own.getParent().isVisible() && own.getParent().isManaged()).isTrue();
        });
    }

    private void tag() {
        int at = TEXT.indexOf("علي مملوك");
        session.execute(new CreateAnnotation(new NewAnnotation(article.id(), mona.id(), new Span(at, at + 9),
                Label.ENTITY, null, "", Provenance.MANUAL)));
    }

    private static List<Node> nodes(Parent root) {
        List<Node> all = new ArrayList<>();
        all.add(root);
        for (Node child : root.getChildrenUnmodifiable()) {
            if (child instanceof Parent parent) {
                all.addAll(nodes(parent));
            } else {
                all.add(child);
            }
        }
        return all;
    }
}

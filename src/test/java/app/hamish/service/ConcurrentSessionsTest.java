package app.hamish.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.StoreBackend;
import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.ArticleText;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.NewArticle;
import app.hamish.model.Provenance;
import app.hamish.model.ReviewStatus;
import app.hamish.model.Span;
import app.hamish.model.WorkflowState;
import app.hamish.model.WorkflowTransition;
import app.hamish.store.WorkspaceStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two sessions on one workspace (the workbench's own thread and its background work today, two people on a shared
 * workspace later) each check a rule and then write. Whatever the second does between the first one's check and its
 * write must not slip past the check: so the check and the write are one transaction. The workspace is a real
 * SQLite file or a database on the real PostgreSQL server, and the store the real one; the second session starts at
 * the worst moment, as the first reads the layer's state, the last read of its check before it writes.
 */
@ParameterizedClass
@EnumSource(StoreBackend.class)
class ConcurrentSessionsTest {
    @Parameter
    StoreBackend backend;
    /** How long the first session lets the second run before going on, if the second neither ends nor blocks. */
    private static final Duration PAUSE = Duration.ofSeconds(3);

    @TempDir
    Path folder;

    @Test
    void twoSessionsAddingTheSameAnnotationAtOnceCommitItOnceAndRefuseTheOther() throws Exception {
        Interleaving between = new Interleaving();
        try (Workspace workspace = between.workspace(backend.newPlace(folder).open())) {
            Article article = article(workspace);
            Annotator mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
            NewAnnotation cairo = new NewAnnotation(article.id(), mona.id(), new Span(6, 14), Label.ENTITY,
                    "location", "", Provenance.MANUAL);
            between.secondSession(() -> workspace.annotations().create(cairo));

            Annotation first = workspace.annotations().create(cairo);

            assertThat(between.secondOutcome()).failsWithin(30, TimeUnit.SECONDS).withThrowableThat()
                    .havingCause().isInstanceOf(RefusedException.class).withMessageContaining("already exists");
            assertThat(workspace.annotations().ofArticle(article.id())).containsExactly(first);
        }
    }

    @Test
    void anAnnotationAddedWhileABatchWithTheSameOneIsCheckedIsRefusedAndTheBatchCommitsWhole() throws Exception {
        Interleaving between = new Interleaving();
        try (Workspace workspace = between.workspace(backend.newPlace(folder).open())) {
            Article article = article(workspace);
            Annotator mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
            NewAnnotation said = new NewAnnotation(article.id(), mona.id(), new Span(0, 3), Label.CLAIM, null, "",
                    Provenance.IMPORTED);
            NewAnnotation cairo = new NewAnnotation(article.id(), mona.id(), new Span(6, 14), Label.ENTITY,
                    "location", "", Provenance.IMPORTED);
            between.secondSession(() -> workspace.annotations().create(cairo));

            List<Annotation> batch = workspace.annotations().createAll(List.of(said, cairo));

            assertThat(between.secondOutcome()).failsWithin(30, TimeUnit.SECONDS).withThrowableThat()
                    .havingCause().isInstanceOf(RefusedException.class).withMessageContaining("already exists");
            assertThat(workspace.annotations().ofArticle(article.id())).containsExactlyElementsOf(batch);
        }
    }

    @Test
    void aReviewerWithdrawingADecisionWhileAnotherSignsOffNeverLeavesASignedOffLayerUndecided() throws Exception {
        Interleaving between = new Interleaving();
        try (Workspace workspace = between.workspace(backend.newPlace(folder).open())) {
            Article article = article(workspace);
            Annotator mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
            Annotator samir = workspace.annotations().annotator("samir", Annotator.Role.REVIEWER);
            Annotator huda = workspace.annotations().annotator("huda", Annotator.Role.REVIEWER);
            Annotation cairo = workspace.annotations().create(new NewAnnotation(article.id(), mona.id(),
                    new Span(6, 14), Label.ENTITY, "location", "", Provenance.MANUAL));
            workspace.review().transition(article.id(), mona.id(), WorkflowTransition.SUBMIT, mona, "", null);
            workspace.review().transition(article.id(), mona.id(), WorkflowTransition.TAKE_FOR_REVIEW, samir, "", null);
            workspace.review().decide(cairo.id(), samir, ReviewStatus.ACCEPTED, "", null);
            between.secondSession(() -> {
                workspace.review().transition(article.id(), mona.id(), WorkflowTransition.SIGN_OFF, huda, "", null);
                return null;
            });

            workspace.review().withdraw(cairo.id(), samir, null, null);

            assertThat(between.secondOutcome()).failsWithin(30, TimeUnit.SECONDS).withThrowableThat()
                    .havingCause().isInstanceOf(RefusedException.class).withMessageContaining("undecided");
            assertThat(workspace.review().state(article.id(), mona.id())).isEqualTo(WorkflowState.IN_REVIEW);
            assertThat(workspace.review().decisions(article.id())).isEmpty();
        }
    }

    private static Article article(Workspace workspace) {
        return workspace.corpus().importArticles(List.of(new NewArticle("a1", "t", "a1.txt",
                ArticleText.of("قال \u200F والقاهرة"), "{}"))).imported().getFirst();
    }

    /**
     * A workspace on the real store where, the first time this thread has read a layer's state once a second session
     * is given, that session starts on another thread, and this one waits until the second has finished or is
     * blocked waiting for it (or for {@link #PAUSE}).
     */
    private static final class Interleaving {
        private final Thread first = Thread.currentThread();
        private final AtomicReference<Supplier<Object>> second = new AtomicReference<>();
        private final CompletableFuture<Object> outcome = new CompletableFuture<>();

        Workspace workspace(WorkspaceStore real) {
            return SeenArticleReads.workspace(real, Clock.systemUTC(), read -> {
                if (read == SeenArticleReads.Read.STATE && Thread.currentThread() == first) {
                    Supplier<Object> change = second.getAndSet(null);
                    if (change != null) {
                        runSecondSession(change);
                    }
                }
            });
        }

        void secondSession(Supplier<Object> change) {
            second.set(change);
        }

        CompletableFuture<Object> secondOutcome() {
            return outcome;
        }

        private void runSecondSession(Supplier<Object> change) {
            Thread thread = Thread.ofPlatform().name("second session").start(() -> {
                try {
                    outcome.complete(change.get());
                } catch (RuntimeException e) {
                    outcome.completeExceptionally(e);
                }
            });
            long deadline = System.nanoTime() + PAUSE.toNanos();
            while (thread.isAlive() && thread.getState() != Thread.State.BLOCKED && System.nanoTime() < deadline) {
                LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
            }
        }
    }
}

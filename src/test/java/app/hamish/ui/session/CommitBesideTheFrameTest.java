package app.hamish.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.io.ArticleFiles;
import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.Provenance;
import app.hamish.model.Span;
import app.hamish.service.Workspace;
import app.hamish.ui.shell.Messages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A key shown as saving begins its transaction at once, beside the frame drawing the look, and is shown committed
 * only after that frame and after its commit returned, in the keys' order (decision 0085). The frames are played by
 * hand, as the view's pulses would call them; the test's thread stands for the FX thread; the workspace is a real
 * SQLite file, read back apart from the session.
 */
class CommitBesideTheFrameTest {
    private static final String TEXT = "خبر من القاهرة عن المفاوضات";

    @TempDir
    Path folder;

    private final List<Runnable> frames = new ArrayList<>();
    private final List<String> shown = new ArrayList<>();
    /** The first transaction waits for this before running, on its own thread, when the test holds it. */
    private final CountDownLatch held = new CountDownLatch(1);
    private int begun;
    private Workspace workspace;
    private Article article;
    private Annotator mona;

    @AfterEach
    void close() {
        held.countDown();
        if (workspace != null) {
            workspace.close();
        }
    }

    @Test
    void aKeysTransactionIsCommittedBeforeItsFrameAndShownOnlyAfterIt() {
        ArticleSession session = session(Runnable::run);

        session.waiting().runAhead(look(0, 3), () -> session.execute(create(0, 3), () -> shown.add("tag")));

        assertThat(stored()).as("committed while its saving look is drawn").hasSize(1);
        assertThat(session.annotations()).as("not shown before its frame").isEmpty();
        assertThat(session.waiting().look()).hasSize(1);
        assertThat(session.saveStateProperty().get()).isEqualTo(SaveState.SAVING);
        assertThat(shown).isEmpty();

        frames.forEach(Runnable::run);

        assertThat(session.annotations()).isEqualTo(stored());
        assertThat(session.waiting().look()).isEmpty();
        assertThat(session.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
        assertThat(session.undoNameProperty().get()).isNotEmpty();
        assertThat(shown).containsExactly("tag");
    }

    @Test
    void keysInABurstAreCommittedInTheirOrderEachShownAfterItsCommit() throws Exception {
        ArticleSession session = session(this::held);

        session.waiting().runAhead(look(0, 3), () -> session.execute(create(0, 3), () -> shown.add("first")));
        session.waiting().runAhead(look(4, 6), () -> session.execute(create(4, 6), () -> shown.add("second")));

        assertCommittedInTurnOnceTheFirstIsLetThrough(session);
        assertThat(session.waiting().isWaiting()).isFalse();
    }

    @Test
    void aSecondCommitOfOneKeyIsMadeAfterTheFirstNotBesideIt() throws Exception {
        ArticleSession session = session(this::held);

        session.waiting().runAhead(look(0, 3), () -> {
            session.execute(create(0, 3), () -> shown.add("first"));
            session.execute(create(4, 6), () -> shown.add("second"));
        });

        assertCommittedInTurnOnceTheFirstIsLetThrough(session);
    }

    /** The first commit held, the second not begun beside it; then both committed in turn and shown so. */
    private void assertCommittedInTurnOnceTheFirstIsLetThrough(ArticleSession session) {
        assertThat(begun).as("commits begun before the frame: the second waits behind the first").isEqualTo(1);
        assertThat(stored()).as("the second waits behind the first, not beside it").isEmpty();
        releasedWhileWaiting(Thread.currentThread());
        frames.getFirst().run();

        List<Annotation> stored = stored();
        assertThat(stored).extracting(Annotation::span).containsExactly(new Span(0, 3), new Span(4, 6));
        assertThat(stored.get(0).id()).as("committed in turn").isLessThan(stored.get(1).id());
        assertThat(session.annotations()).isEqualTo(stored);
        assertThat(shown).containsExactly("first", "second");
    }

    @Test
    void openingAnotherArticleWhileACommitIsUnderWayWaitsForItAndLosesNothing() throws Exception {
        ArticleSession session = session(this::held);
        Article other = workspace.corpus().importArticles(List.of(ArticleFiles.fromText(
                "مقال آخر عن الانتخابات".getBytes(StandardCharsets.UTF_8), "b.txt", "b.txt"))).imported().getFirst();

        session.waiting().runAhead(look(0, 3), () -> session.execute(create(0, 3), () -> shown.add("tag")));
        releasedWhileWaiting(Thread.currentThread());
        session.open(other);

        assertThat(stored()).as("committed on its own article before the other opened").hasSize(1);
        assertThat(shown).containsExactly("tag");
        assertThat(session.article().id()).isEqualTo(other.id());
        assertThat(session.annotations()).as("nothing of the first article shown on the other").isEmpty();
        assertThat(session.waiting().isWaiting()).isFalse();
        assertThat(session.waiting().look()).isEmpty();
    }

    @Test
    void aChangeRefusedOnItsThreadLeavesNoSavingLookAndTheArticleAsStored() {
        ArticleSession session = session(this::ownThread);
        Annotation before = workspace.annotations().create(new NewAnnotation(article.id(), mona.id(),
                new Span(0, 3), Label.ENTITY, null, "", Provenance.MANUAL));
        session.reload();
        // As another window of the same analyst would, past this session.
        workspace.annotations().delete(before, mona);

        session.waiting().runAhead(look(0, 3),
                () -> session.execute(ChangeAnnotation.label(before, Label.CLAIM, null), () -> shown.add("relabel")));
        frames.forEach(Runnable::run);

        assertThat(shown).as("what follows a commit does not follow a refusal").isEmpty();
        assertThat(session.hintProperty().get()).contains("no longer exists");
        assertThat(session.annotations()).as("shown as stored").isEmpty();
        assertThat(stored()).isEmpty();
        assertThat(session.waiting().look()).isEmpty();
        assertThat(session.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
    }

    @Test
    void aCommitThatThrowsOnItsThreadIsReportedAndTheNextKeyStillCommits() {
        ArticleSession session = session(this::ownThread);
        List<Throwable> reported = new ArrayList<>();
        Thread.UncaughtExceptionHandler before = Thread.currentThread().getUncaughtExceptionHandler();
        Thread.currentThread().setUncaughtExceptionHandler((thread, failure) -> reported.add(failure));
        session.execute(create(4, 6));
        Annotation earlier = stored().getFirst();
        try {
            session.waiting().runAhead(look(0, 3), () -> session.execute(context -> {
                // Reported stored, then rolled back by the fault: the next commit, which creates nothing that
                // would take its id, must not show it.
                context.stored(context.annotations().create(request(0, 3)));
                throw new IllegalStateException("broken");
            }, () -> shown.add("broken")));
            session.waiting().runAhead(look(4, 6), () -> session.execute(new DeleteAnnotation(earlier),
                    () -> shown.add("next")));
            frames.getFirst().run();
        } finally {
            Thread.currentThread().setUncaughtExceptionHandler(before);
        }

        assertThat(reported).singleElement().isInstanceOf(IllegalStateException.class)
                .extracting(Throwable::getMessage).isEqualTo("broken");
        assertThat(shown).containsExactly("next");
        assertThat(stored()).isEmpty();
        assertThat(session.annotations()).as("nothing rolled back shown").isEmpty();
        assertThat(session.waiting().look()).isEmpty();
    }

    @Test
    void theKeysCommitOnOneThreadThatStopsWhenTheSessionCloses() {
        List<Thread> before = commitThreads();
        ArticleSession session = session(new ArticleSession(workspace(), () -> mona,
                Messages.bundle(Locale.ENGLISH)));

        session.waiting().runAhead(look(0, 3), () -> session.execute(create(0, 3), () -> shown.add("tag")));
        frames.forEach(Runnable::run);
        frames.clear();
        session.waiting().runAhead(look(4, 8), () -> session.execute(create(4, 8), () -> shown.add("tag")));
        frames.forEach(Runnable::run);

        assertThat(shown).containsExactly("tag", "tag");
        assertThat(stored()).hasSize(2);
        assertThat(commitThreads()).as("one thread for the session's commits").hasSize(before.size() + 1);

        session.close();

        assertThat(commitThreads()).as("threads left committing once the session closed")
                .containsExactlyInAnyOrderElementsOf(before);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> session.waiting().runAhead(look(9, 12),
                        () -> session.execute(create(9, 12), () -> shown.add("tag after close")))).as("a key after close")
                .isInstanceOf(java.util.concurrent.RejectedExecutionException.class);
        assertThat(commitThreads()).as("a thread started by a key after close").containsExactlyInAnyOrderElementsOf(before);
        assertThat(stored()).hasSize(2);
    }

    private static List<Thread> commitThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals(CommitThread.NAME) && thread.isAlive()).toList();
    }

    private ArticleSession session(Executor transactions) {
        return session(new ArticleSession(workspace(), () -> mona, Messages.bundle(Locale.ENGLISH), transactions));
    }

    private Workspace workspace() {
        workspace = Workspace.open(folder.resolve("w.db"));
        article = OneArticle.importInto(workspace, TEXT);
        mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
        return workspace;
    }

    private ArticleSession session(ArticleSession session) {
        session.open(article);
        session.waiting().showWith(frames::add);
        return session;
    }

    /** Runs each transaction on a thread of its own, the first once the test lets it, the others at once. */
    private void held(Runnable transaction) {
        if (begun++ > 0) {
            ownThread(transaction);
            return;
        }
        ownThread(() -> {
            try {
                held.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            transaction.run();
        });
    }

    private void ownThread(Runnable transaction) {
        Thread.ofPlatform().daemon().name("test-commit").start(transaction);
    }

    /** Lets the held transactions run once {@code waiting} waits for them, as the FX thread settling would. */
    private void releasedWhileWaiting(Thread waiting) {
        Thread.ofPlatform().daemon().start(() -> {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (waiting.getState() != Thread.State.WAITING && waiting.getState() != Thread.State.TIMED_WAITING
                    && System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            held.countDown();
        });
    }

    private NewAnnotation request(int start, int end) {
        return new NewAnnotation(article.id(), mona.id(), new Span(start, end), Label.ENTITY, null, "",
                Provenance.MANUAL);
    }

    private CreateAnnotation create(int start, int end) {
        return new CreateAnnotation(request(start, end));
    }

    private static List<Saving> look(int start, int end) {
        return List.of(new Saving(new Span(start, end), Label.ENTITY, Saving.Kind.ADDED));
    }

    private List<Annotation> stored() {
        return workspace.annotations().ofArticle(article.id());
    }
}

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
import app.hamish.model.Span;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two clients of one server workspace, each on its own connection, as two analysts at two machines (decision 0033):
 * a change to one article's rows waits only for changes to the same article or to the whole workspace. The first
 * client holds its change open until told; what the second does meanwhile either finishes or is still waiting.
 */
class ArticleWritesSideBySideTest {
    /** Long enough for a change that is not held up to finish on a loaded machine. */
    private static final Duration FINISHES = Duration.ofSeconds(30);
    /** Long enough for a change that is not held up to have finished, so that one still waiting is waiting. */
    private static final Duration WAITS = Duration.ofSeconds(2);

    @TempDir
    Path folder;

    private Workspace first;
    private Workspace second;
    private Article cairo;
    private Article damascus;
    private Annotator mona;
    private Annotator samir;
    private final CountDownLatch holding = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    /** A thread for each client: the common pool may have only one on a small machine. */
    private final ExecutorService clients = Executors.newCachedThreadPool();

    @BeforeEach
    void twoClients() {
        StoreBackend.Place place = StoreBackend.POSTGRESQL.newPlace(folder);
        first = place.workspace();
        second = place.workspace();
        List<Article> articles = first.corpus().importArticles(List.of(
                new NewArticle("cairo", "t", "cairo.txt", ArticleText.of("قال مصدر في القاهرة إن الوفد وصل"), "{}"),
                new NewArticle("damascus", "t", "damascus.txt", ArticleText.of("وقالت دمشق إن الاجتماع انتهى"),
                        "{}"))).imported();
        cairo = articles.get(0);
        damascus = articles.get(1);
        mona = first.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
        samir = second.annotations().annotator("samir", Annotator.Role.ANNOTATOR);
    }

    @AfterEach
    void close() {
        release.countDown();
        clients.close();
        first.close();
        second.close();
    }

    @Test
    void anAnnotationOnAnotherArticleCommitsWhileAChangeToThisOneIsOpen() throws Exception {
        CompletableFuture<Annotation> held = holdOpen(cairo, mona, new Span(0, 3));

        CompletableFuture<Annotation> meanwhile = CompletableFuture.supplyAsync(
                () -> second.annotations().create(annotation(damascus, samir, new Span(6, 10))), clients);

        assertThat(meanwhile).as("commits while the change to another article is open").succeedsWithin(FINISHES);
        assertThat(held).isNotDone();
        assertThat(second.annotations().ofArticle(damascus.id())).containsExactly(meanwhile.get());
        release.countDown();
        assertThat(held).succeedsWithin(FINISHES);
    }

    @Test
    void anAnnotationOnTheSameArticleWaitsForTheOpenChangeAndThenSeesIt() throws Exception {
        NewAnnotation same = annotation(cairo, mona, new Span(0, 3));
        CompletableFuture<Annotation> held = holdOpen(cairo, mona, same.span());

        CompletableFuture<Annotation> again = CompletableFuture.supplyAsync(() -> second.annotations().create(same), clients);

        assertThat(again).as("waits for the open change to the same article").failsWithin(WAITS)
                .withThrowableThat().isInstanceOf(TimeoutException.class);
        release.countDown();
        Annotation committed = held.get(FINISHES.toSeconds(), TimeUnit.SECONDS);
        assertThat(again).failsWithin(FINISHES).withThrowableThat().havingCause()
                .isInstanceOf(RefusedException.class).withMessageContaining("already exists");
        assertThat(second.annotations().ofArticle(cairo.id())).containsExactly(committed);
    }

    @Test
    void aChangeToTheWholeWorkspaceWaitsForAnOpenChangeToAnArticle() throws Exception {
        CompletableFuture<Annotation> held = holdOpen(cairo, mona, new Span(0, 3));

        CompletableFuture<Article> imported = CompletableFuture.supplyAsync(() -> second.corpus().importArticles(
                List.of(new NewArticle("beirut", "t", "beirut.txt", ArticleText.of("وصل الوفد إلى بيروت"), "{}")))
                .imported().getFirst(), clients);

        assertThat(imported).as("an import waits for the open article change").failsWithin(WAITS)
                .withThrowableThat().isInstanceOf(TimeoutException.class);
        release.countDown();
        assertThat(held).succeedsWithin(FINISHES);
        assertThat(imported).succeedsWithin(FINISHES);
    }

    /** The first client creates an annotation on {@code article} and keeps its transaction open until released. */
    private CompletableFuture<Annotation> holdOpen(Article article, Annotator annotator, Span span)
            throws InterruptedException {
        CompletableFuture<Annotation> held = CompletableFuture.supplyAsync(() -> {
            Annotation[] created = new Annotation[1];
            first.atomicallyIn(article.id(), () -> {
                created[0] = first.annotations().create(annotation(article, annotator, span));
                holding.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            });
            return created[0];
        }, clients);
        assertThat(holding.await(FINISHES.toSeconds(), TimeUnit.SECONDS)).as("the first change is open").isTrue();
        return held;
    }

    private static NewAnnotation annotation(Article article, Annotator annotator, Span span) {
        return new NewAnnotation(article.id(), annotator.id(), span, Label.CLAIM, null, "", Provenance.MANUAL);
    }
}

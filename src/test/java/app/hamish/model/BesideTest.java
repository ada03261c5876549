package app.hamish.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Work run on another thread fails for its caller as it would have on the caller's own (decision 0095). */
class BesideTest {
    private final ExecutorService beside = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        beside.shutdown();
    }

    @Test
    void whatTheWorkThrowsReachesTheCallerUnwrappedWithWhereItWaited() {
        IllegalStateException failure = new IllegalStateException("the model could not be read");

        Throwable thrown = catchThrowable(() -> Beside.result(CompletableFuture.supplyAsync(() -> {
            throw failure;
        }, beside)));

        assertThat(thrown).isSameAs(failure);
        assertThat(thrown.getSuppressed()).singleElement().satisfies(waited -> {
            assertThat(waited).hasMessage("waited for on thread " + Thread.currentThread().getName());
            assertThat(Arrays.stream(waited.getStackTrace()).map(StackTraceElement::getMethodName))
                    .contains("whatTheWorkThrowsReachesTheCallerUnwrappedWithWhereItWaited");
        });
    }

    @Test
    void anErrorThereIsAnErrorHere() {
        OutOfMemoryError failure = new OutOfMemoryError("Java heap space");

        Throwable thrown = catchThrowable(() -> Beside.result(CompletableFuture.supplyAsync(() -> {
            throw failure;
        }, beside)));

        assertThat(thrown).isSameAs(failure);
    }

    /** The thread beside busy with what was queued before: the caller does the work itself, and only once. */
    @Test
    @Timeout(10)
    void workTheThreadBesideHasNotBegunIsDoneByTheCallerOnce() throws Exception {
        CountDownLatch busy = new CountDownLatch(1);
        beside.execute(() -> await(busy));
        AtomicInteger runs = new AtomicInteger();
        Beside.Either<String> cues = Beside.either(() -> {
            runs.incrementAndGet();
            return Thread.currentThread().getName();
        }, beside);

        assertThat(cues.result()).isEqualTo(Thread.currentThread().getName());
        busy.countDown();
        beside.shutdown();
        assertThat(beside.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(runs).hasValue(1);
    }

    /** The thread beside got to it first: the caller waits for its result, and fails as it failed there. */
    @Test
    @Timeout(10)
    void workTheThreadBesideHasBegunIsWaitedFor() throws Exception {
        CountDownLatch begun = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        IllegalStateException failure = new IllegalStateException("no lexicon");
        Beside.Either<String> cues = Beside.either(() -> {
            begun.countDown();
            await(finish);
            throw failure;
        }, beside);
        assertThat(begun.await(10, TimeUnit.SECONDS)).isTrue();
        finish.countDown();

        assertThat(catchThrowable(cues::result)).isSameAs(failure);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void whatTheWorkFindsIsReturned() {
        assertThat(Beside.result(CompletableFuture.supplyAsync(() -> "names", beside))).isEqualTo("names");
    }
}

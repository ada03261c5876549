package app.hamish.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

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

    @Test
    void whatTheWorkFindsIsReturned() {
        assertThat(Beside.result(CompletableFuture.supplyAsync(() -> "names", beside))).isEqualTo("names");
    }
}

package app.hamish.cli;

import app.hamish.model.Annotator;
import app.hamish.model.ArticleSummary;
import app.hamish.model.ChangeListener;
import app.hamish.model.ChangeSubscription;
import app.hamish.model.NewAnnotation;
import app.hamish.model.ServerAddress;
import app.hamish.service.ServerLimit;
import app.hamish.service.Workspace;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code bench --workspace}'s figure for a change reaching another client (decision 0033): one client commits an
 * annotation; another, on connections of its own, hears of it through the server's notices, as the workbench does
 * ({@link Workspace#subscribe}), and reads the article's annotations until the new one is among them. Beside it, in
 * turns, a bare {@code NOTIFY} reaching a listening connection through plain JDBC: the least any change can take.
 */
final class ServerVisibility {
    /** Long enough for any change to arrive on a loaded machine; one that has not by then is a failure. */
    private static final long ARRIVES_SECONDS = 30;

    private ServerVisibility() {
    }

    static void measure(ServerAddress address, ServerLimit limit, List<ArticleSummary> summaries, int changes,
                        PrintWriter out) {
        long[] hamish = new long[changes];
        long[] plain = new long[changes];
        try (Workspace writer = Workspace.open(address); Workspace reader = Workspace.open(address);
             ReadBack readBack = new ReadBack(reader)) {
            Annotator annotator = writer.annotations().annotator("bench-visible", Annotator.Role.ANNOTATOR);
            Random random = new Random(17);
            int done = 0;
            for (int article = 0; done < changes; article++) {
                ArticleSummary summary = summaries.get(article % summaries.size());
                // Each pass over the corpus starts its spans one character later, so none repeats an earlier one.
                int offset = 5 + article / summaries.size();
                for (NewAnnotation annotation : BenchCommand.spans(summary, annotator, random, 50, offset)) {
                    if (done == changes) {
                        break;
                    }
                    CompletableFuture<Long> seen = readBack.expect(annotation);
                    long start = System.nanoTime();
                    writer.annotations().create(annotation);
                    hamish[done] = arrival(seen) - start;
                    plain[done] = limit.noticeRoundTrip();
                    done++;
                }
            }
        }
        Arrays.sort(hamish);
        Arrays.sort(plain);
        int p99 = (int) (changes * 0.99);
        out.printf("visible in another client: p99 %.2fx a bare LISTEN/NOTIFY round trip through plain JDBC"
                + " (issue's target: p99 < 500 ms)%n", (double) hamish[p99] / plain[p99]);
        out.printf("  Hamish p50 %.2f ms, p99 %.2f ms, max %.2f ms; plain JDBC p50 %.2f ms, p99 %.2f ms, max %.2f ms"
                        + " (%d changes each, in turns, committed by one client and read back by another through its"
                        + " notices)%n", hamish[changes / 2] / 1e6, hamish[p99] / 1e6, hamish[changes - 1] / 1e6,
                plain[changes / 2] / 1e6, plain[p99] / 1e6, plain[changes - 1] / 1e6, changes);
    }

    private static long arrival(CompletableFuture<Long> seen) {
        try {
            return seen.get(ARRIVES_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the other client lost its connection: " + e.getCause().getMessage(), e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("a committed change did not reach the other client within "
                    + ARRIVES_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a change to arrive", e);
        }
    }

    /** The other client: on each notice naming the expected annotation's article, reads the article back. */
    private static final class ReadBack implements ChangeListener, AutoCloseable {
        /** One change awaited at a time; swapped whole, so that the listener never pairs one with another's. */
        private record Expected(NewAnnotation annotation, CompletableFuture<Long> seen) {
        }

        private final Workspace reader;
        private final ChangeSubscription subscription;
        private volatile Expected expected;

        ReadBack(Workspace reader) {
            this.reader = reader;
            this.subscription = reader.subscribe(this);
        }

        CompletableFuture<Long> expect(NewAnnotation annotation) {
            Expected next = new Expected(annotation, new CompletableFuture<>());
            expected = next;
            return next.seen();
        }

        @Override
        public void changed(Set<Long> articleIds, boolean everything) {
            Expected awaited = expected;
            if (awaited == null || awaited.seen().isDone()) {
                return;
            }
            NewAnnotation wanted = awaited.annotation();
            if (!everything && !articleIds.contains(wanted.articleId())) {
                return;
            }
            boolean there = reader.annotations().ofArticle(wanted.articleId()).stream().anyMatch(stored ->
                    stored.annotatorId() == wanted.annotatorId() && stored.span().equals(wanted.span())
                            && stored.label().equals(wanted.label()));
            if (there) {
                awaited.seen().complete(System.nanoTime());
            }
        }

        @Override
        public void connectionLost(String reason) {
            Expected awaited = expected;
            if (awaited != null) {
                awaited.seen().completeExceptionally(new IllegalStateException(reason));
            }
        }

        @Override
        public void reconnected() {
            // The change awaited is read back by the notice of everything that follows.
        }

        @Override
        public void close() {
            subscription.close();
        }
    }
}

package app.hamish.ui.shell;

import app.hamish.model.Annotation;
import app.hamish.model.ArticleText;
import app.hamish.model.Span;
import app.hamish.model.Suggestion;
import app.hamish.ui.session.ArticleSession;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.BooleanSupplier;
import javafx.scene.input.KeyCode;

/**
 * What an analyst waits for on a long article: a key that tags, deletes, undoes, accepts a suggestion or accepts
 * as a reviewer, from the key event to the pulse that shows it as saving ("shown") and to the pulse that shows it
 * committed ("saved", decision 0078), each press followed by the limit's press (decision 0022). Timings are printed,
 * never asserted.
 */
final class EditLatency {
    private static final double FRAME_MS = 16;

    private final WorkbenchWindow window;
    private final ArticleSession session;
    private final KeyToPulse keys;
    private final AfterKeys after = new AfterKeys();
    private final PrintWriter out;

    private EditLatency(WorkbenchWindow window, PrintWriter out) {
        this.window = window;
        this.session = window.session();
        this.keys = KeyToPulse.on(window.stage().getScene());
        this.out = out;
    }

    static EditLatency on(WorkbenchWindow window, PrintWriter out) {
        return new EditLatency(window, out);
    }

    /** Selects an unannotated word, presses 1, then Delete, then Ctrl+Z: each timed with its limit. */
    void tagDeleteUndo(int cycles) {
        Samples tag = new Samples();
        Samples delete = new Samples();
        Samples undo = new Samples();
        for (Span word : freeWords(cycles)) {
            HeadlessFx.run(() -> {
                window.articleView().scrollToOffset(word.start());
                session.selectText(word);
                window.articleView().requestFocus();
            });
            settle();
            int before = count();
            tag.add(tag.time(() -> count() == before + 1, KeyCode.DIGIT1), keys.timeLimit());
            delete.add(delete.time(() -> count() == before, KeyCode.DELETE), keys.timeLimit());
            undo.add(undo.time(() -> count() == before + 1, KeyCode.Z, KeyCode.CONTROL), keys.timeLimit());
        }
        after.end();
        tag.print("tag", "selecting a word and pressing 1");
        delete.print("delete", "Delete on the new annotation");
        undo.print("undo", "Ctrl+Z bringing it back");
    }

    /** Steps to the next suggestion (untimed), presses Y; as many times as suggestions are offered, up to cycles. */
    void acceptSuggestions(int cycles) {
        Samples accept = new Samples();
        // The edits just timed each asked for the suggestions again, and a computation overtaken by the next edit is
        // dropped: the list is there once the last one has finished.
        awaitOffered();
        for (int i = 0; i < cycles; i++) {
            Optional<Suggestion> next = HeadlessFx.call(() -> {
                Optional<Suggestion> chosen = window.suggestionsModel().next();
                chosen.ifPresent(suggestion -> window.articleView().scrollToOffset(suggestion.span().start()));
                window.articleView().requestFocus();
                return chosen;
            });
            if (next.isEmpty()) {
                break;
            }
            settle();
            int before = count();
            accept.add(accept.time(() -> count() == before + 1, KeyCode.Y), keys.timeLimit());
            // The next step must not land on the accepted one before the suggestions catch up.
            HeadlessFx.await(() -> !offered(next.get()), Duration.ofSeconds(60),
                    "the suggestions did not catch up within 60 s");
        }
        after.end();
        if (accept.size() == 0) {
            out.println("suggestion accept: not timed, no suggestions are offered on this article");
        } else {
            accept.print("suggestion accept", "] then Y");
        }
    }

    /**
     * Until the window offers suggestions, or 30 s have passed (an article may have none at all): opening an article
     * computes them all in the background, and the edits ask for them again.
     */
    void awaitOffered() {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (HeadlessFx.call(() -> window.suggestionsModel().offered().isEmpty()) && System.nanoTime() < deadline) {
            sleep(5);
        }
    }

    /** A reviewer's A on the selected undecided annotation of a layer in review (A then selects the next). */
    void reviewAccept(int cycles) {
        Samples accept = new Samples();
        HeadlessFx.run(() -> window.reviewModel().next());
        for (int i = 0; i < cycles; i++) {
            Annotation chosen = HeadlessFx.call(() -> {
                Annotation selected = session.selectedProperty().get();
                if (selected != null) {
                    window.articleView().scrollToOffset(selected.span().start());
                }
                window.articleView().requestFocus();
                return selected;
            });
            if (chosen == null) {
                break;
            }
            settle();
            accept.add(accept.time(() -> session.decisions().containsKey(chosen.id()), KeyCode.A),
                    keys.timeLimit());
        }
        after.end();
        accept.print("review accept", "a reviewer's A on an annotation in review");
    }

    /**
     * Whether the suggestion is still offered, found by halving in the list (it is in text order): reading all
     * 320,000 of them at each poll was a third of the FX thread's samples in the suggestion phase. By index: the
     * observable list is not {@code RandomAccess}, so {@code Collections.binarySearch} would walk it.
     */
    private boolean offered(Suggestion suggestion) {
        List<Suggestion> offered = window.suggestionsModel().offered();
        int low = 0;
        int high = offered.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (offered.get(mid).span().compareTo(suggestion.span()) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        for (int i = low; i < offered.size() && offered.get(i).span().equals(suggestion.span()); i++) {
            if (offered.get(i).equals(suggestion)) {
                return true;
            }
        }
        return false;
    }

    private int count() {
        return session.annotations().size();
    }

    /** Whether a key's change is drawn as saving, its edit waiting for its commit. */
    private boolean showingSaving() {
        return !session.waiting().look().isEmpty();
    }

    /** Words of the open article that no annotation touches, spread over it, in a fixed pseudo-random order. */
    private List<Span> freeWords(int wanted) {
        return HeadlessFx.call(() -> {
            ArticleText text = session.article().text();
            boolean[] taken = new boolean[text.codePointLength() + 1];
            for (Annotation annotation : session.annotations()) {
                Arrays.fill(taken, annotation.span().start(), annotation.span().end(), true);
            }
            Random random = new Random(17);
            List<Span> words = new ArrayList<>(wanted);
            Set<Integer> starts = new HashSet<>();
            while (words.size() < wanted) {
                Optional<Span> word = text.wordAt(random.nextInt(text.codePointLength()));
                if (word.isPresent() && starts.add(word.get().start())
                        && !anyTaken(taken, word.get().start(), word.get().end())) {
                    words.add(word.get());
                }
            }
            return words;
        });
    }

    private static boolean anyTaken(boolean[] taken, int start, int end) {
        for (int i = Math.max(0, start - 1); i <= end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lets the scroll and selection be laid out and drawn, so the timed key finds the screen at rest: two pulses, as
     * a fixed 20 ms under load sometimes left the scroll's layout to the key's own pulse (decision 0087).
     */
    private void settle() {
        keys.awaitPulses(2);
        HeadlessFx.run(() -> { });
        sleep(20);
        HeadlessFx.run(() -> { });
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Hamish's times and the limit's, pair by pair. */
    private final class Samples {
        private final List<Long> shown = new ArrayList<>();
        private final List<Long> shownCpu = new ArrayList<>();
        private final List<Long> hamish = new ArrayList<>();
        private final List<Long> hamishCpu = new ArrayList<>();
        private final List<Long> limit = new ArrayList<>();
        private final List<Long> limitCpu = new ArrayList<>();
        private long hamishBytes;
        private final AfterKeys.Spent spent = new AfterKeys.Spent();

        /** This key, timed to its pulse; what it costs after the pulse is its own until the next key. */
        KeyToPulse.Saved time(BooleanSupplier done, KeyCode key, KeyCode... modifiers) {
            after.press(spent);
            return keys.time(EditLatency.this::showingSaving, done, key, modifiers);
        }

        void add(KeyToPulse.Saved mine, KeyToPulse.Press machine) {
            shown.add(mine.shown().nanos());
            shownCpu.add(mine.shown().cpuNanos());
            hamish.add(mine.saved().nanos());
            hamishCpu.add(mine.saved().cpuNanos());
            hamishBytes += mine.saved().bytes();
            limit.add(machine.nanos());
            limitCpu.add(machine.cpuNanos());
        }

        int size() {
            return hamish.size();
        }

        void print(String figure, String what) {
            double[] seen = sortedMillis(shown);
            double[] mine = sortedMillis(hamish);
            double[] machine = sortedMillis(limit);
            double[] seenCpu = sortedMillis(shownCpu);
            double[] mineCpu = sortedMillis(hamishCpu);
            double[] machineCpu = sortedMillis(limitCpu);
            out.printf(Locale.ROOT, "%s: shown p99 %.2fx, p50 %.2fx a one-pixel change reaching the next pulse (target "
                            + "p99 < %.0f ms, on shown); saved p99 %.2fx, p50 %.2fx%n", figure,
                    p99(seen) / p99(machine), p50(seen) / p50(machine), FRAME_MS, p99(mine) / p99(machine),
                    p50(mine) / p50(machine));
            out.printf(Locale.ROOT, "  shown (its change drawn as saving, or committed where it shows none): p50 %.2f "
                            + "ms, p99 %.2f ms, max %.2f ms; FX processor time p50 %.2f ms, p99 %.2f ms%n",
                    p50(seen), p99(seen), seen[seen.length - 1], p50(seenCpu), p99(seenCpu));
            out.printf(Locale.ROOT, "  saved (committed and shown so): p50 %.2f ms, p99 %.2f ms, max %.2f ms; FX "
                            + "processor time p50 %.2f ms, p99 %.2f ms%n", p50(mine), p99(mine), mine[mine.length - 1],
                    p50(mineCpu), p99(mineCpu));
            out.printf(Locale.ROOT, "  one-pixel change p50 %.2f ms, p99 %.2f ms; FX processor time p50 %.2f ms, p99 "
                            + "%.2f ms (%s, key event to the post-layout pulse showing it; %d presses each, in turns)"
                            + "%n", p50(machine), p99(machine), p50(machineCpu), p99(machineCpu), what, mine.length);
            // The first press comes right after the article or window opened: what opening leaves undone shows here.
            out.printf(Locale.ROOT, "  the first press: shown %.2f ms (FX %.2f ms), saved %.2f ms (FX %.2f ms)%n",
                    shown.getFirst() / 1e6, shownCpu.getFirst() / 1e6, hamish.getFirst() / 1e6,
                    hamishCpu.getFirst() / 1e6);
            int presses = mine.length;
            out.printf(Locale.ROOT, "  allocated per press: FX thread %.2f MB to the saved pulse, %.2f MB to the next "
                            + "key; background threads %.2f MB; all threads %.2f MB; collector pauses %d, %d ms in all "
                            + "(from each press to the next key's)%n", megabytes(hamishBytes, presses),
                    megabytes(spent.fxBytes(), presses), megabytes(spent.backgroundBytes(), presses),
                    megabytes(spent.allBytes(), presses), spent.pauses(), spent.pauseMillis());
            out.printf(Locale.ROOT, "  processor time per press: suggestions' thread %.2f ms; training %.2f ms; "
                            + "renderer %.2f ms; FX thread %.2f ms (from each press to the next key's)%n",
                    millis(spent.suggestingCpuNanos(), presses), millis(spent.trainingCpuNanos(), presses),
                    millis(spent.rendererCpuNanos(), presses), millis(spent.fxCpuNanos(), presses));
            long young = spent.youngCollections();
            out.printf(Locale.ROOT, "  young collections per 100 presses %.1f, pause mean %.1f ms, longest %d ms; "
                            + "%.2f MB kept alive per young collection (copied to survivors or promoted; from each "
                            + "press to the next key's)%n", young * 100.0 / presses,
                    young == 0 ? 0.0 : (double) spent.youngPauseMillis() / young, spent.longestYoungPauseMillis(),
                    young == 0 ? 0.0 : megabytes(spent.keptBytes(), (int) young));
        }

        private static double millis(long nanos, int presses) {
            return nanos / 1e6 / presses;
        }

        private static double megabytes(long bytes, int presses) {
            return (double) bytes / (1 << 20) / presses;
        }

        private static double[] sortedMillis(List<Long> nanos) {
            return nanos.stream().mapToDouble(value -> value / 1e6).sorted().toArray();
        }

        private static double p50(double[] sorted) {
            return sorted[sorted.length / 2];
        }

        private static double p99(double[] sorted) {
            return sorted[Math.min(sorted.length - 1, (int) (sorted.length * 0.99))];
        }
    }
}

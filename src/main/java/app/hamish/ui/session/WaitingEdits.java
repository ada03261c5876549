package app.hamish.ui.session;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The keys' edits between the pulse that shows them as saving and their commit (decision 0078). A key shows what it
 * is about to change ({@link #look()}) and its edit waits here until that look has been drawn; then every waiting
 * edit runs, in the order its key was pressed, as it ran before, and the look goes in the same turn: the frame after
 * shows the committed state or the refusal, never a saving look left behind. Nothing waiting is shown as done. A key
 * run ahead ({@link #runAhead}) begins its transaction at once, beside that frame, and waits here to be shown
 * committed once the frame is drawn and the commit returned (decision 0085).
 *
 * <p>Whatever would act on the article otherwise (opening another, a change from elsewhere, a click, closing) runs
 * the waiting edits first ({@link #settle()}), so that they act on the article and selection their key saw.
 */
public final class WaitingEdits {
    private final Deque<Runnable> waiting = new ArrayDeque<>();
    private final ReadOnlyObjectWrapper<List<Saving>> look = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyBooleanWrapper any = new ReadOnlyBooleanWrapper();
    /** Runs its work once the next frame has been drawn; without a scene to draw, at once. */
    private Consumer<Runnable> afterShown = Runnable::run;
    private boolean settling;
    /** A key's edit runs now to begin its commit, shown committed after the frame ({@link #runAhead}). */
    private boolean beginning;
    /**
     * Waits begun so far. A frame's call to settle is for the wait it was asked by: a wait settled earlier (by a click,
     * say) must not let its late call commit a newer edit before that edit's own frame has shown it.
     */
    private long waits;

    /** Where edits wait for the frame that shows their look: the view drawing the article, or none (at once). */
    public void showWith(Consumer<Runnable> afterNextFrame) {
        settle();
        afterShown = afterNextFrame == null ? Runnable::run : afterNextFrame;
    }

    /**
     * Runs {@code edit} now if nothing waits and it shows nothing as saving, or if it comes from a waiting edit as it
     * runs; otherwise after the edits waiting, once the frame showing {@code saving} has been drawn.
     */
    public void run(List<Saving> saving, Runnable edit) {
        if (settling || waiting.isEmpty() && saving.isEmpty()) {
            edit.run();
            return;
        }
        boolean first = waiting.isEmpty();
        waiting.add(edit);
        if (!saving.isEmpty()) {
            List<Saving> shown = new ArrayList<>(look.get());
            shown.addAll(saving);
            look.set(List.copyOf(shown));
        }
        any.set(true);
        if (first) {
            askForTheFrame();
        }
    }

    private void askForTheFrame() {
        long wait = ++waits;
        afterShown.accept(() -> {
            if (wait == waits) {
                settle();
            }
        });
    }

    /**
     * As {@link #run}, for a key whose edit may begin its commit beside the frame showing {@code saving}: where its
     * look is drawn (nothing else waits), the edit runs now, and what it commits through
     * {@link ArticleSession#execute(Change, Runnable)} begins at once and is shown committed after that frame, ahead
     * of any key pressed meanwhile. An edit that begins no commit (a hint, say) leaves no look behind.
     */
    public void runAhead(List<Saving> saving, Runnable edit) {
        if (settling || beginning || saving.isEmpty() || !waiting.isEmpty()) {
            run(saving, edit);
            return;
        }
        look.set(List.copyOf(saving));
        beginning = true;
        try {
            edit.run();
        } finally {
            beginning = false;
            if (waiting.isEmpty()) {
                look.set(List.of());
            } else {
                any.set(true);
                askForTheFrame();
            }
        }
    }

    /** Whether an edit runs now only to begin its commit, to be shown after the frame showing its look. */
    boolean isBeginning() {
        return beginning;
    }

    /** Whether the edit running now has begun a commit already: a second one waits behind it, not beside it. */
    boolean hasBegun() {
        return beginning && !waiting.isEmpty();
    }

    /** What shows a begun commit as committed: runs after the frame, or by {@link #settle()}, in turn. */
    void afterTheFrame(Runnable showCommitted) {
        waiting.add(showCommitted);
    }

    /**
     * Runs every waiting edit now, in order, and takes their look away. One that fails unexpectedly does not keep
     * those after it, nor what called this (opening another article, closing the window), from running: its failure
     * goes to the thread's handler of uncaught errors, which shows it as any such error.
     */
    public void settle() {
        if (settling || waiting.isEmpty()) {
            return;
        }
        settling = true;
        try {
            while (!waiting.isEmpty()) {
                try {
                    waiting.poll().run();
                } catch (RuntimeException e) {
                    Thread current = Thread.currentThread();
                    current.getUncaughtExceptionHandler().uncaughtException(current, e);
                }
            }
        } finally {
            settling = false;
            look.set(List.of());
            any.set(!waiting.isEmpty());
            if (!waiting.isEmpty()) {
                // An error, not an exception, stopped the turn: those left run after the next frame, not at a click.
                askForTheFrame();
            }
        }
    }

    /** What the waiting edits are about to change, drawn as saving; empty when none waits. */
    public ReadOnlyObjectProperty<List<Saving>> lookProperty() {
        return look.getReadOnlyProperty();
    }

    public List<Saving> look() {
        return look.get();
    }

    /** Whether an edit waits for the frame showing it. */
    public ReadOnlyBooleanProperty waitingProperty() {
        return any.getReadOnlyProperty();
    }

    public boolean isWaiting() {
        return any.get();
    }
}

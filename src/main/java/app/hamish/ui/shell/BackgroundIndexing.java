package app.hamish.ui.shell;

import app.hamish.service.Workspace;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.concurrent.Task;

/**
 * Fills the search index with the articles an import or a merge left pending (decision 0038), in the background,
 * one transaction of {@link #ARTICLES_PER_TRANSACTION} articles per task on the background queue: an export asked for
 * meanwhile waits for one such transaction, not the whole fill, and so does a commit from the window. Find reads the
 * pending articles meanwhile, so it stays exact. A fill longer than one transaction says how far it has got.
 */
final class BackgroundIndexing {
    private static final Logger LOG = Logger.getLogger(BackgroundIndexing.class.getName());
    static final int ARTICLES_PER_TRANSACTION = 100;

    private final Workspace workspace;
    private final BackgroundWork background;
    /** The window's messages, in the language it shows now. */
    private final Supplier<ResourceBundle> messages;
    private final Consumer<String> note;
    private final BooleanSupplier windowOpen;
    /** FX thread only: a fill under way also takes what is added meanwhile. */
    private boolean running;

    BackgroundIndexing(Workspace workspace, BackgroundWork background, Supplier<ResourceBundle> messages,
                       Consumer<String> note,
                       BooleanSupplier windowOpen) {
        this.workspace = workspace;
        this.background = background;
        this.messages = messages;
        this.note = note;
        this.windowOpen = windowOpen;
    }

    /** On the FX thread, after opening and after each import or merge. */
    void start() {
        if (!running) {
            running = true;
            next(0);
        }
    }

    private void next(int done) {
        Task<Filled> task = new Task<>() {
            @Override
            protected Filled call() {
                // Tasks queued before the window closed run after; the workspace is closed by then.
                if (!windowOpen.getAsBoolean()) {
                    return Filled.NOTHING;
                }
                int indexed = workspace.corpus().indexNextForSearch(ARTICLES_PER_TRANSACTION);
                // Counted here, not on the FX thread: an export or a training read holds the database for its
                // whole stream, and the window would freeze behind it.
                return new Filled(indexed, indexed == 0 ? 0 : workspace.corpus().pendingForSearch());
            }
        };
        task.setOnSucceeded(event -> {
            Filled filled = task.getValue();
            int indexed = done + filled.indexed();
            if (filled.left() > 0 && windowOpen.getAsBoolean()) {
                note.accept(MessageFormat.format(messages.get().getString("status.indexing"), indexed,
                        indexed + filled.left()));
                next(indexed);
                return;
            }
            running = false;
            if (indexed > ARTICLES_PER_TRANSACTION) {
                note.accept(MessageFormat.format(messages.get().getString("status.indexed"), indexed));
            }
        });
        task.setOnFailed(event -> {
            running = false;
            // Find still reads the articles left pending; the next open or import fills the index again. A fill
            // that the window's close cut short between its transactions is no failure.
            if (windowOpen.getAsBoolean()) {
                LOG.log(Level.WARNING, "filling the search index stopped", task.getException());
            }
        });
        background.run(task);
    }

    /** What one task did: the articles it indexed and those still pending after it. */
    record Filled(int indexed, int left) {
        static final Filled NOTHING = new Filled(0, 0);
    }
}

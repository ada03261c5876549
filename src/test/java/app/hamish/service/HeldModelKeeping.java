package app.hamish.service;

import app.hamish.model.SavedModel;
import app.hamish.store.WorkspaceStore;
import java.time.Clock;
import java.util.Optional;

/**
 * A workspace on the real store whose recommender reads and keeps its model through steps a test takes: a training
 * held at its read of the kept model, or at its write of a new one, while the window closes around it.
 */
public final class HeldModelKeeping {
    private HeldModelKeeping() {
    }

    /** What the test does at one step of keeping a model: it may wait there. */
    @FunctionalInterface
    public interface Step {
        Step NONE = () -> {
        };

        void take() throws InterruptedException;
    }

    public static Workspace workspace(WorkspaceStore store, Clock clock, Step beforeReading, Step beforeSaving,
                                      Step afterSaving) {
        ModelKeeping kept = ModelKeeping.in(store);
        return new Workspace(store, clock, new ModelKeeping() {
            @Override
            public Optional<SavedModel> savedModel(String analyst) {
                take(beforeReading);
                return kept.savedModel(analyst);
            }

            @Override
            public void saveModel(SavedModel model) {
                take(beforeSaving);
                kept.saveModel(model);
                take(afterSaving);
            }
        }, ArticleReads.in(store));
    }

    private static void take(Step step) {
        try {
            step.take();
        } catch (InterruptedException e) {
            // The training goes on as it would have; the test that interrupted it sees the interrupt.
            Thread.currentThread().interrupt();
        }
    }
}

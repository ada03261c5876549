package app.hamish.service;

import app.hamish.model.SavedModel;
import app.hamish.store.WorkspaceStore;
import java.util.Optional;

/**
 * Where the recommender keeps its trained model for the next start (decision 0030): the workspace's store. A part of
 * its own, not the store itself, so that the tests of closing the window can hold a training at its read or its
 * write of the model without standing in for the whole store.
 */
interface ModelKeeping {
    /** The model last kept for this analyst, if any. */
    Optional<SavedModel> savedModel(String analyst);

    /** Keeps the model, in place of the analyst's one before, unless another writer holds the workspace. */
    void saveModel(SavedModel model);

    static ModelKeeping in(WorkspaceStore store) {
        return new ModelKeeping() {
            @Override
            public Optional<SavedModel> savedModel(String analyst) {
                return store.savedModel(analyst);
            }

            @Override
            public void saveModel(SavedModel model) {
                store.saveModel(model);
            }
        };
    }
}

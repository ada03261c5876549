package app.hamish.model;

import java.util.Objects;

/**
 * A trained recommender as the workspace keeps it, so that a restart need not train again (decision 0030): whose
 * it is (the analyst whose own annotations it learned from beside gold), a fingerprint of what it learned from, and
 * the model's bytes in its library's own format.
 */
public record SavedModel(String analyst, String fingerprint, byte[] bytes) {
    public SavedModel {
        Objects.requireNonNull(analyst);
        Objects.requireNonNull(fingerprint);
        Objects.requireNonNull(bytes);
    }
}

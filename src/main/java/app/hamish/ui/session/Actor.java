package app.hamish.ui.session;

import app.hamish.model.Annotator;
import java.util.Optional;

/**
 * Who acts in a session. Acting writes the user into the workspace as an annotator (the first reviewer to do so
 * becomes its reviewer, decision 0028); looking must not, so what the views ask to show themselves is answered
 * without that record.
 */
@FunctionalInterface
public interface Actor {
    /** The user's annotator, written into the workspace if it does not hold them yet: asked when a change is made. */
    Annotator get();

    /** The user's annotator if the workspace holds them already; nothing is written. */
    default Optional<Annotator> known() {
        return Optional.of(get());
    }

    /** The role the user acts in, whether or not the workspace holds them yet; nothing is written. */
    default Annotator.Role role() {
        return get().role();
    }
}

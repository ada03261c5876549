package app.hamish.ui.shell;

import app.hamish.model.Annotator;
import app.hamish.service.AnnotationService;
import app.hamish.ui.session.Actor;
import java.util.Optional;

/**
 * The user a workbench window acts as: written into the workspace with their first change, not by opening it. A
 * reviewer who only looked would otherwise have become the workspace's reviewer (decision 0028), and every start
 * of a new analyst wrote a record before its first frame.
 */
final class Analyst implements Actor {
    private final AnnotationService annotations;
    private final String name;
    /** The role given at the start: the one the record is written with, unless the workspace holds it already. */
    private final Annotator.Role given;
    /** The record acting wrote or found: asked once, as that asking also lists a first reviewer (decision 0028). */
    private Annotator acting;
    /** The record found by looking, before any act. */
    private Annotator found;

    Analyst(AnnotationService annotations, String name, Annotator.Role given) {
        this.annotations = annotations;
        this.name = name;
        this.given = given;
    }

    @Override
    public Annotator get() {
        if (acting == null) {
            acting = annotations.annotator(name, given);
        }
        return acting;
    }

    @Override
    public Optional<Annotator> known() {
        if (acting != null) {
            return Optional.of(acting);
        }
        // Not held as absent: a merge or another process may write the user in while the window looks.
        if (found == null) {
            found = annotations.named(name).orElse(null);
        }
        return Optional.ofNullable(found);
    }

    @Override
    public Annotator.Role role() {
        // The role a record written now would have: the one the workspace holds, or the one given.
        return known().map(Annotator::role).orElse(given);
    }
}

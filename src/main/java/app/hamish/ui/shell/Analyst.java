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
    private Annotator held;
    private Annotator.Role role;

    Analyst(AnnotationService annotations, String name, Annotator.Role given) {
        this.annotations = annotations;
        this.name = name;
        this.given = given;
    }

    @Override
    public Annotator get() {
        if (held == null) {
            held = annotations.annotator(name, given);
        }
        return held;
    }

    @Override
    public Optional<Annotator> known() {
        if (held == null) {
            held = annotations.named(name).orElse(null);
        }
        return Optional.ofNullable(held);
    }

    @Override
    public Annotator.Role role() {
        if (role == null) {
            // A record written later has the role held now: the one given, or the one the workspace holds.
            role = known().map(Annotator::role).orElse(given);
        }
        return role;
    }
}

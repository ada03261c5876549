package app.hamish.ui.session;

import app.hamish.model.Annotation;
import app.hamish.model.DeletedAnnotation;
import app.hamish.model.NewAnnotation;
import java.util.List;

/**
 * Tags a span: the analyst's own, or an accepted suggestion. Undone, the annotation is deleted; redone, it comes
 * back under the same id (so the audit log and merged copies still refer to it), with any relations made since.
 */
public final class CreateAnnotation implements Edit {
    private final NewAnnotation request;
    private Annotation created;
    private DeletedAnnotation undone;

    public CreateAnnotation(NewAnnotation request) {
        this.request = request;
    }

    @Override
    public void apply(EditContext context) {
        if (undone == null) {
            created = context.annotations().create(request);
            context.stored(created);
        } else {
            context.annotations().restore(undone, context.actor());
            // Back at the version it was deleted at, which its later edits' redo states.
            context.stored(undone.annotation());
            context.linked(undone.relations());
        }
    }

    @Override
    public void revert(EditContext context) {
        undone = context.annotations().delete(context.asLeftByUs(created), context.actor());
        context.deleted(created);
    }

    @Override
    public List<Saving> undoing() {
        return created == null ? List.of() : List.of(Saving.removing(created));
    }

    @Override
    public List<Saving> redoing() {
        return undone == null ? List.of() : List.of(Saving.adding(undone.annotation()));
    }

    /** The annotation made, once applied. */
    public Annotation created() {
        return created;
    }

    @Override
    public String nameKey() {
        return request.provenance() == app.hamish.model.Provenance.SUGGESTED ? "edit.accept" : "edit.create";
    }
}

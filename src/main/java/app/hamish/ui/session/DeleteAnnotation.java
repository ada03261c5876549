package app.hamish.ui.session;

import app.hamish.model.Annotation;
import app.hamish.model.DeletedAnnotation;
import java.util.List;

/** Deletes an annotation; undone, it comes back exactly, with its id, relations and review decision. */
public final class DeleteAnnotation implements Edit {
    private final Annotation annotation;
    private DeletedAnnotation deleted;

    public DeleteAnnotation(Annotation annotation) {
        this.annotation = annotation;
    }

    @Override
    public void apply(EditContext context) {
        // Done again (redo), it states the version its undo put back; done first, the version read.
        deleted = context.annotations().delete(deleted == null ? annotation : context.asLeftByUs(annotation),
                context.actor());
        context.deleted(annotation);
    }

    @Override
    public void revert(EditContext context) {
        context.annotations().restore(deleted, context.actor());
        context.stored(deleted.annotation());
        context.linked(deleted.relations());
    }

    @Override
    public List<Saving> undoing() {
        return List.of(Saving.adding(deleted == null ? annotation : deleted.annotation()));
    }

    @Override
    public List<Saving> redoing() {
        return List.of(Saving.removing(annotation));
    }

    @Override
    public String nameKey() {
        return "edit.delete";
    }
}

package app.hamish.ui.session;

import app.hamish.model.Annotation;
import app.hamish.model.Span;
import java.util.List;

/** Changes an annotation's span, label, subtype or note: an annotator's own, or a reviewer's gold copy. */
public final class ChangeAnnotation implements Edit {
    private final Annotation before;
    private final Annotation wanted;
    private final String nameKey;
    private Annotation after;
    private Annotation reverted;

    private ChangeAnnotation(Annotation before, Annotation wanted, String nameKey) {
        this.before = before;
        this.wanted = wanted;
        this.nameKey = nameKey;
    }

    public static ChangeAnnotation span(Annotation annotation, Span span) {
        return new ChangeAnnotation(annotation, with(annotation, span, annotation.label(), annotation.subtype(),
                annotation.note()), "edit.span");
    }

    public static ChangeAnnotation label(Annotation annotation, String label, String subtype) {
        return new ChangeAnnotation(annotation, with(annotation, annotation.span(), label, subtype,
                annotation.note()), "edit.label");
    }

    public static ChangeAnnotation note(Annotation annotation, String note) {
        return new ChangeAnnotation(annotation, with(annotation, annotation.span(), annotation.label(),
                annotation.subtype(), note), "edit.note");
    }

    private static Annotation with(Annotation annotation, Span span, String label, String subtype, String note) {
        return new Annotation(annotation.id(), annotation.articleId(), annotation.annotatorId(), span, label, subtype,
                note, annotation.provenance(), annotation.created(), annotation.updated(), annotation.version());
    }

    @Override
    public void apply(EditContext context) {
        if (after == null) {
            after = context.annotations().update(wanted, context.actor());
        } else {
            after = context.annotations().revert(after, context.asLeftByUs(reverted).version(), context.actor());
        }
        context.stored(after);
    }

    @Override
    public void revert(EditContext context) {
        // Stating the version this edit made: a change someone made since is refused rather than written over.
        reverted = context.annotations().revert(before, context.asLeftByUs(after).version(), context.actor());
        context.stored(reverted);
    }

    @Override
    public List<Saving> undoing() {
        return after == null ? List.of() : Saving.replacing(after, before);
    }

    @Override
    public List<Saving> redoing() {
        return reverted == null ? List.of() : Saving.replacing(reverted, wanted);
    }

    /** The annotation as changed, once applied. */
    public Annotation after() {
        return after;
    }

    @Override
    public String nameKey() {
        return nameKey;
    }
}

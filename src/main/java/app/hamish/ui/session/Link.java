package app.hamish.ui.session;

import app.hamish.model.Annotation;
import app.hamish.model.Relation;
import java.util.List;

/** Attributes a claim to its source; undone, the link goes, and redone it comes back under the same id. */
public final class Link implements Edit {
    private final Annotation from;
    private final Annotation to;
    private Relation relation;

    public Link(Annotation from, Annotation to) {
        this.from = from;
        this.to = to;
    }

    @Override
    public void apply(EditContext context) {
        if (relation == null) {
            relation = context.annotations().link(from.id(), to.id(), Relation.ATTRIBUTED_TO, context.actor());
        } else {
            context.annotations().relink(relation, context.actor());
        }
        context.linked(List.of(relation));
    }

    @Override
    public void revert(EditContext context) {
        context.annotations().unlink(relation, context.actor());
        context.unlinked(relation);
    }

    @Override
    public String nameKey() {
        return "edit.link";
    }
}

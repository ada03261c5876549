package app.hamish.ui.session;

import java.util.List;

/** Several suggestions accepted with one key, undone and redone as one step. */
public final class AcceptSuggestions implements Edit {
    private final List<CreateAnnotation> accepts;

    public AcceptSuggestions(List<CreateAnnotation> accepts) {
        this.accepts = List.copyOf(accepts);
    }

    @Override
    public void apply(EditContext context) {
        accepts.forEach(accept -> accept.apply(context));
    }

    @Override
    public void revert(EditContext context) {
        for (int i = accepts.size() - 1; i >= 0; i--) {
            accepts.get(i).revert(context);
        }
    }

    @Override
    public List<Saving> undoing() {
        return accepts.stream().flatMap(accept -> accept.undoing().stream()).toList();
    }

    @Override
    public List<Saving> redoing() {
        return accepts.stream().flatMap(accept -> accept.redoing().stream()).toList();
    }

    @Override
    public String nameKey() {
        return "edit.acceptAll";
    }
}

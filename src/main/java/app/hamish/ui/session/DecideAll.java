package app.hamish.ui.session;

import java.util.List;

/**
 * Several decisions taken with one key (all agreed spans into gold, or one version chosen over the others), undone
 * and redone as one step.
 */
public final class DecideAll implements Edit {
    private final List<Decide> decisions;
    private final String nameKey;

    public DecideAll(List<Decide> decisions, String nameKey) {
        this.decisions = List.copyOf(decisions);
        this.nameKey = nameKey;
    }

    @Override
    public void apply(EditContext context) {
        decisions.forEach(decision -> decision.apply(context));
    }

    @Override
    public void revert(EditContext context) {
        for (int i = decisions.size() - 1; i >= 0; i--) {
            decisions.get(i).revert(context);
        }
    }

    @Override
    public String nameKey() {
        return nameKey;
    }
}

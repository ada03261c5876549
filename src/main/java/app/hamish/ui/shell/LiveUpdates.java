package app.hamish.ui.shell;

import app.hamish.model.ChangeListener;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * Brings changes others commit into the workbench: notices arriving on the listener's thread are gathered, and
 * shown by one refresh on the FX thread however many arrived before it ran, so a burst of commits (an import, a
 * colleague tagging fast) costs one reload, not one per commit (decision 0025).
 */
final class LiveUpdates implements ChangeListener {
    /** What the workbench does with the changes, on the FX thread. */
    interface Workbench {
        void showChangesMadeElsewhere(Set<Long> articleIds, boolean everything);

        void connectionLost(String reason);

        void reconnected();
    }

    private final Workbench workbench;
    private final Executor fxThread;
    private final Set<Long> pending = new HashSet<>();
    private boolean everything;
    private boolean refreshScheduled;

    LiveUpdates(Workbench workbench, Executor fxThread) {
        this.workbench = workbench;
        this.fxThread = fxThread;
    }

    @Override
    public void changed(Set<Long> articleIds, boolean all) {
        synchronized (pending) {
            pending.addAll(articleIds);
            everything |= all;
            if (refreshScheduled) {
                return;
            }
            refreshScheduled = true;
        }
        fxThread.execute(this::refresh);
    }

    private void refresh() {
        Set<Long> articles;
        boolean all;
        synchronized (pending) {
            articles = Set.copyOf(pending);
            all = everything;
            pending.clear();
            everything = false;
            refreshScheduled = false;
        }
        workbench.showChangesMadeElsewhere(articles, all);
    }

    @Override
    public void connectionLost(String reason) {
        fxThread.execute(() -> workbench.connectionLost(reason));
    }

    @Override
    public void reconnected() {
        fxThread.execute(workbench::reconnected);
    }
}

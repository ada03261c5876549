package app.hamish.store;

/**
 * Work reached the workspace after it was closed, as work still running when a window closes may: nothing was read
 * or changed. Expected at that moment, so not a failure to show.
 */
public final class WorkspaceClosedException extends StoreException {
    public WorkspaceClosedException(String message) {
        super(message);
    }
}

package app.hamish.ui.session;

/**
 * A change to the open article, committed through the services when the session executes it. A change that is
 * not an {@link Edit} cannot be undone: a workflow move is an audited step of a process, a rejected suggestion a
 * decision about the assistant, not about the text.
 */
public interface Change {
    void apply(EditContext context);
}

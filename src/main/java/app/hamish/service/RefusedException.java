package app.hamish.service;

/** A change the workflow rules refuse, with a message meant for the analyst; nothing was changed. */
public final class RefusedException extends RuntimeException {
    public RefusedException(String message) {
        super(message);
    }
}

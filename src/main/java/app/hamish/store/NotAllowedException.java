package app.hamish.store;

/**
 * The server refused a change because the login may not make it (SQLSTATE 42501: a missing grant, or one of the
 * workspace's guards, decision 0024); nothing was changed.
 */
public final class NotAllowedException extends StoreException {
    static final String SQL_STATE = "42501";

    public NotAllowedException(String message, Throwable cause) {
        super(message, cause);
    }

    public NotAllowedException(String message) {
        super(message);
    }
}

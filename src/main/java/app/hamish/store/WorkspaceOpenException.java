package app.hamish.store;

/** A workspace (a file, or a database on a server) could not be opened; it was left exactly as it was. */
public final class WorkspaceOpenException extends StoreException {
    /** Why opening failed, so callers (the command line's exit codes, the start dialog) can react. */
    public enum Reason {
        IN_USE, NOT_A_WORKSPACE, NEWER_VERSION, OLDER_VERSION, DAMAGED, NOT_WRITABLE, NO_SQLITE_LIBRARY,
        /** The server cannot be reached, or refused the login. */
        UNREACHABLE,
        /** The server asks for a password, and none was given (PGPASSWORD, ~/.pgpass or typed). */
        PASSWORD_NEEDED
    }

    private final Reason reason;

    public WorkspaceOpenException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public WorkspaceOpenException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }

    /** Whether a password the user types could open it: the workbench then asks for one. */
    public boolean passwordNeeded() {
        return reason == Reason.PASSWORD_NEEDED;
    }
}

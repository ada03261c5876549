package app.hamish.store;

/** A database operation failed; the transaction it belonged to was rolled back. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}

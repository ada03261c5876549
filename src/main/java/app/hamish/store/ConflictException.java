package app.hamish.store;

/** A change was refused because it contradicts what the workspace already holds; nothing was changed. */
public final class ConflictException extends StoreException {
    public ConflictException(String message) {
        super(message);
    }
}

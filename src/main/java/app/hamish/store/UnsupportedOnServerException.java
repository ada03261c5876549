package app.hamish.store;

/** Something only a workspace file can do yet was asked of a server workspace; nothing was changed. */
public final class UnsupportedOnServerException extends StoreException {
    public UnsupportedOnServerException(String message) {
        super(message);
    }
}

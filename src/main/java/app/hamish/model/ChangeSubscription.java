package app.hamish.model;

/** Listening to a workspace's changes, until closed. */
public interface ChangeSubscription extends AutoCloseable {
    /** For a workspace nobody else can change while it is open: there is nothing to listen to. */
    ChangeSubscription NONE = () -> {
    };

    @Override
    void close();
}

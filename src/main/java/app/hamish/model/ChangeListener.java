package app.hamish.model;

import java.util.Set;

/**
 * Told of changes other clients commit to a shared workspace, and of the connection that brings them going and
 * coming back; called on the listener's own thread (decision 0025).
 */
public interface ChangeListener {
    /**
     * Others committed changes to these articles' text, annotations, relations, decisions or layer states;
     * {@code everything}: anything may have changed (labels, annotators, or notices missed while disconnected).
     */
    void changed(Set<Long> articleIds, boolean everything);

    /** The connection to the server is gone: changes made elsewhere do not arrive until it is back. */
    void connectionLost(String reason);

    /** Connected and listening again; {@link #changed} with everything follows, for what was missed meanwhile. */
    void reconnected();
}

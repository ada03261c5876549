package app.hamish.service;

import java.util.List;
import java.util.Optional;

/**
 * A change the workflow rules refuse, with a message meant for the analyst; nothing was changed. The message is
 * English; a refusal the workbench shows also carries a key and the values that fill it in, so the workbench can
 * say it in the analyst's language.
 */
public final class RefusedException extends RuntimeException {
    private final String key;
    private final List<Object> arguments;

    /** A refusal only the command line shows. */
    public RefusedException(String message) {
        this(null, message);
    }

    /**
     * @param key the workbench message {@code refused.KEY}; {@code arguments} fill in its {@code {0}}, {@code {1}}...
     *            (workflow states and transitions among them are translated as well)
     */
    public RefusedException(String key, String message, Object... arguments) {
        super(message);
        this.key = key;
        this.arguments = List.of(arguments);
    }

    public Optional<String> key() {
        return Optional.ofNullable(key);
    }

    public List<Object> arguments() {
        return arguments;
    }
}

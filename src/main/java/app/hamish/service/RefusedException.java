package app.hamish.service;

import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * A change the workflow rules refuse, with a message meant for the analyst; nothing was changed. The message is the
 * English text of its {@link Refusal}; {@link #describe} says it in the workbench's language.
 */
public final class RefusedException extends RuntimeException {
    private final Refusal refusal;
    private final List<Object> arguments;

    /** A refusal made above the services, which only the command line shows; the services name a {@link Refusal}. */
    public RefusedException(String message) {
        super(message);
        this.refusal = null;
        this.arguments = List.of();
    }

    /**
     * @param arguments fill in the text's {@code {0}}, {@code {1}}... (workflow states and transitions among them are
     *                  named in the text's language)
     */
    public RefusedException(Refusal refusal, Object... arguments) {
        this(refusal, List.of(arguments));
    }

    private RefusedException(Refusal refusal, List<Object> arguments) {
        super(RefusalTexts.format(refusal, arguments, RefusalTexts.english(), false));
        this.refusal = refusal;
        this.arguments = arguments;
    }

    public Optional<Refusal> refusal() {
        return Optional.ofNullable(refusal);
    }

    /**
     * This refusal in the language of {@code messages}, for the workbench: quoted texts, names and offsets as bidi
     * isolates, so they show in order beside Arabic. In English if that bundle does not word it.
     */
    public String describe(ResourceBundle messages) {
        return refusal != null && messages.containsKey(refusal.bundleKey())
                ? RefusalTexts.format(refusal, arguments, messages, true) : getMessage();
    }
}

package app.hamish.service;

import app.hamish.model.WorkflowState;
import app.hamish.model.WorkflowTransition;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The wording of refusals, from the interface's message bundles, so that each is written once: in English for the
 * command line and the log, in the analyst's language in the workbench (decision 0019).
 */
final class RefusalTexts {
    /**
     * The interface's bundles, read by name: the services give the workbench the words it shows, and depend on no
     * class of it.
     */
    static final String BUNDLE = "app.hamish.ui.messages";

    private RefusalTexts() {
    }

    /** The base bundle, English, whatever the default locale. */
    static ResourceBundle english() {
        return ResourceBundle.getBundle(BUNDLE, Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static String format(Refusal refusal, List<Object> arguments, ResourceBundle messages) {
        return MessageFormat.format(messages.getString(refusal.bundleKey()),
                arguments.stream().map(argument -> word(argument, messages)).toArray());
    }

    /** States and transitions by their names in the bundle's language; anything else as text (no digit grouping). */
    private static String word(Object argument, ResourceBundle messages) {
        return switch (argument) {
            case WorkflowState state -> messages.getString("state." + state.code());
            case WorkflowTransition transition -> messages.getString("refused.transition." + transition.code());
            default -> String.valueOf(argument);
        };
    }
}

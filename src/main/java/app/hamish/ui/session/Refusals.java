package app.hamish.ui.session;

import app.hamish.model.WorkflowState;
import app.hamish.model.WorkflowTransition;
import app.hamish.service.RefusedException;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** A refusal in the analyst's language: the bundle's wording when it has one, else the service's English. */
final class Refusals {
    private Refusals() {
    }

    static String describe(RefusedException refusal, ResourceBundle messages) {
        return refusal.key().map(key -> "refused." + key).filter(messages::containsKey)
                .map(key -> MessageFormat.format(messages.getString(key),
                        refusal.arguments().stream().map(argument -> word(argument, messages)).toArray()))
                .orElse(refusal.getMessage());
    }

    /** States and transitions by their names in the interface; anything else as text (no digit grouping). */
    private static String word(Object argument, ResourceBundle messages) {
        return switch (argument) {
            case WorkflowState state -> messages.getString("state." + state.code());
            case WorkflowTransition transition -> messages.getString("move." + transition.code()).replace("…", "");
            default -> String.valueOf(argument);
        };
    }
}

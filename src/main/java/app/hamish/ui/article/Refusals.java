package app.hamish.ui.article;

import app.hamish.service.RefusedException;
import java.util.ResourceBundle;

/** A refusal in the analyst's language, from the same bundle entry the command line prints in English. */
final class Refusals {
    private Refusals() {
    }

    static String describe(RefusedException refusal, ResourceBundle messages) {
        return refusal.describe(messages);
    }
}

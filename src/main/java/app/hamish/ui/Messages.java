package app.hamish.ui;

import java.util.Locale;
import java.util.ResourceBundle;

/** The user-facing strings, from {@code messages.properties} (English) or {@code messages_ar.properties}. */
public final class Messages {
    private Messages() {
    }

    public static ResourceBundle bundle(Locale locale) {
        // English is the base bundle; without NO_FALLBACK an Arabic default locale would leak into English.
        return ResourceBundle.getBundle("app.hamish.ui.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}

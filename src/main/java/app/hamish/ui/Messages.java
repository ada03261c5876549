package app.hamish.ui;

import java.util.Locale;
import java.util.ResourceBundle;

/** The user-facing strings, from {@code messages.properties} (English) or {@code messages_ar.properties}. */
public final class Messages {
    private Messages() {
    }

    public static ResourceBundle bundle() {
        return ResourceBundle.getBundle("app.hamish.ui.messages", Locale.getDefault());
    }
}

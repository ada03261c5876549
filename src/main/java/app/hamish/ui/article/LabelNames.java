package app.hamish.ui.article;

import java.util.ResourceBundle;

/** A label's display name: translated for the built-in labels, its own name for labels users added. */
public final class LabelNames {
    private LabelNames() {
    }

    public static String of(String label, ResourceBundle messages) {
        String key = "label." + label;
        return messages.containsKey(key) ? messages.getString(key) : label;
    }
}

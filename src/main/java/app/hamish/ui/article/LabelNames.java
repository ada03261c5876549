package app.hamish.ui.article;

import java.util.ResourceBundle;

/**
 * A label's or entity subtype's display name: translated for the built-in ones, its own name for those users or
 * imports added.
 */
public final class LabelNames {
    private LabelNames() {
    }

    public static String of(String label, ResourceBundle messages) {
        return translated("label." + label, label, messages);
    }

    /** @return "" for an annotation without a subtype */
    public static String ofSubtype(String subtype, ResourceBundle messages) {
        return subtype == null ? "" : translated("subtype." + subtype, subtype, messages);
    }

    private static String translated(String key, String name, ResourceBundle messages) {
        return messages.containsKey(key) ? messages.getString(key) : name;
    }
}

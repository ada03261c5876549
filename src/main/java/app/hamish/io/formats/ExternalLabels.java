package app.hamish.io.formats;

/**
 * How Hamish names its labels in other tools' files: the label, and its subtype after a colon
 * ({@code ENTITY:person}), which is also how {@link app.hamish.io.LabelMapping} reads them back.
 */
final class ExternalLabels {
    private ExternalLabels() {
    }

    static String name(String label, String subtype) {
        return subtype == null ? label : label + ":" + subtype;
    }
}

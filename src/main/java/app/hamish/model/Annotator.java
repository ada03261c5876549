package app.hamish.model;

/** A person (or an importer, such as {@code import:doccano}) whose annotations are kept as their own layer. */
public record Annotator(long id, String name, Role role) {
    public enum Role {
        ANNOTATOR, REVIEWER;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Role fromCode(String code) {
            return valueOf(code.toUpperCase(java.util.Locale.ROOT));
        }
    }
}

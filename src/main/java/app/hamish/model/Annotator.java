package app.hamish.model;

/** A person (or an importer, such as {@code import:doccano}) whose annotations are kept as their own layer. */
public record Annotator(long id, String name, Role role) {
    /**
     * The reserved owner of every article's gold layer, the reviewers' adjudicated result (decision 0027): the same
     * id and name in every workspace, never a person.
     */
    public static final long GOLD_ID = 0;
    public static final String GOLD_NAME = "(gold)";

    public boolean isGold() {
        return id == GOLD_ID;
    }

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

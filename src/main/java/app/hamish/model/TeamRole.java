package app.hamish.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a person on a team server may do, as the PostgreSQL group role their login belongs to (decision 0024). An
 * admin also reviews: in the workspace's annotators an admin is a reviewer.
 */
public enum TeamRole {
    ANNOTATOR("hamish_annotator", Annotator.Role.ANNOTATOR),
    REVIEWER("hamish_reviewer", Annotator.Role.REVIEWER),
    ADMIN("hamish_admin", Annotator.Role.REVIEWER);

    /**
     * A login's name, which is also the annotator's: lower-case letters, digits and underscores, as PostgreSQL keeps
     * an unquoted name, so that psql and ~/.pgpass spell it the same; not a system role's ({@code pg_}) nor a
     * group's.
     */
    private static final Pattern LOGIN_NAME = Pattern.compile("(?!pg_|hamish_)[a-z_][a-z0-9_]{0,62}");

    private final String group;
    private final Annotator.Role annotatorRole;

    TeamRole(String group, Annotator.Role annotatorRole) {
        this.group = group;
        this.annotatorRole = annotatorRole;
    }

    /** The NOLOGIN group role on the server. */
    public String group() {
        return group;
    }

    /** The role the person has in the workspace's annotators. */
    public Annotator.Role annotatorRole() {
        return annotatorRole;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TeamRole> fromCode(String code) {
        return Arrays.stream(values()).filter(role -> role.code().equals(code)).findFirst();
    }

    public static boolean isLoginName(String name) {
        return LOGIN_NAME.matcher(name).matches();
    }
}

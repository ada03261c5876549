package app.hamish.store;

import app.hamish.model.Annotator;
import app.hamish.model.TeamRole;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;

/**
 * The server's logins for a team (decision 0024): each person a LOGIN role in one of the groups that migration
 * {@code V002__team_roles.sql} creates, and an annotator of the same name.
 */
final class TeamLogins {
    private TeamLogins() {
    }

    /**
     * Refuses, before anything is changed, a login that cannot create roles: setting up a team server and adding
     * people to it are an admin's.
     */
    static void requireAdmin(Connection connection, String what) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT current_user, rolcreaterole OR rolsuper FROM pg_roles"
                     + " WHERE rolname = current_user")) {
            rows.next();
            if (!rows.getBoolean(2)) {
                throw new NotAllowedException(rows.getString(1) + " may not " + what + ": that takes a login with"
                        + " CREATEROLE (an admin added with --role admin, or the database's owner). Nothing was"
                        + " changed.");
            }
        }
    }

    /**
     * Creates the login with its password, puts it in its role's group, and registers it as an annotator (or gives
     * an annotator of that name who had no login yet, e.g. brought in by an import, the role).
     *
     * @param name a name {@link TeamRole#isLoginName} accepts
     */
    static void add(Connection connection, String name, TeamRole role, char[] password) throws SQLException {
        if (!TeamRole.isLoginName(name)) {
            throw new IllegalArgumentException("not a login name: " + name);
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT FROM pg_roles WHERE rolname = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                if (rows.next()) {
                    throw new ConflictException("The server already has a role named " + name
                            + " (roles are the whole server's, not one database's); choose another name."
                            + " Nothing was changed.");
                }
            }
        }
        // The name is checked above to be a plain lower-case identifier, so it can stand in the statement as is.
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE ROLE " + name + " LOGIN" + (role == TeamRole.ADMIN ? " CREATEROLE" : ""));
            // So that an admin may add people on PostgreSQL 16 and later too, where CREATEROLE alone does not grant.
            statement.execute(role == TeamRole.ADMIN
                    ? "GRANT hamish_annotator, hamish_reviewer, hamish_admin TO " + name + " WITH ADMIN OPTION"
                    : "GRANT " + role.group() + " TO " + name);
        }
        // The driver sends only a SCRAM verifier made here: the password is in no statement and no server log.
        connection.unwrap(PGConnection.class).alterUserPassword(name, password, "scram-sha-256");
        try (PreparedStatement register = connection.prepareStatement("""
                INSERT INTO annotators (name, role, uuid) VALUES (?, ?, ?)
                ON CONFLICT (name) DO UPDATE SET role = excluded.role""")) {
            register.setString(1, name);
            register.setString(2, role.annotatorRole().code());
            register.setString(3, AuditRows.newUuid());
            register.executeUpdate();
        }
        if (role.annotatorRole() == Annotator.Role.REVIEWER) {
            // On a server the admin decides who reviews; the workspace's list of reviewers (decision 0028) follows.
            try (PreparedStatement list = connection.prepareStatement("""
                    INSERT INTO reviewers (annotator_id, added_at, added_by)
                    SELECT id, (extract(epoch FROM clock_timestamp()) * 1000)::BIGINT, id FROM annotators WHERE name = ?
                    ON CONFLICT DO NOTHING""")) {
                list.setString(1, name);
                list.executeUpdate();
            }
        }
    }
}

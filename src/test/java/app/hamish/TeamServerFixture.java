package app.hamish;

import app.hamish.model.ServerAddress;
import app.hamish.model.TeamRole;
import app.hamish.service.TeamServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A team server workspace as an admin makes it (decision 0024): a database owned by an admin login with CREATEROLE,
 * {@code server init} run by that admin, and people added with {@code add-user}. Roles are the whole server's, so
 * every name made here ends in a suffix of its own and no two test classes share one. The logins' passwords are in
 * a passfile the driver reads ({@code org.postgresql.pgpassfile}), as ~/.pgpass would be read on a team's machine.
 */
public final class TeamServerFixture implements AutoCloseable {
    private static final String PASSFILE = "org.postgresql.pgpassfile";

    private final String database;
    private final String suffix;
    private final Path passfile;
    private final String previousPassfile;

    private TeamServerFixture(String database, String suffix, Path passfile, String previousPassfile) {
        this.database = database;
        this.suffix = suffix;
        this.passfile = passfile;
        this.previousPassfile = previousPassfile;
    }

    /** A new database, owned by its admin ({@link #admin()}), on which {@code server init} has run. */
    public static TeamServerFixture initialised(Path folder) {
        TeamServerFixture fixture = prepared(folder);
        TeamServer.initialise(fixture.address(fixture.admin()));
        return fixture;
    }

    /** A new database owned by its admin, a login with CREATEROLE, as a server's administrator makes them. */
    public static TeamServerFixture prepared(Path folder) {
        String suffix = "_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        PgServer server = PgServer.shared();
        String database = server.newDatabase();
        String admin = "boss" + suffix;
        try (Connection superuser = server.connect(database); Statement statement = superuser.createStatement()) {
            statement.execute("CREATE ROLE " + admin + " LOGIN CREATEROLE PASSWORD '" + password(admin) + "'");
            statement.execute("ALTER DATABASE " + database + " OWNER TO " + admin);
            // PostgreSQL 15 and later give the public schema to the database's owner by themselves; 14 does not.
            statement.execute("ALTER SCHEMA public OWNER TO " + admin);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the team database: " + e.getMessage(), e);
        }
        try {
            Path passfile = folder.resolve("pgpass");
            Files.writeString(passfile, PgServer.HOST + ":" + server.port() + ":*:" + admin + ":" + password(admin)
                    + "\n");
            return new TeamServerFixture(database, suffix, passfile, System.setProperty(PASSFILE,
                    passfile.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each login's password, from its name: the tests need no secret, only one that differs per person. */
    public static String password(String login) {
        return "pw-" + login;
    }

    /** {@code base} with this fixture's suffix: a name no other test class uses. */
    public String name(String base) {
        return base + suffix;
    }

    public String admin() {
        return name("boss");
    }

    public String database() {
        return database;
    }

    /** Adds {@code base}'s login through {@code add-user} as the admin, and returns its full name. */
    public String add(String base, TeamRole role) {
        String login = name(base);
        try {
            Files.writeString(passfile, PgServer.HOST + ":" + PgServer.shared().port() + ":*:" + login + ":"
                    + password(login) + "\n", StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TeamServer.addMember(address(admin()), login, role, password(login).toCharArray());
        return login;
    }

    public ServerAddress address(String login) {
        return new ServerAddress(PgServer.HOST, PgServer.shared().port(), database, login, Map.of());
    }

    /** {@code address(login)} as the command line takes it. */
    public String url(String login) {
        return "postgresql://" + PgServer.HOST + ":" + PgServer.shared().port() + "/" + database + "?user=" + login;
    }

    /** A plain JDBC connection as {@code login}, with its password: nothing of Hamish between the test and the server. */
    public Connection connect(String login) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + PgServer.HOST + ":" + PgServer.shared().port() + "/"
                + database, login, password(login));
    }

    /** Puts back the passfile setting there was before. */
    @Override
    public void close() {
        if (previousPassfile == null) {
            System.clearProperty(PASSFILE);
        } else {
            System.setProperty(PASSFILE, previousPassfile);
        }
    }
}

package app.hamish.store;

import app.hamish.model.ServerAddress;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.postgresql.PGConnection;

/**
 * How this client logs in to its server, kept to connect again after a lost connection; and which backend is its
 * own writer, so that its own commits' notices are told apart from others'. The password lives only here, in
 * memory: never in the address, preferences or logs.
 */
final class ServerLogin {
    private final ServerAddress address;
    /** A password the user typed, or null for PostgreSQL's own conventions (PGPASSWORD, ~/.pgpass). */
    private final String password;
    private volatile int writerBackend;

    ServerLogin(ServerAddress address, String password) {
        this.address = address;
        this.password = password;
    }

    ServerAddress address() {
        return address;
    }

    /** The writer's connection; its backend's notices are this client's own. */
    Connection connectWriter() throws SQLException {
        Connection connection = connect();
        writerBackend = connection.unwrap(PGConnection.class).getBackendPID();
        return connection;
    }

    Connection connect() throws SQLException {
        // The driver itself rather than DriverManager, which would load every driver on the class path.
        Connection connection = new org.postgresql.Driver().connect("jdbc:postgresql://" + address.host() + ":"
                + address.port() + "/" + address.database(), properties());
        if (connection == null) {
            throw new SQLException("the driver does not accept " + address, "08001");
        }
        return connection;
    }

    boolean isOwn(int backend) {
        return backend == writerBackend;
    }

    /** The driver's properties: user and options, and the password if one was typed or PGPASSWORD is set. */
    private Properties properties() {
        Properties properties = new Properties();
        properties.setProperty("user", address.user());
        address.options().forEach(properties::setProperty);
        String given = password != null ? password : System.getenv("PGPASSWORD");
        if (given != null) {
            properties.setProperty("password", given);
        }
        return properties;
    }
}

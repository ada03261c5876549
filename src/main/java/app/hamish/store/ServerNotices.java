package app.hamish.store;

import app.hamish.model.ChangeListener;
import app.hamish.model.ChangeSubscription;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens, on a connection and a daemon thread of its own, for the notices the server's triggers send as each
 * change commits (migration V002), and passes others' on as one batch per wake-up. A lost connection is said at
 * once; the listener connects again by itself, listens again, and then says that everything may have changed,
 * since notices sent meanwhile were lost (decision 0025).
 */
final class ServerNotices implements ChangeSubscription {
    /** The channel the triggers notify; a payload is an article id, or {@link #EVERYTHING}. */
    static final String CHANNEL = "hamish_changes";
    static final String EVERYTHING = "workspace";
    private static final Logger LOG = Logger.getLogger(ServerNotices.class.getName());
    /** How long one wait for notices lasts; a change is seen as soon as it arrives, not after this. */
    private static final int WAIT_MILLIS = 250;
    /** How often a quiet connection is asked whether it is still there: a lost network sends no goodbye. */
    private static final long HEARTBEAT_NANOS = 2_000_000_000L;
    private static final long RETRY_MILLIS = 250;

    private final ServerLogin login;
    private final ChangeListener listener;
    private final Thread thread;
    private final Object stopped = new Object();
    private volatile boolean closed;
    private Connection connection;

    private ServerNotices(ServerLogin login, ChangeListener listener) {
        this.login = login;
        this.listener = listener;
        this.thread = Thread.ofPlatform().daemon().name("hamish-server-notices").unstarted(this::run);
    }

    /** Listens before returning, so that no change committed after this call is missed. */
    static ServerNotices start(ServerLogin login, ChangeListener listener) {
        ServerNotices notices = new ServerNotices(login, listener);
        try {
            notices.connection = notices.listen();
        } catch (SQLException e) {
            notices.connection = null;
            listener.connectionLost(PostgresDialect.INSTANCE.reason(e));
        }
        notices.thread.start();
        return notices;
    }

    private Connection listen() throws SQLException {
        Connection listening = login.connect();
        try (Statement statement = listening.createStatement()) {
            statement.execute("LISTEN " + CHANNEL);
        } catch (SQLException e) {
            closeQuietly(listening);
            throw e;
        }
        return listening;
    }

    private void run() {
        long lastHeard = System.nanoTime();
        while (!closed) {
            try {
                if (connection == null) {
                    connection = listen();
                    lastHeard = System.nanoTime();
                    listener.reconnected();
                    listener.changed(Set.of(), true);
                }
                PGNotification[] notices = connection.unwrap(PGConnection.class).getNotifications(WAIT_MILLIS);
                if (notices != null && notices.length > 0) {
                    lastHeard = System.nanoTime();
                    deliver(notices);
                } else if (System.nanoTime() - lastHeard > HEARTBEAT_NANOS) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("SELECT 1");
                    }
                    lastHeard = System.nanoTime();
                }
            } catch (SQLException e) {
                if (closed) {
                    break;
                }
                lost(e);
            } catch (RuntimeException e) {
                // A listener's failure must not end the listening; what it failed at is in the log.
                LOG.warning(() -> "a change notice could not be shown: " + e);
            }
        }
        closeQuietly(connection);
    }

    private void lost(SQLException e) {
        if (connection != null) {
            closeQuietly(connection);
            connection = null;
            LOG.warning(() -> "lost the connection to " + login.address() + ": " + e.getMessage());
            listener.connectionLost(PostgresDialect.INSTANCE.reason(e));
        }
        synchronized (stopped) {
            if (!closed) {
                try {
                    stopped.wait(RETRY_MILLIS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    closed = true;
                }
            }
        }
    }

    /** One batch per wake-up: a burst of commits arrives as one call. This client's own commits are left out. */
    private void deliver(PGNotification[] notices) {
        Set<Long> articles = new HashSet<>();
        boolean everything = false;
        for (PGNotification notice : notices) {
            if (login.isOwn(notice.getPID())) {
                continue;
            }
            if (EVERYTHING.equals(notice.getParameter())) {
                everything = true;
            } else {
                articles.add(Long.parseLong(notice.getParameter()));
            }
        }
        if (everything || !articles.isEmpty()) {
            listener.changed(Set.copyOf(articles), everything);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Already gone: there is nothing left to close.
        }
    }

    @Override
    public void close() {
        synchronized (stopped) {
            closed = true;
            stopped.notifyAll();
        }
        try {
            thread.join(WAIT_MILLIS * 4L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

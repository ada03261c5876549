package app.hamish.store;

import app.hamish.model.ArticleFeed;
import app.hamish.model.ChangeListener;
import app.hamish.model.ChangeSubscription;
import app.hamish.model.ImportReport;
import app.hamish.model.MergeReport;
import app.hamish.model.PreparedArticle;
import app.hamish.model.ServerAddress;
import app.hamish.model.TeamRole;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.logging.Logger;

/**
 * A workspace in a PostgreSQL database, shared by everyone who connects to it: the same rows and SQL as a SQLite
 * workspace (see {@link JdbcWorkspaceStore}). What only a file can do is refused until the server has its own way
 * (decision 0021).
 */
public final class PostgresWorkspaceStore extends JdbcWorkspaceStore {
    private static final Logger LOG = Logger.getLogger(PostgresWorkspaceStore.class.getName());
    private final ServerAddress address;
    private final ServerLogin login;

    private PostgresWorkspaceStore(ServerLogin login, Database database, LabelCatalog labels, Clock clock) {
        super(database, labels, clock, SearchRows.TRIGRAMS);
        this.address = login.address();
        this.login = login;
    }

    /**
     * Reads the whole feed first, and only then stores it, as {@link #addArticles(List)} does: an import's write holds
     * the whole workspace (decision 0033), and every other client's write would wait while the files were read,
     * forever if a network mount stalls. A refusal of the files is thrown before anything is locked or written. The
     * hash and direction computed on the reading threads are what is stored, not computed again here. A server is sent
     * the text as a string, so the prepared bytes are let go as each file is read: a whole corpus held twice could run
     * out of memory. (A text the reading left as the file's bytes holds them until the write reads it as a string,
     * then the string alone.)
     */
    @Override
    public ImportReport addArticles(ArticleFeed feed) {
        List<PreparedArticle> read = new ArrayList<>();
        for (PreparedArticle article = feed.next(); article != null; article = feed.next()) {
            read.add(new PreparedArticle(article.article(), null, article.sha256(), article.direction()));
        }
        Iterator<PreparedArticle> articles = read.iterator();
        return addArticles("import " + read.size() + " articles",
                () -> articles.hasNext() ? articles.next() : null);
    }

    /**
     * Connects, and creates or updates the workspace schema in the database.
     *
     * @throws WorkspaceOpenException if the server cannot be reached or refuses the login, or the database holds
     *                                something else or a newer workspace; nothing is changed then
     */
    public static PostgresWorkspaceStore open(ServerAddress address, Clock clock) {
        return open(address, null, clock, false);
    }

    /**
     * As {@link #open(ServerAddress, Clock)}, logging in with a password the user typed (null: from PGPASSWORD or
     * ~/.pgpass); it is kept in memory only, to connect again after a lost connection.
     */
    public static PostgresWorkspaceStore open(ServerAddress address, String password, Clock clock) {
        return open(address, password, clock, false);
    }

    /**
     * As {@link #open(ServerAddress, Clock)}, for an admin setting up a team server: refused, changing nothing, for a
     * login that cannot create roles; the schema's migrations create the team's group roles and grants.
     *
     * @throws NotAllowedException if the login may not create roles
     */
    public static PostgresWorkspaceStore initialise(ServerAddress address, Clock clock) {
        return open(address, null, clock, true);
    }

    private static PostgresWorkspaceStore open(ServerAddress address, String password, Clock clock,
            boolean byAdmin) {
        ServerLogin login = new ServerLogin(address, password);
        Connection connection = connect(login);
        Database database = new Database(connection, address.toString(), PostgresDialect.INSTANCE,
                login::connectWriter);
        try {
            if (byAdmin) {
                database.read("check the login's rights", read -> {
                    TeamLogins.requireAdmin(read, "set up a team workspace");
                    return null;
                });
            }
            PostgresMigrations.migrate(database, address);
            database.write("index the articles for search", writer -> mayIndex(writer)
                    ? SearchRows.TRIGRAMS.indexMissing(writer) : 0);
            return new PostgresWorkspaceStore(login, database, database.read("read labels", LabelCatalog::load),
                    clock);
        } catch (RuntimeException e) {
            try {
                database.close();
            } catch (RuntimeException closeFailure) {
                e.addSuppressed(closeFailure);
            }
            throw e;
        }
    }

    /** A connection of its own, for the bench's limits measured beside this store. */
    static Connection connect(ServerAddress address) {
        return connect(new ServerLogin(address, null));
    }

    private static Connection connect(ServerLogin login) {
        ServerAddress address = login.address();
        try {
            return login.connectWriter();
        } catch (SQLException e) {
            throw new WorkspaceOpenException(passwordMissing(e) ? WorkspaceOpenException.Reason.PASSWORD_NEEDED
                    : WorkspaceOpenException.Reason.UNREACHABLE, "Cannot open the workspace " + address.database()
                    + " on " + address.host() + ":" + address.port() + " as " + address.user() + ": "
                    + whyNotConnected(e), e);
        }
    }

    /** The server asked for a password and none was given: the workbench then asks for one. */
    private static boolean passwordMissing(SQLException e) {
        return "08004".equals(e.getSQLState()) && String.valueOf(e.getMessage()).contains("no password was provided");
    }

    /** By SQLSTATE: the driver's own words for a refused password are "FATAL: ..." and a stack of causes. */
    private static String whyNotConnected(SQLException e) {
        String state = String.valueOf(e.getSQLState());
        if (state.equals("28P01") || state.equals("08004") && String.valueOf(e.getMessage()).contains("password")) {
            return "the server refused the password, or none was given (Hamish reads it from PGPASSWORD or"
                    + " ~/.pgpass).";
        }
        if (state.startsWith("28")) {
            return "the server does not let this user in (" + e.getMessage() + ").";
        }
        if (state.equals("3D000")) {
            return "the server has no such database; an administrator creates it (createdb).";
        }
        if (state.startsWith("08")) {
            return "the server cannot be reached (" + e.getMessage() + ").";
        }
        return e.getMessage();
    }

    /** Not a file: {@code HOST:PORT/DATABASE}, in a path's clothes, for the places that name the workspace. */
    @Override
    public Path location() {
        return Path.of(address.host() + ":" + address.port(), address.database());
    }

    /**
     * Adds a person to the team: a login role named {@code name} with this password, in {@code role}'s group, and an
     * annotator of that name; all or nothing.
     *
     * @throws NotAllowedException if this login may not create roles
     * @throws ConflictException   if the server already has a role of that name
     */
    public void addTeamMember(String name, TeamRole role, char[] password) {
        database.write("add " + name + " to the team", connection -> {
            TeamLogins.requireAdmin(connection, "add people to the team");
            TeamLogins.add(connection, name, role, password);
            return null;
        });
    }

    public ServerAddress address() {
        return address;
    }

    /** The database existed before; only its schema is created, and a failed import leaves none of its rows. */
    @Override
    public boolean created() {
        return false;
    }

    @Override
    public void discardCreated(Throwable failure) {
        throw new IllegalStateException(address + " was not created by this open");
    }

    /** Brings a workspace file into the server by merge's rules, in one server transaction ({@code push}). */
    @Override
    public MergeReport mergeFrom(Path other, LongSupplier actor) {
        return new WorkspaceMerge(database, null, labels, this::indexForSearch, actor,
                Times.truncate(clock.instant()), MergeSource.DEFAULT_DEADLINE).from(other);
    }

    /** A new SQLite workspace file holding one snapshot of this one (see {@link ServerSnapshot}). */
    @Override
    public void backupTo(Path target) {
        backupTo(target, true);
    }

    @Override
    public void backupTo(Path target, boolean replace) {
        ServerSnapshot.write(database, target, replace);
    }

    /** The server's own backups (pg_dump, base backups) keep a server workspace; Hamish makes none of its own. */
    @Override
    public Optional<Path> backUpIfDue() {
        return Optional.empty();
    }

    /** None of a server workspace's files is on this machine. */
    @Override
    public void requireNotWorkspaceFile(Path target) {
    }

    private UnsupportedOnServerException notYet(String what) {
        return new UnsupportedOnServerException("Cannot " + what + ": " + address
                + " is a server workspace, and this is not supported on a server workspace yet.");
    }

    /**
     * Through the server's notices, sent by triggers as each change commits (decision 0025). When anything may
     * have changed, the labels are read again before the listener hears of it, so a label another client added
     * can be used at once.
     */
    @Override
    public ChangeSubscription subscribe(ChangeListener listener) {
        return ServerNotices.start(login, new ChangeListener() {
            @Override
            public void changed(Set<Long> articleIds, boolean everything) {
                if (everything) {
                    learnLabels();
                }
                listener.changed(articleIds, everything);
            }

            @Override
            public void connectionLost(String reason) {
                listener.connectionLost(reason);
            }

            @Override
            public void reconnected() {
                listener.reconnected();
            }
        });
    }

    private void learnLabels() {
        try {
            labels.learn(database.read("read labels", LabelCatalog::load));
        } catch (StoreException e) {
            // The next notice reads them again; the change itself is still shown.
            LOG.warning(() -> "could not read the labels again: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        database.close();
    }

    /** Whether this login may index articles: only those who may add them (decision 0024). */
    private static boolean mayIndex(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT has_table_privilege('article_search', 'INSERT')");
             ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getBoolean(1);
        }
    }
}

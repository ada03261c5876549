package app.hamish.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.JavaProcess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lock file is deleted by each writer as it closes, so processes keep locking files that others are deleting
 * and recreating: still, never two writers at once.
 */
class WorkspaceLockTest {
    private static final int PROCESSES = 4;

    @TempDir
    Path folder;

    @Test
    void writersOpeningAndClosingAsFastAsTheyCanNeverHoldTheWorkspaceTogether() throws Exception {
        Path workspace = folder.resolve("w.db");
        SqliteWorkspaceStore.open(workspace).close();
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) {
            processes.add(new ProcessBuilder(JavaProcess.command(LockContentionDriver.class, workspace.toString(),
                    "6000")).redirectErrorStream(true).redirectOutput(folder.resolve("out-" + i).toFile()).start());
        }
        int acquired = 0;
        for (int i = 0; i < PROCESSES; i++) {
            assertThat(processes.get(i).waitFor(120, TimeUnit.SECONDS)).isTrue();
            List<String> output = Files.readAllLines(folder.resolve("out-" + i), StandardCharsets.UTF_8);
            assertThat(output).as("process %d", i).filteredOn(line -> line.startsWith("finding:")).isEmpty();
            acquired += output.stream().filter(line -> line.startsWith("acquired "))
                    .mapToInt(line -> Integer.parseInt(line.substring("acquired ".length()))).sum();
        }
        assertThat(acquired).as("the writers took turns").isGreaterThanOrEqualTo(PROCESSES);
        assertThat(folder.resolve("w.db.lock")).doesNotExist();
    }
}

package app.hamish.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.JavaProcess;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real starts (fresh JVMs: the library loads once per process) with their own home, cache and temporary folder:
 * which file the process mapped, and what each start leaves behind.
 */
class SqliteLibraryStartTest {
    @TempDir
    Path folder;

    @Test
    void theLibraryTheFirstStartCopiesIntoTheCacheIsTheOneTheNextStartMaps() throws Exception {
        String first = start(false);
        List<Path> cached = cachedFiles();
        assertThat(cached).hasSize(1);
        Object file = Files.readAttributes(cached.getFirst(), "unix:ino").get("ino");

        String next = start(false);

        assertThat(first).isEqualTo(SqliteLibraryDriver.LOADED + cached.getFirst());
        assertThat(next).isEqualTo(first);
        assertThat(Files.readAttributes(cached.getFirst(), "unix:ino").get("ino")).as("not written again")
                .isEqualTo(file);
    }

    @Test
    void aKilledStartLeavesNothingInTheTemporaryFolder() throws Exception {
        // The first start writes the cache, the second finds it: neither may leave a copy behind when killed.
        for (int start = 0; start < 2; start++) {
            assertThat(start(true)).startsWith(SqliteLibraryDriver.LOADED);

            try (Stream<Path> left = Files.list(temporaryFolder())) {
                assertThat(left).as("left in the temporary folder by killed start %d", start + 1).isEmpty();
            }
        }
    }

    /** The driver's line; with {@code killed}, the process is killed (SIGKILL) as soon as it has said it. */
    private String start(boolean killed) throws IOException, InterruptedException {
        Files.createDirectories(temporaryFolder());
        ProcessBuilder builder = new ProcessBuilder(JavaProcess.command(SqliteLibraryDriver.class,
                List.of("-Duser.home=" + folder.resolve("home"), "-Djava.io.tmpdir=" + temporaryFolder()),
                killed ? "hold" : "once"))
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().remove("XDG_CACHE_HOME");
        Process process = builder.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line = out.readLine();
            if (killed) {
                process.destroyForcibly();
            }
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            return line;
        }
    }

    private Path temporaryFolder() {
        return folder.resolve("tmp");
    }

    private List<Path> cachedFiles() throws IOException {
        try (Stream<Path> files = Files.walk(folder.resolve("home").resolve(".cache"))) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}

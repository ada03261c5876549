package app.hamish.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.JavaProcess;
import app.hamish.model.ArticleText;
import app.hamish.model.NewArticle;
import app.hamish.service.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading commands run beside the workspace's writer and beside each other: real processes, started together, while
 * this JVM holds the workspace as the workbench does and keeps committing.
 */
class ReadersBesideWriterTest {
    private static final int READERS = 20;

    @TempDir
    Path folder;

    @Test
    void twentyReadingCommandsAtOnceAllSucceedWhileTheWriterKeepsCommitting() throws Exception {
        Path file = folder.resolve("w.db");
        AtomicBoolean reading = new AtomicBoolean(true);
        AtomicInteger committed = new AtomicInteger();
        List<Process> readers = new ArrayList<>();
        try (Workspace writer = Workspace.open(file)) {
            writer.corpus().importArticles(List.of(article(0)));
            Thread commits = Thread.ofPlatform().start(() -> {
                while (reading.get()) {
                    writer.corpus().importArticles(List.of(article(committed.incrementAndGet())));
                }
            });
            try {
                for (int i = 0; i < READERS; i++) {
                    readers.add(start(readingCommand(i, file), folder.resolve("log-" + i)));
                }
                for (int i = 0; i < READERS; i++) {
                    Process reader = readers.get(i);
                    assertThat(reader.waitFor(240, TimeUnit.SECONDS)).as("reader %d finished", i).isTrue();
                    String output = Files.readString(folder.resolve("log-" + i), StandardCharsets.UTF_8);
                    assertThat(reader.exitValue()).as("%s: %s", readingCommand(i, file).get(0), output).isZero();
                }
            } finally {
                reading.set(false);
                commits.join();
                readers.forEach(Process::destroyForcibly);
            }
            assertThat(committed.get()).as("the writer went on committing meanwhile").isPositive();
            assertThat(writer.corpus().count()).isEqualTo(committed.get() + 1);
        }
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left.map(path -> path.getFileName().toString())).as("no -wal, -shm, lock or backup folder")
                    .filteredOn(name -> name.startsWith("w.db")).containsExactly("w.db");
        }
    }

    @Test
    void aReaderAloneLeavesNoFileBesideTheWorkspace() throws Exception {
        Path file = folder.resolve("w.db");
        try (Workspace writer = Workspace.open(file)) {
            writer.corpus().importArticles(List.of(article(1)));
        }

        CommandLineTest.Run stats = CommandLineTest.hamish("stats", "--workspace", file.toString());

        assertThat(stats.exitCode()).as(stats.err()).isZero();
        assertThat(stats.out()).contains("articles\t1");
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).containsExactly(file);
        }
    }

    private List<String> readingCommand(int i, Path file) {
        String workspace = file.toString();
        String out = folder.resolve("out-" + i).toString();
        return switch (i % 6) {
            case 0 -> List.of("stats", "--workspace", workspace);
            case 1 -> List.of("export", "--workspace", workspace, "--format", "jsonl", "--all", "--out", out);
            case 2 -> List.of("audit", "--workspace", workspace, "--out", out);
            case 3 -> List.of("agreement", "--workspace", workspace, "--out", out);
            case 4 -> List.of("find", "--workspace", workspace, "القاهرة");
            default -> List.of("backup", "--workspace", workspace, out);
        };
    }

    private Process start(List<String> arguments, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(JavaProcess.command(Main.class, List.of(),
                arguments.toArray(String[]::new))).redirectErrorStream(true).redirectOutput(log.toFile());
        // Main logs beside the default workspace, annotations/ under the folder it starts from (the data folder
        // when installed): keep these runs' logs out of the checkout's and the user's.
        builder.directory(folder.toFile()).environment().put("XDG_DATA_HOME", folder.resolve("data").toString());
        return builder.start();
    }

    private static NewArticle article(int number) {
        return new NewArticle("a" + number, "t", "a" + number + ".txt",
                ArticleText.of("زار الوزير القاهرة يوم " + number), "{}");
    }
}

package app.hamish.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.JavaProcess;
import app.hamish.model.Annotator;
import app.hamish.model.ArticleSummary;
import app.hamish.service.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The AOT cache's training start ({@code --rehearse-keys}, decision 0074) as the build runs it: the everyday start
 * in a real process, headless, the analyst's name and workspace remembered from a first start. It must press every
 * key it is there to train, and leave the workspace it opened, the preferences and the temporary folder as it found
 * them.
 */
class KeyRehearsalTest {
    private static final List<String> STEPS = List.of("tag", "undo", "redo", "delete", "undo of the delete",
            "next suggestion", "suggestion accept", "review accept", "long article's suggestions");

    @TempDir
    Path folder;

    @Test
    void theTrainingStartPressesEveryKeyOnAWorkspaceOfItsOwn() throws Exception {
        Path preferences = StartupBenchmark.rememberAnalyst(folder.resolve("home"));
        Path temporary = Files.createDirectories(folder.resolve("tmp"));
        assertThat(start("--exit-when-shown")).contains("hamish: first window shown");
        Path workspace = folder.resolve("annotations/workbench.db");
        String remembered = Files.readString(preferences, StandardCharsets.UTF_8);
        String before = contents(workspace);

        List<String> printed = start("--rehearse-keys");

        assertThat(printed).as("the steps it printed").filteredOn(line -> line.startsWith("hamish: rehearsed "))
                .map(line -> line.substring("hamish: rehearsed ".length())).containsExactlyElementsOf(STEPS);
        assertThat(printed).contains("hamish: rehearsal done");
        assertThat(contents(workspace)).as("the annotators and annotations of the workspace it opened")
                .isEqualTo(before);
        assertThat(Files.readString(preferences, StandardCharsets.UTF_8)).isEqualTo(remembered);
        try (Stream<Path> left = Files.list(temporary)) {
            assertThat(left).as("left in the temporary folder").isEmpty();
        }
    }

    /** Who annotates in the workspace and what, article by article. */
    private static String contents(Path file) {
        try (Workspace workspace = Workspace.open(file)) {
            StringBuilder contents = new StringBuilder();
            workspace.annotations().annotators().stream().map(Annotator::name).forEach(contents::append);
            for (ArticleSummary article : workspace.corpus().articles()) {
                contents.append('\n').append(article.externalId()).append(": ")
                        .append(workspace.annotations().ofArticle(article.id()));
            }
            return contents.toString();
        }
    }

    /** Main in a fresh JVM, headless, in the test's folder: the lines it printed, having exited 0 within 3 min. */
    private List<String> start(String argument) throws Exception {
        Path output = folder.resolve("output.txt");
        ProcessBuilder builder = new ProcessBuilder(JavaProcess.command(Main.class, List.of(
                "-Duser.home=" + folder.resolve("home"), "-Djava.io.tmpdir=" + folder.resolve("tmp"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw"), argument))
                .directory(folder.toFile()).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("XDG_DATA_HOME", folder.resolve("data").toString());
        builder.environment().put("XDG_CACHE_HOME", folder.resolve("cache").toString());
        Process process = builder.start();
        boolean finished = process.waitFor(180, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly().waitFor();
        }
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(finished).as("finished within 3 min; printed:%n%s", printed).isTrue();
        assertThat(process.exitValue()).as("exit code; printed:%n%s", printed).isZero();
        return printed.lines().toList();
    }
}

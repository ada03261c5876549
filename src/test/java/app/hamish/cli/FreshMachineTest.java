package app.hamish.cli;

import static app.hamish.cli.MainProcess.HEADLESS_FX;
import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.TestFiles;
import app.hamish.cli.MainProcess.Run;
import app.hamish.service.Workspace;
import app.hamish.ui.shell.SessionMemory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hamish started as a tester does on a fresh clone or a server: a real process, with no UTF-8 locale, no display,
 * or a workspace already in use.
 */
class FreshMachineTest {
    @TempDir
    Path folder;

    @Test
    void anArabicFileNameImportsWithoutAUtf8Locale() throws Exception {
        Path article = TestFiles.write(folder.resolve("مقال القاهرة.txt"), "خبر من القاهرة");
        Run run = hamish(Map.of(), List.of(), "import", "--workspace", folder.resolve("w.db").toString(),
                article.toString());
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("Imported 1 article(s)");
        try (Workspace workspace = Workspace.open(folder.resolve("w.db"))) {
            assertThat(workspace.corpus().article("مقال القاهرة")).isPresent();
        }
    }

    @Test
    void theWorkbenchWithoutADisplaySaysSoAndSuggestsTheCommands() throws Exception {
        Run run = hamish(Map.of("LANG", "C.UTF-8"), List.of(), "--workspace", folder.resolve("w.db").toString(),
                "--annotator", "mona");
        assertThat(run.exitCode()).as(run.output()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.output()).contains("hamish: the workbench needs a display, and none is available")
                .contains("screenshot --out FILE.png").doesNotContain("unexpected failure")
                .doesNotContain("\tat ");
    }

    @Test
    void aSecondWorkbenchOnAWorkspaceInUseExitsWithCodeThree() throws Exception {
        Path shared = folder.resolve("shared.db");
        try (Workspace open = Workspace.open(shared)) {
            Run run = hamish(Map.of("LANG", "C.UTF-8"), HEADLESS_FX, "--workspace", shared.toString(),
                    "--annotator", "mona", "--exit-when-shown");
            assertThat(run.exitCode()).as(run.output()).isEqualTo(ExitCodes.WORKSPACE_UNAVAILABLE);
            assertThat(run.output()).contains("is already open in another Hamish window or process");
        }
    }

    /** A start-up timer on a fresh machine measures the window the analyst can act on first: the name question. */
    @Test
    void withNoRememberedNameTheNameDialogIsTheFirstWindowShown() throws Exception {
        Run run = hamish(Map.of("LANG", "C.UTF-8"), HEADLESS_FX, "--exit-when-shown");
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("hamish: first window shown");
    }

    /**
     * The everyday start, no arguments and the name remembered, opens the workbench without loading picocli, whose
     * classes the AOT cache cannot hold (decision 0072).
     */
    @Test
    void theEverydayStartShowsTheWorkbenchWithoutLoadingPicocli() throws Exception {
        Path preferences = StartupBenchmark.rememberAnalyst(folder.resolve("home"));

        Run run = hamish(Map.of("LANG", "C.UTF-8"), concat(HEADLESS_FX, List.of("-Xlog:class+load=info")),
                "--exit-when-shown");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("hamish: first window shown");
        assertThat(run.output().lines()).as("the classes loaded")
                .anyMatch(line -> line.contains(" app.hamish.cli.Main "))
                .noneMatch(line -> line.contains(" picocli.CommandLine "));
        assertThat(Files.readString(preferences)).as("remembered once the workbench, not the question, was shown")
                .contains("annotations/workbench.db");
    }

    /**
     * The AOT cache's training, on every system (decision 0081): told to remember nothing, the everyday start opens
     * the workspace a start opens when none is remembered, and leaves the preferences as they were.
     */
    @Test
    void aStartToldToRememberNothingLeavesThePreferencesAsTheyWere() throws Exception {
        Path preferences = StartupBenchmark.rememberAnalyst(folder.resolve("home"));
        String before = Files.readString(preferences);

        Run run = hamish(Map.of("LANG", "C.UTF-8"), concat(HEADLESS_FX,
                List.of("-D" + SessionMemory.PROPERTY + "=" + SessionMemory.FORGET)), "--exit-when-shown");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("hamish: first window shown");
        assertThat(folder.resolve("annotations/workbench.db")).as("the workbench opened").isRegularFile();
        assertThat(Files.readString(preferences)).isEqualTo(before);
    }

    /** A remembered workspace moved or deleted since: the everyday start opens the default one and says which went. */
    @Test
    void theEverydayStartWhoseWorkspaceIsGoneOpensTheDefaultOneAndSaysSo() throws Exception {
        Path gone = folder.resolve("moved-away.db");
        Path preferences = StartupBenchmark.rememberAnalyst(folder.resolve("home"));
        Files.writeString(preferences, Files.readString(preferences).replace("</map>",
                "  <entry key=\"lastWorkspace\" value=\"" + gone + "\"/>\n</map>"));

        Run run = hamish(Map.of("LANG", "C.UTF-8"), HEADLESS_FX, "--exit-when-shown");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("hamish: first window shown")
                .contains("the workspace opened last, " + gone + ", is no longer there; opening "
                        + Path.of("annotations", "workbench.db"));
        assertThat(Files.readString(preferences)).as("the default one remembered in its place")
                .contains(folder.resolve("annotations/workbench.db").toString());
    }

    @Test
    void theEverydayStartOnAWorkspaceInUseExitsWithCodeThree() throws Exception {
        StartupBenchmark.rememberAnalyst(folder.resolve("home"));
        Path shared = Files.createDirectories(folder.resolve("annotations")).resolve("workbench.db");
        try (Workspace open = Workspace.open(shared)) {
            Run run = hamish(Map.of("LANG", "C.UTF-8"), HEADLESS_FX, "--exit-when-shown");
            assertThat(run.exitCode()).as(run.output()).isEqualTo(ExitCodes.WORKSPACE_UNAVAILABLE);
            assertThat(run.output()).contains("hamish: ")
                    .contains("is already open in another Hamish window or process");
        }
    }

    @Test
    void runFromTheJarTheLogIsBesideTheDefaultWorkspace() throws Exception {
        Run run = hamish(Map.of("LANG", "C.UTF-8"), List.of(), "stats", "--workspace",
                folder.resolve("elsewhere.db").toString());
        assertThat(run.exitCode()).as(run.output()).isEqualTo(ExitCodes.WORKSPACE_UNAVAILABLE);
        assertThat(folder.resolve("annotations/hamish.log")).isRegularFile();
        assertThat(folder.resolve("data")).doesNotExist();
    }

    /**
     * Main in a fresh JVM, working in the test's folder, with only {@code environment} beside PATH and HOME: no
     * locale and no display unless given.
     */
    private Run hamish(Map<String, String> environment, List<String> options, String... arguments)
            throws IOException, InterruptedException {
        return MainProcess.run(folder, options, env -> {
            String path = env.get("PATH");
            env.clear();
            env.put("PATH", path);
            env.put("HOME", folder.resolve("home").toString());
            env.put("XDG_DATA_HOME", folder.resolve("data").toString());
            env.putAll(environment);
        }, arguments);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}

package app.hamish.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Linux app image that packaging/Package.java built in the package phase, run as a user would run it: its own
 * launcher and Java, no display. Run by failsafe in integration-test (the linux-app-image profile).
 */
class AppImageIT {
    @TempDir
    Path folder;

    @Test
    void theAppImageRendersASeedArticleHeadlessAndLogsToTheDataFolder() throws Exception {
        Path png = folder.resolve("shot.png");
        ProcessBuilder builder = launcher("screenshot", "--workspace", folder.resolve("w.db").toString(),
                "--article", "003_1ba4dc8c3db29aaa", "--out", png.toString());
        // AOTMode=on makes the JVM refuse to start unless the AOT cache trained at packaging fits this jar.
        builder.environment().put("JAVA_TOOL_OPTIONS", "-XX:AOTMode=on -Djava.util.prefs.userRoot="
                + folder.resolve("prefs"));

        runSuccessfully(builder);

        WorkbenchPng.assertRendered(png, 1280, 800);
        assertThat(folder.resolve("data/hamish/logs/hamish.log")).as("the log in the data folder").isRegularFile();
    }

    @Test
    void theAppImageImportsAnArabicFileNameWithoutAUtf8Locale() throws Exception {
        Path article = Files.writeString(folder.resolve("مقال.txt"), "نص المقال");
        ProcessBuilder builder = launcher("import", "--workspace", folder.resolve("w.db").toString(),
                article.toString());
        // As on a server or in a container: no locale at all, so Java would read file names as ASCII.
        builder.environment().keySet().removeIf(name -> name.equals("LANG") || name.startsWith("LC_")
                || name.equals("JAVA_TOOL_OPTIONS"));

        assertThat(runSuccessfully(builder)).contains("Imported 1 article(s)");
    }

    /**
     * Every start after the first opens an existing workspace: the cache, trained on such a start (decision 0068),
     * holds its checks, which a cache trained only on a new workspace left to be read from the jar at each start.
     */
    @Test
    void theAppImagesCacheHoldsTheOpeningOfAnExistingWorkspace() throws Exception {
        String workspace = folder.resolve("w.db").toString();
        Path article = Files.writeString(folder.resolve("article.txt"), "نص المقال");
        runSuccessfully(launcher("import", "--workspace", workspace, article.toString()));
        ProcessBuilder stats = launcher("stats", "--workspace", workspace);
        stats.environment().put("JAVA_TOOL_OPTIONS", "-XX:AOTMode=on -Xlog:class+load=info");

        String printed = runSuccessfully(stats);

        assertThat(printed.lines().filter(line -> line.contains(" app.hamish.store.StoredRowsCheck ")))
                .as("where the existing workspace's row checks were loaded from").singleElement(STRING)
                .contains("source: shared objects file");
    }

    private ProcessBuilder launcher(String... arguments) {
        Path launcher = Path.of(System.getProperty("hamish.appImage"), "bin", "hamish");
        assertThat(launcher).as("the app image's launcher").isExecutable();
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve("output.txt").toFile());
        // The image brings its own Java: none of the build's may leak in.
        builder.environment().remove("JAVA_HOME");
        builder.environment().put("XDG_DATA_HOME", folder.resolve("data").toString());
        return builder;
    }

    /** @return what it printed */
    private String runSuccessfully(ProcessBuilder builder) throws Exception {
        Process process = builder.start();
        boolean finished = process.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        String printed = Files.readString(folder.resolve("output.txt"));
        assertThat(finished).as("finished within 120 s; printed:%n%s", printed).isTrue();
        assertThat(process.exitValue()).as("exit code; printed:%n%s", printed).isZero();
        return printed;
    }
}

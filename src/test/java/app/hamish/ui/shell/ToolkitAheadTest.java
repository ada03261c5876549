package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.cli.Main;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JavaFX started while the arguments are parsed (decision 0060): the workbench opens on it, or it stops. */
class ToolkitAheadTest {
    @TempDir
    Path folder;

    @Test
    void theWorkbenchOpensOnJavaFxStartedBeforeItsArgumentsWereKnown() throws Exception {
        HeadlessProcess.Run run = HeadlessProcess.run(ToolkitAheadDriver.class, folder, "workbench",
                folder.resolve("w.db").toString());
        assertThat(run.exitCode()).as(String.join("\n", run.output())).isZero();
        assertThat(run.output()).containsSubsequence("JavaFX running before the arguments are given",
                WorkbenchApp.SHOWN);
    }

    /** Arguments that turn out to ask for no workbench: JavaFX, started for nothing, stops without a window. */
    @Test
    void argumentsThatAreNotTheWorkbenchsStopJavaFxWithoutAWindow() throws Exception {
        HeadlessProcess.Run run = HeadlessProcess.run(ToolkitAheadDriver.class, folder, "none");
        assertThat(run.exitCode()).as(String.join("\n", run.output())).isZero();
        assertThat(run.output()).containsSubsequence("JavaFX running before the arguments are given",
                "JavaFX stopped").doesNotContain(WorkbenchApp.SHOWN);
    }

    /**
     * A mistyped option through the real entry point, JavaFX having been started while the arguments were parsed:
     * picocli names the option, and Hamish exits 2 without showing a window.
     */
    @Test
    void aMistypedOptionEndsTheProcessWithPicoclisMessage() throws Exception {
        HeadlessProcess.Run run = HeadlessProcess.run(Main.class, folder, "--workspac", "w.db");
        assertThat(run.exitCode()).as(String.join("\n", run.output())).isEqualTo(2);
        assertThat(String.join("\n", run.output())).contains("--workspac").doesNotContain(WorkbenchApp.SHOWN);
    }
}

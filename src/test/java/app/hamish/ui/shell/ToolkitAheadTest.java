package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

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

    /** A mistyped option: picocli says so, and JavaFX, started for nothing, stops without a window. */
    @Test
    void argumentsThatAreNotTheWorkbenchsStopJavaFxWithoutAWindow() throws Exception {
        HeadlessProcess.Run run = HeadlessProcess.run(ToolkitAheadDriver.class, folder, "none");
        assertThat(run.exitCode()).as(String.join("\n", run.output())).isZero();
        assertThat(run.output()).containsSubsequence("JavaFX running before the arguments are given",
                "JavaFX stopped").doesNotContain(WorkbenchApp.SHOWN);
    }
}

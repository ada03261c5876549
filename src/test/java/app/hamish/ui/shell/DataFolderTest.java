package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.service.Workspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DataFolderTest {
    @Test
    void theLogIsInTheLogsFolder() {
        assertThat(DataFolder.logFile(Path.of("/home/mona/.local/share/hamish")))
                .isEqualTo(Path.of("/home/mona/.local/share/hamish/logs/hamish.log"));
    }

    @Test
    void anInstalledHamishKeepsItsDefaultWorkspaceInTheDataFolder() {
        Path data = Path.of("/home/mona/.local/share/hamish");
        assertThat(DefaultWorkspace.of(true, data)).isEqualTo(data.resolve("workbench.db"));
        assertThat(DefaultWorkspace.of(false, data)).isEqualTo(Workspace.DEFAULT_LOCATION);
    }
}

package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.service.Workspace;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataFolderTest {
    private static final Path HOME = Path.of("/home/mona");

    @Test
    void linuxFollowsXdgDataHomeAndFallsBackToLocalShare() {
        assertThat(DataFolder.of("Linux", Map.of("XDG_DATA_HOME", "/data/mona"), HOME))
                .isEqualTo(Path.of("/data/mona/hamish"));
        assertThat(DataFolder.of("Linux", Map.of(), HOME)).isEqualTo(Path.of("/home/mona/.local/share/hamish"));
        // The spec says an empty or relative value is to be ignored.
        assertThat(DataFolder.of("Linux", Map.of("XDG_DATA_HOME", ""), HOME))
                .isEqualTo(Path.of("/home/mona/.local/share/hamish"));
        assertThat(DataFolder.of("Linux", Map.of("XDG_DATA_HOME", "relative/data"), HOME))
                .isEqualTo(Path.of("/home/mona/.local/share/hamish"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertThat(DataFolder.of("Mac OS X", Map.of("XDG_DATA_HOME", "/data/mona"), HOME))
                .isEqualTo(Path.of("/home/mona/Library/Application Support/Hamish"));
    }

    @Test
    void windowsUsesAppData() {
        String appData = "C:\\Users\\mona\\AppData\\Roaming";
        assertThat(DataFolder.of("Windows 11", Map.of("APPDATA", appData), HOME)).isEqualTo(Path.of(appData, "Hamish"));
        assertThat(DataFolder.of("Windows 11", Map.of(), HOME))
                .isEqualTo(Path.of("/home/mona/AppData/Roaming/Hamish"));
    }

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

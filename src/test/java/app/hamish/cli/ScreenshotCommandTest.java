package app.hamish.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreenshotCommandTest {
    @TempDir
    Path folder;

    @Test
    void rendersTheWorkbenchOnASeedArticleToAPng() throws Exception {
        Path png = folder.resolve("shots/main.png");
        int code = Main.commandLine().execute("screenshot", "--workspace", folder.resolve("w.db").toString(),
                "--article", "003_1ba4dc8c3db29aaa", "--width", "1000", "--height", "640", "--out", png.toString());
        assertThat(code).isZero();
        WorkbenchPng.assertRendered(png, 1000, 640);
    }
}

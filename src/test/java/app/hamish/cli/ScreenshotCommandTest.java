package app.hamish.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
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
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(640);
        // The article pane holds dark text pixels: something was drawn, not an empty window.
        int dark = 0;
        for (int y = 80; y < 600; y++) {
            for (int x = 300; x < 700; x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) < 80 && ((rgb >> 8) & 0xff) < 80 && (rgb & 0xff) < 80) {
                    dark++;
                }
            }
        }
        assertThat(dark).isGreaterThan(2_000);
    }
}

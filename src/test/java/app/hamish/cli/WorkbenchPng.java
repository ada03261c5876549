package app.hamish.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Checks that a PNG from the screenshot command shows the workbench with an article in it. */
final class WorkbenchPng {
    private WorkbenchPng() {
    }

    static void assertRendered(Path png, int width, int height) throws IOException {
        assertThat(png).isRegularFile();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
        // The article pane, in the middle, holds dark text pixels: something was drawn, not an empty window.
        int dark = 0;
        for (int y = height / 8; y < height * 15 / 16; y++) {
            for (int x = width * 3 / 10; x < width * 7 / 10; x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) < 80 && ((rgb >> 8) & 0xff) < 80 && (rgb & 0xff) < 80) {
                    dark++;
                }
            }
        }
        assertThat(dark).as("dark text pixels in the article pane").isGreaterThan(2_000);
    }
}

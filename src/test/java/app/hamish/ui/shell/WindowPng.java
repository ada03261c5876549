package app.hamish.ui.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Saves what a UI test's window shows to target/ui-tests/NAME.png, for a person to look at. */
final class WindowPng {
    private WindowPng() {
    }

    static Path write(WorkbenchWindow window, String name) {
        HeadlessFx.settle();
        return write(window.stage().getScene(), name);
    }

    static Path write(Scene scene, String name) {
        return write(scene, Path.of("target", "ui-tests", name + ".png"));
    }

    /** To {@code png}, for a window in a process of its own, whose working folder is not the build's. */
    static Path write(WorkbenchWindow window, Path png) {
        HeadlessFx.settle();
        return write(window.stage().getScene(), png);
    }

    private static Path write(Scene scene, Path png) {
        WritableImage image = HeadlessFx.call(() -> scene.snapshot(null));
        try {
            Files.createDirectories(png.getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", png.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png;
    }
}

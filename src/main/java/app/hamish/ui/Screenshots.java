package app.hamish.ui;

import app.hamish.model.Annotator;
import app.hamish.service.Workspace;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/** Renders the main window on an article, with its annotations, to a PNG file, without a display. */
public final class Screenshots {
    private Screenshots() {
    }

    /** What to render. {@code annotationId} (or -1) is shown selected, with its outline. */
    public record Request(Path workspace, String articleId, Path out, int width, int height, Locale locale,
                          long annotationId) {
    }

    /** @throws app.hamish.store.StoreException if the workspace cannot be opened */
    public static void render(Request request) throws IOException {
        Workspace workspace = Workspace.open(request.workspace());
        HeadlessFx.start();
        WorkbenchWindow window = HeadlessFx.call(() -> {
            Stage stage = new Stage();
            stage.setWidth(request.width());
            stage.setHeight(request.height());
            return WorkbenchWindow.open(stage, workspace, new WorkbenchWindow.Options("screenshot",
                    Annotator.Role.ANNOTATOR, request.articleId(), request.locale(), BackgroundWork.synchronous(),
                    BackgroundWork.synchronous(), question -> java.util.Optional.empty(), SessionMemory.NONE))
                    .orElseThrow();
        });
        try {
            HeadlessFx.settle();
            if (request.annotationId() >= 0) {
                HeadlessFx.run(() -> window.articleModel().annotations().stream()
                        .filter(annotation -> annotation.id() == request.annotationId()).findFirst()
                        .ifPresent(annotation -> {
                            window.articleModel().click(annotation);
                            window.articleView().scrollToOffset(window.articleModel().articleProperty().get()
                                    .text().toUtf16(annotation.span().start()));
                        }));
                HeadlessFx.settle();
            }
            WritableImage image = HeadlessFx.call(() -> window.stage().getScene().snapshot(null));
            BufferedImage png = SwingFXUtils.fromFXImage(image, null);
            Files.createDirectories(request.out().toAbsolutePath().getParent());
            ImageIO.write(png, "png", request.out().toFile());
        } finally {
            HeadlessFx.run(window::close);
        }
    }
}

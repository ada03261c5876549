package app.hamish.ui.shell;

import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.service.RefusedException;
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

    /**
     * What to render. {@code annotationId} (or -1) is shown selected, with its outline; {@code adjudicating} shows
     * the adjudication view, the layers in review in lanes under the text.
     */
    public record Request(Path workspace, String articleId, Path out, int width, int height, Locale locale,
                          long annotationId, boolean adjudicating) {
    }

    /**
     * @throws app.hamish.store.StoreException if the workspace cannot be opened
     * @throws RefusedException if the article or the annotation asked for is not there (a picture of something
     *         else would pass for the one asked for)
     */
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
        window.awaitFilled();
        try {
            // The window falls back to the first article, which suits a user but not a picture of the one asked for.
            String shown = HeadlessFx.call(() -> window.session().article().externalId());
            if (request.articleId() != null && !request.articleId().equals(shown)) {
                throw new RefusedException("There is no article " + request.articleId() + " in "
                        + request.workspace() + "; nothing was written.");
            }
            // The article's suggestions are asked for after its first frame (decision 0086), then drawn.
            HeadlessFx.awaitNextFrame(window.stage().getScene());
            HeadlessFx.settle();
            if (request.adjudicating()) {
                HeadlessFx.run(() -> window.adjudication().activeProperty().set(true));
                HeadlessFx.settle();
            }
            if (request.annotationId() >= 0) {
                HeadlessFx.run(() -> select(window, request.annotationId()));
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

    private static void select(WorkbenchWindow window, long annotationId) {
        Article shown = window.session().article();
        Annotation annotation = window.session().annotations().stream()
                .filter(candidate -> candidate.id() == annotationId).findFirst()
                .orElseThrow(() -> new RefusedException("Article " + shown.externalId() + " has no annotation "
                        + annotationId + "; nothing was written."));
        window.session().selectAnnotation(annotation);
        window.articleView().scrollToOffset(annotation.span().start());
    }
}

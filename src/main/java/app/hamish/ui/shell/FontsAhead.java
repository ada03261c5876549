package app.hamish.ui.shell;

import app.hamish.ui.article.ArticleStyle;
import java.util.concurrent.CompletableFuture;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * The interface's fonts looked up on a thread of their own while the FX thread starts the window (decision 0068).
 * JavaFX's first font asks fontconfig for its logical fonts and reads the font files: about 90 ms of a processor,
 * which the first scene's styling otherwise paid on the FX thread. Fonts are not nodes: any thread may make them
 * once the toolkit runs, and JavaFX's font factory serialises them, so the FX thread, reaching its first font while
 * this one is still at it, waits for the rest rather than doing it twice.
 */
final class FontsAhead {
    private FontsAhead() {
    }

    /**
     * Starts the lookup; the toolkit must be running. Completed once the fonts are known, exceptionally if they
     * could not be: the FX thread then meets the same failure where it needs them, and reports it there.
     */
    static CompletableFuture<Void> start() {
        CompletableFuture<Void> looked = new CompletableFuture<>();
        Thread.ofPlatform().name("hamish-fonts").daemon().start(() -> {
            try {
                lookUp();
                looked.complete(null);
            } catch (RuntimeException | Error e) {
                looked.completeExceptionally(e);
            }
        });
        return looked;
    }

    /** What the first frame sets its text in: JavaFX's default font, and the stylesheet's family in both weights. */
    private static void lookUp() {
        Font.getDefault();
        Font.font(ArticleStyle.DEFAULT_FAMILY, ArticleStyle.DEFAULT_SIZE);
        Font.font(ArticleStyle.DEFAULT_FAMILY, FontWeight.BOLD, ArticleStyle.DEFAULT_SIZE);
    }
}

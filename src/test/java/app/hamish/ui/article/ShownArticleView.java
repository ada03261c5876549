package app.hamish.ui.article;

import app.hamish.ui.session.ArticleSession;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * An article view of a session in a window of its own, shown and laid out, for tests of what the view draws and
 * when. Made and closed on the FX thread.
 */
final class ShownArticleView {
    private final ArticleView view;
    private final Stage stage = new Stage();

    private ShownArticleView(ArticleSession session, double width, double height, Consumer<Task<?>> background) {
        view = new ArticleView(new AnnotateViewModel(session), new ArticleStyle(), background);
        stage.setScene(new Scene(view, width, height));
    }

    static ShownArticleView show(ArticleSession session, double width, double height) {
        return show(session, width, height, shown -> {
        });
    }

    /** As {@link #show(ArticleSession, double, double)}, {@code setUp} given the view and its scene before they show. */
    static ShownArticleView show(ArticleSession session, double width, double height,
                                 Consumer<ShownArticleView> setUp) {
        return show(session, width, height, Task::run, setUp);
    }

    /** As above, building its highlights in {@code background} when the suggestions change whole. */
    static ShownArticleView show(ArticleSession session, double width, double height, Consumer<Task<?>> background,
                                 Consumer<ShownArticleView> setUp) {
        ShownArticleView shown = new ShownArticleView(session, width, height, background);
        setUp.accept(shown);
        shown.stage.show();
        shown.view.layout();
        return shown;
    }

    ArticleView view() {
        return view;
    }

    Scene scene() {
        return stage.getScene();
    }

    void close() {
        view.dispose();
        stage.close();
    }
}

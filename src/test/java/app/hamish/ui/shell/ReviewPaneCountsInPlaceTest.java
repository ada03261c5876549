package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.Annotator;
import app.hamish.model.Label;
import app.hamish.model.Span;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tag changes the review pane's counts in the check box already drawn (decision 0040); a workflow move, which
 * changes the buttons offered, lists the layers anew.
 */
class ReviewPaneCountsInPlaceTest {
    private static final String ARTICLE = "000_8c93457ec6c28807";

    @TempDir
    Path folder;

    @Test
    void aTagChangesTheCountInTheCheckBoxAlreadyDrawn() {
        WorkbenchWindow window = WorkbenchHarness.openOnSamples(folder, "mona", Annotator.Role.ANNOTATOR, ARTICLE);
        try {
            HeadlessFx.run(() -> {
                window.session().selectText(new Span(41, 50));
                window.articleModel().annotate(Label.ENTITY, null);
            });
            HeadlessFx.settle();
            Node before = layer(window);
            assertThat(((CheckBox) before).getText()).contains("1");

            HeadlessFx.run(() -> {
                window.session().selectText(new Span(60, 70));
                window.articleModel().annotate(Label.CLAIM, null);
            });
            HeadlessFx.settle();
            Node after = layer(window);

            assertThat(after).isSameAs(before);
            assertThat(((CheckBox) after).getText()).isEqualTo(HeadlessFx.call(() -> freshLine(window)));

            HeadlessFx.run(() -> window.session().hiddenLayers().add(window.session().actor().id()));
            assertThat(((CheckBox) layer(window)).isSelected()).as("hidden").isFalse();
        } finally {
            HeadlessFx.run(window::close);
        }
    }

    private static Node layer(WorkbenchWindow window) {
        return HeadlessFx.call(() -> window.stage().getScene().lookup("#layer-mona"));
    }

    /** The line a pane drawn afresh on the same review shows for the layer. */
    private static String freshLine(WorkbenchWindow window) {
        app.hamish.ui.review.ReviewPane fresh = new app.hamish.ui.review.ReviewPane(window.articleModel(),
                window.reviewModel(), question -> Optional.empty(), Messages.bundle(java.util.Locale.ENGLISH));
        String line = ((CheckBox) fresh.node().lookup("#layer-mona")).getText();
        fresh.dispose();
        return line;
    }
}

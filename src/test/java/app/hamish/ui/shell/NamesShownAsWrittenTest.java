package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.io.SampleCorpus;
import app.hamish.model.Annotator;
import app.hamish.model.Label;
import app.hamish.model.Span;
import app.hamish.service.Workspace;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names the workspace gives are drawn as they are written. JavaFX buttons and check boxes take an underscore for a
 * mnemonic's mark and drop it from what they draw, and a team's logins are made of letters, digits and
 * underscores ({@code mona_k}), as custom labels often are ({@code HATE_SPEECH}).
 */
class NamesShownAsWrittenTest {
    private static final String ARTICLE = "000_8c93457ec6c28807";

    @TempDir
    Path folder;

    @Test
    void aLoginsUnderscoreStaysInTheReviewPaneAndALabelsInTheToolbar() {
        Path file = folder.resolve("w.db");
        try (Workspace workspace = Workspace.open(file)) {
            workspace.corpus().importSamplesIfEmpty(SampleCorpus::load);
            workspace.annotations().addLabel(new Label("HATE_SPEECH", "#8e44ad", "5", List.of()));
        }
        WorkbenchWindow window = WorkbenchHarness.open(file, "mona_k", Annotator.Role.ANNOTATOR, ARTICLE);
        try {
            HeadlessFx.run(() -> {
                window.session().selectText(new Span(41, 50));
                window.articleModel().annotate(Label.ENTITY, null);
            });
            HeadlessFx.settle();
            assertThat(drawnText(window, "#layer-mona_k")).startsWith("mona_k: ");
            assertThat(drawnText(window, "#label-HATE_SPEECH")).startsWith("HATE_SPEECH ");
        } finally {
            HeadlessFx.run(window::close);
        }
    }

    /** The text a labelled control draws, which is not its text property where the two differ. */
    private static String drawnText(WorkbenchWindow window, String selector) {
        return HeadlessFx.call(() -> {
            Node control = window.stage().getScene().lookup(selector);
            assertThat(control).as(selector).isInstanceOf(Labeled.class);
            return ((Text) control.lookup(".text")).getText();
        });
    }
}

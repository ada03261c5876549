package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.Annotator;
import app.hamish.model.Span;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real window, headless: a user is written into the workspace by their first change, not by opening it. A
 * reviewer who only looked became the workspace's reviewer, the first to act as one (decision 0028), and every
 * start of a new name wrote a record before its first frame.
 */
class LookingWritesNoAnnotatorTest {
    private static final String ARTICLE = "000_8c93457ec6c28807";

    @TempDir
    Path folder;

    @Test
    void aReviewerWhoOnlyLooksIsNotWrittenInNorMadeTheWorkspacesReviewerUntilTheirFirstTag() throws Exception {
        WorkbenchWindow window = WorkbenchHarness.openOnSamples(folder, "mona", Annotator.Role.REVIEWER, ARTICLE);
        Path file = folder.resolve("w.db");
        try {
            HeadlessFx.settle();
            assertThat(HeadlessFx.call(() -> texts(window.stage().getScene().lookup("#review-pane"))))
                    .as("the review pane's keys, a reviewer's though she is not in the workspace yet")
                    .contains(Messages.bundle(Locale.ENGLISH).getString("review.keys"));
            assertThat(rows(file, "SELECT name || ' ' || role FROM annotators WHERE name = 'mona'"))
                    .as("annotators named mona after opening and looking").isEmpty();
            assertThat(rows(file, "SELECT annotator_id FROM reviewers")).as("the workspace's reviewers").isEmpty();

            String text = HeadlessFx.call(() -> window.session().articleProperty().get().text().value());
            int start = text.codePointCount(0, text.indexOf("مملوك"));
            HeadlessFx.run(() -> window.articleModel().select(start, start + "مملوك".length(), false));
            assertThat(HeadlessFx.call(() -> window.session().selectionProperty().get()))
                    .isEqualTo(new Span(start, start + "مملوك".length()));
            HeadlessFx.run(() -> Event.fireEvent(window.articleView(), new KeyEvent(KeyEvent.KEY_PRESSED, "", "",
                    KeyCode.DIGIT1, false, false, false, false)));
            KeyPresses.committed(window);

            assertThat(rows(file, "SELECT name || ' ' || role FROM annotators WHERE name = 'mona'"))
                    .containsExactly("mona reviewer");
            assertThat(rows(file, "SELECT a.name FROM reviewers r JOIN annotators a ON a.id = r.annotator_id"))
                    .containsExactly("mona");
        } finally {
            HeadlessFx.run(window::close);
        }
    }

    private static List<String> texts(Node node) {
        List<String> texts = new ArrayList<>();
        if (node instanceof Labeled labeled) {
            texts.add(labeled.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> texts.addAll(texts(child)));
        }
        return texts;
    }

    private static List<String> rows(Path file, String query) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(query)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }
}

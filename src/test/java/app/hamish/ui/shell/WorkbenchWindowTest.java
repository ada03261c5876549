package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.Annotation;
import app.hamish.model.ArticleSummary;
import app.hamish.model.Label;
import app.hamish.service.Workspace;
import app.hamish.store.AutomaticBackups;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javafx.event.Event;
import app.hamish.model.Span;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real window, headless: first run, the keys an analyst uses, and undo. */
class WorkbenchWindowTest {
    private static final String ARTICLE = "000_8c93457ec6c28807";

    @TempDir
    Path folder;

    @Test
    @SuppressWarnings("unchecked")
    void firstRunImportsTheSamplesAndListsThem() {
        Path location = folder.resolve("first-run.db");
        WorkbenchWindow window = WorkbenchHarness.open(location, null, 1200, 800);
        try {
            ListView<ArticleSummary> list = HeadlessFx.call(() ->
                    (ListView<ArticleSummary>) window.stage().getScene().lookup("#article-list"));
            assertThat(HeadlessFx.call(() -> list.getItems().size())).isEqualTo(5);
            assertThat(HeadlessFx.call(() -> list.getItems().getFirst().title())).startsWith("الرئيسية » الهدهد");
            assertThat(HeadlessFx.call(() -> window.session().articleProperty().get().externalId()))
                    .isEqualTo(ARTICLE);

            TextField filter = HeadlessFx.call(() -> (TextField) window.stage().getScene().lookup("#article-filter"));
            HeadlessFx.run(() -> filter.setText("004"));
            assertThat(HeadlessFx.call(() -> list.getItems().size())).isEqualTo(1);
        } finally {
            HeadlessFx.run(window::close);
        }
        try (Workspace reopened = Workspace.open(location)) {
            assertThat(reopened.corpus().count()).isEqualTo(5);
        }
    }

    @Test
    void theOpenWorkbenchBacksTheWorkspaceUpAndReportsABackupThatFailsWithoutStoppingWork() throws Exception {
        Path location = folder.resolve("backed-up.db");
        WorkbenchWindow first = WorkbenchHarness.open(location, ARTICLE, 1200, 800);
        HeadlessFx.run(first::close);
        assertThat(AutomaticBackups.newest(location)).isPresent();

        Path blocked = folder.resolve("blocked.db");
        Workspace.open(blocked).close();
        // A file where the backup folder should be: the backup cannot be written, as on a full or read-only disk.
        Files.writeString(AutomaticBackups.folder(blocked), "in the way");
        WorkbenchWindow window = WorkbenchHarness.open(blocked, ARTICLE, 1200, 800);
        try {
            StatusBar status = HeadlessFx.call(() -> (StatusBar) window.stage().getScene().lookup("#status-line"));
            assertThat(HeadlessFx.call(status::getText)).startsWith("Automatic backup failed (your work is saved");
            HeadlessFx.run(() -> window.articleModel().select(0, 5, true));
            HeadlessFx.run(() -> window.articleModel().annotate(Label.CLAIM, null));
            assertThat(HeadlessFx.call(() -> window.session().annotations().size())).isEqualTo(1);
        } finally {
            HeadlessFx.run(window::close);
        }
    }

    @Test
    void hotkeysCreateTheRightLabelsAndUndoRedoRoundTripsTheWorkspace() throws Exception {
        Path location = folder.resolve("keys.db");
        WorkbenchWindow window = WorkbenchHarness.open(location, ARTICLE, 1200, 800);
        List<String> before;
        try {
            String text = HeadlessFx.call(() -> window.session().articleProperty().get().text().value());
            before = dump(window);

            selectWord(window, text, "مملوك");
            press(window, KeyCode.DIGIT1, false);
            selectWord(window, text, "زار");
            press(window, KeyCode.DIGIT2, false);
            selectWord(window, text, "مصادر");
            press(window, KeyCode.DIGIT3, false);
            selectWord(window, text, "القاهرة");
            press(window, KeyCode.DIGIT3, true);

            List<Annotation> made = HeadlessFx.call(() -> List.copyOf(window.session().annotations()));
            assertThat(made).extracting(annotation -> slice(text, window, annotation) + "=" + annotation.label()
                            + (annotation.subtype() == null ? "" : "/" + annotation.subtype()))
                    .containsExactlyInAnyOrder("مملوك=ENTITY", "زار=CLAIM", "مصادر=UNVERIFIED_SOURCE",
                            "القاهرة=ENTITY/location");

            HeadlessFx.run(() -> window.articleModel().click(made.getFirst()));
            press(window, KeyCode.DELETE, false);
            assertThat(HeadlessFx.call(() -> window.session().annotations().size())).isEqualTo(3);
            List<String> afterEdits = dump(window);

            for (int i = 0; i < 5; i++) {
                HeadlessFx.run(window.session()::undo);
                // Shown as saving first, committed after that frame (decision 0082).
                KeyPresses.committed(window);
                assertThat(HeadlessFx.call(() -> window.session().saveStateProperty().get()))
                        .as(HeadlessFx.call(() -> window.session().hintProperty().get()))
                        .isEqualTo(app.hamish.ui.session.SaveState.SAVED);
            }
            assertThat(dump(window)).isEqualTo(before);
            assertThat(HeadlessFx.call(() -> window.session().annotations())).isEmpty();
            for (int i = 0; i < 5; i++) {
                HeadlessFx.run(window.session()::redo);
            }
            KeyPresses.committed(window);
            assertThat(dump(window)).isEqualTo(afterEdits);
            assertThat(HeadlessFx.call(() -> window.session().annotations().size())).isEqualTo(3);
            assertThat(HeadlessFx.call(() -> window.session().annotations().stream()
                    .map(Annotation::label).sorted().toList()))
                    .containsExactly(Label.CLAIM, Label.ENTITY, Label.UNVERIFIED_SOURCE);
        } finally {
            HeadlessFx.run(window::close);
        }
    }

    @Test
    void switchingTheLanguageKeepsTheOpenArticleItsSelectionAndItsUndo() {
        Path location = folder.resolve("language.db");
        WorkbenchWindow window = WorkbenchHarness.open(location, ARTICLE, 1200, 800);
        try {
            String text = HeadlessFx.call(() -> window.session().article().text().value());
            selectWord(window, text, "مملوك");
            press(window, KeyCode.DIGIT1, false);
            Annotation made = HeadlessFx.call(() -> window.session().selectedProperty().get());
            var viewBefore = HeadlessFx.call(window::articleView);
            assertThat(undoItem(window)).isEqualTo("Undo tag");

            HeadlessFx.run(() -> window.switchLanguage(java.util.Locale.forLanguageTag("ar")));
            assertThat(HeadlessFx.call(window::articleView)).as("a view drawn in the new language")
                    .isNotSameAs(viewBefore);
            assertThat(HeadlessFx.call(() -> window.session().article().externalId())).isEqualTo(ARTICLE);
            assertThat(HeadlessFx.call(() -> window.session().selectedProperty().get())).isEqualTo(made);
            assertThat(undoItem(window)).isEqualTo("تراجع عن الوسم");

            assertThat(HeadlessFx.call(() -> window.articleView().isFocused())).as("the article keeps the keyboard")
                    .isTrue();
            javafx.scene.control.TableView<?> table = HeadlessFx.call(() -> (javafx.scene.control.TableView<?>)
                    window.stage().getScene().lookup("#annotation-table"));
            assertThat(HeadlessFx.call(() -> table.getSelectionModel().getSelectedItem())).isEqualTo(made);
            javafx.scene.robot.Robot robot = HeadlessFx.call(javafx.scene.robot.Robot::new);
            KeyPresses.press(robot, KeyCode.Z, KeyCode.CONTROL);
            KeyPresses.committed(window);
            assertThat(HeadlessFx.call(() -> window.session().annotations())).isEmpty();
            try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + location);
                 Statement statement = db.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT count(*) FROM annotations")) {
                assertThat(rows.getInt(1)).as("the undo was committed").isZero();
            }
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        } finally {
            HeadlessFx.run(window::close);
        }
    }

    /** The Edit menu's first item, Undo, as the analyst reads it. */
    private static String undoItem(WorkbenchWindow window) {
        return HeadlessFx.call(() -> ((javafx.scene.control.MenuBar) window.stage().getScene().lookup("#menu-bar"))
                .getMenus().get(1).getItems().getFirst().getText());
    }

    private static String slice(String text, WorkbenchWindow window, Annotation annotation) {
        return HeadlessFx.call(() -> window.session().articleProperty().get().text().slice(annotation.span()));
    }

    private static void selectWord(WorkbenchWindow window, String text, String word) {
        int start = text.codePointCount(0, text.indexOf(word));
        HeadlessFx.run(() -> window.articleModel().select(start + 1, start + word.length() - 1, false));
        assertThat(HeadlessFx.call(() -> window.session().selectionProperty().get()))
                .isEqualTo(new Span(start, start + word.length()));
    }

    /** A key and the frames after it: its edit commits right after the frame showing it as saving (decision 0078). */
    private static void press(WorkbenchWindow window, KeyCode code, boolean shift) {
        HeadlessFx.run(() -> Event.fireEvent(window.articleView(), new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code,
                shift, false, false, false)));
        KeyPresses.committed(window);
    }

    /** Every row of the annotation tables, read straight from the file. */
    private static List<String> dump(WorkbenchWindow window) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + window.workspace().location());
             Statement statement = connection.createStatement()) {
            for (String table : List.of("annotations", "relations", "review_decisions")) {
                try (ResultSet result = statement.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
                    ResultSetMetaData meta = result.getMetaData();
                    while (result.next()) {
                        StringBuilder row = new StringBuilder(table);
                        for (int column = 1; column <= meta.getColumnCount(); column++) {
                            row.append('|').append(result.getString(column));
                        }
                        rows.add(row.toString());
                    }
                }
            }
        }
        return rows;
    }
}

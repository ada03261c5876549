package app.hamish.ui.find;

import app.hamish.model.CorpusMatch;
import app.hamish.service.CorpusSearch;
import app.hamish.service.Workspace;
import app.hamish.ui.command.Command;
import app.hamish.ui.shell.BackgroundWork;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Find in all articles (Ctrl+Shift+F): the find bar's Arabic-aware matching over the whole corpus, run in the
 * background. Each result shows its article and the words around the match; Enter or a double-click opens the
 * article with the original text of the match selected, ready for a label key.
 */
public final class CorpusFindWindow {
    /** More would not be read; the count says how many there were. */
    static final int MAX_SHOWN = 1_000;

    private final Stage stage = new Stage();
    private final TextField field = new TextField();
    private final Label summary = new Label();
    private final ObservableList<CorpusMatch> results = FXCollections.observableArrayList();
    private final ListView<CorpusMatch> list = new ListView<>(results);
    private final Workspace workspace;
    private final BackgroundWork background;
    private final ResourceBundle messages;
    private Task<?> running;

    public CorpusFindWindow(Window owner, Workspace workspace, BackgroundWork background, Consumer<CorpusMatch> reveal,
                     NodeOrientation orientation, ResourceBundle messages) {
        this.workspace = workspace;
        this.background = background;
        this.messages = messages;
        field.setId("corpus-find-field");
        field.setPromptText(messages.getString("corpusFind.prompt"));
        field.setOnAction(event -> search(field.getText()));
        field.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (Command.GO_TO_MATCHES.matches(event) && !results.isEmpty()) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
                event.consume();
            }
        });
        summary.setId("corpus-find-summary");
        list.setId("corpus-find-results");
        list.setPlaceholder(new Label(messages.getString("corpusFind.empty")));
        list.setCellFactory(view -> new MatchCell());
        list.setOnKeyPressed(event -> {
            if (Command.OPEN_MATCH.matches(event) && list.getSelectionModel().getSelectedItem() != null) {
                reveal.accept(list.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
        list.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2
                    && list.getSelectionModel().getSelectedItem() != null) {
                reveal.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox root = new VBox(8, field, summary, list);
        root.setPadding(new Insets(10));
        root.setNodeOrientation(orientation);
        root.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (Command.CLOSE_CORPUS_FIND.matches(event)) {
                stage.hide();
            }
        });
        stage.initOwner(owner);
        stage.setTitle(messages.getString("corpusFind.title"));
        stage.setScene(new Scene(root, 720, 480));
        stage.getScene().getStylesheets().addAll(owner.getScene().getStylesheets());
    }

    /** Shows the window (or brings it back) with its text selected, ready to type over. */
    public void show() {
        stage.show();
        stage.toFront();
        field.requestFocus();
        field.selectAll();
    }

    void search(String query) {
        if (running != null) {
            running.cancel();
        }
        results.clear();
        if (query.isBlank()) {
            summary.setText("");
            return;
        }
        summary.setText(messages.getString("corpusFind.searching"));
        Task<Found> task = new Task<>() {
            @Override
            protected Found call() {
                List<CorpusMatch> shown = new ArrayList<>();
                int count = new CorpusSearch(workspace.corpus()).find(query, match -> {
                    if (isCancelled()) {
                        throw new CancellationException();
                    }
                    if (shown.size() < MAX_SHOWN) {
                        shown.add(match);
                    }
                });
                return new Found(shown, count);
            }
        };
        task.setOnSucceeded(event -> {
            Found found = task.getValue();
            results.setAll(found.shown());
            long articles = found.shown().stream().map(CorpusMatch::articleId).distinct().count();
            summary.setText(MessageFormat.format(messages.getString(found.count() > found.shown().size()
                    ? "corpusFind.countCapped" : "corpusFind.count"), found.count(), articles, found.shown().size()));
        });
        task.setOnFailed(event -> summary.setText(String.valueOf(task.getException().getMessage())));
        running = task;
        background.run(task);
    }

    public Stage stage() {
        return stage;
    }

    /** Closes the window and cancels a search under way: the workbench is closing, or changing its language. */
    public void close() {
        if (running != null) {
            running.cancel();
        }
        stage.close();
    }

    private record Found(List<CorpusMatch> shown, int count) {
    }

    /**
     * The article's title, then the match in bold between the words around it; one line, never wrapped (JavaFX
     * garbles wrapped Arabic), the context cut short with an ellipsis to fit the list's width.
     */
    private static final class MatchCell extends ListCell<CorpusMatch> {
        MatchCell() {
            // A cell as wide as the list, not as its content: no sideways scrolling, the context shortens instead.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(CorpusMatch match, boolean empty) {
            super.updateItem(match, empty);
            if (empty || match == null) {
                setGraphic(null);
                return;
            }
            Label title = new Label(match.title());
            title.getStyleClass().add("corpus-find-title");
            title.setMaxWidth(180);
            title.setMinWidth(60);
            Label found = new Label(match.text());
            found.getStyleClass().add("corpus-find-match");
            found.setMinWidth(Region.USE_PREF_SIZE);
            Label before = new Label("…" + match.before());
            before.setMinWidth(0);
            // Cut on the side away from the match, so the words next to it stay.
            before.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
            Label after = new Label(match.after() + "…");
            after.setMinWidth(0);
            HBox.setHgrow(after, Priority.ALWAYS);
            HBox line = new HBox(4, title, before, found, after);
            line.setMinWidth(0);
            line.setAlignment(Pos.CENTER_LEFT);
            line.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
            setGraphic(line);
        }
    }
}

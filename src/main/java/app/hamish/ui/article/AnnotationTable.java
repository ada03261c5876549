package app.hamish.ui.article;

import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.ReviewDecision;
import app.hamish.ui.command.Command;
import app.hamish.ui.frame.OnUnsubscribe;
import app.hamish.ui.session.ArticleSession;
import app.hamish.ui.command.KeyBindings;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.Subscription;
import javafx.scene.input.KeyEvent;

/** The open article's annotations; choosing a row selects the annotation and scrolls the article to it. */
public final class AnnotationTable extends TableView<Annotation> {
    /** The interface font (workbench.css), with which a column's width is measured before the table is shown. */
    private static final String FONT_FAMILY = "DejaVu Sans";
    private static final double FONT_SIZE = 13;
    /** A cell's padding on both sides, and the column header's separators. */
    private static final double CELL_PADDING = 20;
    /** Wide enough for a name of a few words. */
    static final double MIN_TEXT_WIDTH = 160;
    private boolean syncing;
    /** The cuts of texts too wide for their column, shared by all the table's cells. */
    private final FittedText fitting = new FittedText();
    private final Subscription subscriptions;
    /** The status column's cells, each until its row is dropped. */
    private final Set<AnnotationCell> statusCells = Collections.newSetFromMap(new WeakHashMap<>());

    public AnnotationTable(AnnotateViewModel model, ArticleView view, Function<Long, String> annotatorName,
                           ResourceBundle messages) {
        ObservableList<Annotation> annotations = model.session().annotations();
        setItems(FXCollections.observableArrayList(annotations));
        setId("annotation-table");
        Label placeholder = new Label(messages.getString("annotations.empty"));
        // Broken by line feeds in the message, never by JavaFX: its wrapping breaks Arabic (decision 0005).
        placeholder.setPadding(new javafx.geometry.Insets(12));
        setPlaceholder(placeholder);
        // Columns keep the widths they need and the table scrolls sideways: squeezed into the narrow pane, the
        // span's text, the column an analyst reads most, was cut to a word or two.
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        setRowFactory(table -> AnnotationRows.newRow());
        TableColumn<Annotation, String> label = column(messages.getString("annotations.label"),
                annotation -> LabelNames.of(annotation.label(), messages), 90);
        // Never narrower than its longest name, so a label is never cut to "ENT…" or "مصدر…".
        label.setMinWidth(widestName(model, messages));
        getColumns().add(label);
        TableColumn<Annotation, String> text = column(messages.getString("annotations.text"),
                annotation -> textOf(model.session().article(), annotation), 180);
        text.setMinWidth(MIN_TEXT_WIDTH);
        text.setCellFactory(column -> new AnnotationCell(fitting, NodeOrientation.RIGHT_TO_LEFT));
        getColumns().add(text);
        getColumns().add(column(messages.getString("annotations.subtype"),
                annotation -> LabelNames.ofSubtype(annotation.subtype(), messages), 80));
        getColumns().add(column(messages.getString("annotations.annotator"),
                annotation -> annotatorName.apply(annotation.annotatorId()), 80));
        getColumns().add(column(messages.getString("annotations.note"), Annotation::note, 120));
        TableColumn<Annotation, String> status = column(messages.getString("annotations.status"),
                annotation -> statusOf(model.session().decisions().get(annotation.id()), annotation, messages), 80);
        status.setCellFactory(column -> {
            AnnotationCell cell = new AnnotationCell(fitting, NodeOrientation.INHERIT);
            statusCells.add(cell);
            return cell;
        });
        getColumns().add(status);

        // A click on a row leaves the keyboard here; the article's keys (A, R, Delete, a label's digit...) act on
        // the selected annotation all the same. The table keeps its own keys: arrows, paging, Ctrl shortcuts.
        Supplier<KeyBindings> bindings = KeyBindings.following(model::labels);
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (bindings.get().find(Command.Context.ARTICLE, event).isPresent()) {
                view.fireEvent(event.copyFor(view, view));
                event.consume();
            }
        });
        getSelectionModel().selectedItemProperty().addListener((property, before, now) -> {
            if (now != null && !syncing) {
                model.click(now);
                view.reveal(now);
            }
        });
        Subscription selectionShown = model.session().selectedProperty().subscribe(now -> {
            syncing = true;
            try {
                if (now == null) {
                    getSelectionModel().clearSelection();
                } else {
                    int row = rowOf(model.session(), now);
                    if (row >= 0) {
                        getSelectionModel().select(row);
                        // A scroll lays the rows out at once, applying CSS to each, and the pulse lays them out
                        // again: on every key of a long article. A row already in view needs neither.
                        if (!inView(row)) {
                            scrollTo(row);
                        }
                    }
                }
            } finally {
                syncing = false;
            }
        });
        ListChangeListener<Annotation> mirror = change -> mirror(model.session(), change,
                model.session().selectedProperty().get());
        annotations.addListener(mirror);
        // One listener for the table, not a binding per status cell: every row given another annotation made its
        // cell a binding on the decisions, and each decision invalidated all those made since the last collection,
        // thousands on a long article; refreshing the whole table rebuilt every row (decision 0067).
        Subscription decisionsShown = model.session().decisionsChangedProperty()
                .subscribe(change -> restate(change.annotationIds()));
        subscriptions = selectionShown.and(decisionsShown)
                .and(OnUnsubscribe.run(() -> annotations.removeListener(mirror)));
    }

    /**
     * Shows a change to the session's annotations as a change to the rows, keeping the session's selection. The
     * rows are the table's own: when the selected row goes (an edit re-sorts it), the table selects a neighbour,
     * which is no choice of the analyst's and, taken for one, sent the next edit to another layer's identical span.
     */
    private void mirror(ArticleSession session, ListChangeListener.Change<? extends Annotation> change,
                        Annotation selected) {
        syncing = true;
        try {
            boolean sorted = !getSortOrder().isEmpty();
            while (change.next()) {
                if (change.wasPermutated()) {
                    getItems().setAll(change.getList());
                    continue;
                }
                // Rows sorted by a column are in another order than the session's: removed by what they hold;
                // unsorted they are the session's own order, so the change's place is theirs (no search).
                if (sorted) {
                    getItems().removeAll(change.getRemoved());
                } else if (change.wasRemoved()) {
                    getItems().remove(change.getFrom(), change.getFrom() + change.getRemovedSize());
                }
                if (change.wasAdded() && sorted) {
                    getItems().addAll(change.getAddedSubList());
                } else if (change.wasAdded()) {
                    getItems().addAll(change.getFrom(), change.getAddedSubList());
                }
            }
            if (sorted) {
                sort();
            }
            if (selected == null) {
                getSelectionModel().clearSelection();
            } else if (getSelectionModel().getSelectedItem() != selected) {
                getSelectionModel().select(rowOf(session, selected));
            }
        } finally {
            syncing = false;
        }
    }

    /**
     * The status cells of the annotations whose decision changed read their status again: every status cell the
     * table made, those of rows off screen and of columns scrolled out of view too, which their rows put back
     * without reading them again when their annotation is the same.
     */
    private void restate(Set<Long> decided) {
        for (AnnotationCell cell : statusCells) {
            Annotation shown = cell.getTableRow() == null ? null : cell.getTableRow().getItem();
            if (shown != null && decided.contains(shown.id())) {
                cell.readAgain();
            }
        }
    }

    /**
     * The row showing an annotation: unsorted, the rows are the session's own order, where its place is found by
     * halving; sorted by a column, they are searched.
     */
    private int rowOf(ArticleSession session, Annotation annotation) {
        return getSortOrder().isEmpty() ? session.positionOf(annotation) : getItems().indexOf(annotation);
    }

    /**
     * Whether a row is shown whole: strictly between the first and last rows on screen, which may be cut by the
     * table's edges. Before the table is first laid out there are no rows on screen, and the row is not in view.
     */
    boolean inView(int row) {
        if (getSkin() instanceof AnnotationTableSkin skin) {
            IndexedCell<?> first = skin.rows().getFirstVisibleCell();
            IndexedCell<?> last = skin.rows().getLastVisibleCell();
            return first != null && last != null && first.getIndex() < row && row < last.getIndex();
        }
        return false;
    }

    @Override
    protected javafx.scene.control.Skin<?> createDefaultSkin() {
        return new AnnotationTableSkin(this);
    }

    /** The table is replaced (the language changed); the session it showed lives on. */
    public void dispose() {
        subscriptions.unsubscribe();
    }

    private static double widestName(AnnotateViewModel model, ResourceBundle messages) {
        double widest = 0;
        for (app.hamish.model.Label label : model.labels()) {
            Text name = new Text(LabelNames.of(label.name(), messages));
            name.setFont(Font.font(FONT_FAMILY, FONT_SIZE));
            widest = Math.max(widest, name.getLayoutBounds().getWidth());
        }
        return Math.ceil(widest) + CELL_PADDING;
    }

    private static String statusOf(ReviewDecision decision, Annotation annotation, ResourceBundle messages) {
        return messages.getString("status." + (ReviewDecision.stands(decision, annotation)
                ? decision.status().code() : "pending"));
    }

    private static String textOf(Article article, Annotation annotation) {
        if (article == null || !article.text().contains(annotation.span())) {
            return "";
        }
        return article.text().slice(annotation.span()).replace('\n', ' ');
    }

    private TableColumn<Annotation, String> column(String title, Function<Annotation, String> value, double width) {
        TableColumn<Annotation, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setCellFactory(cell -> new AnnotationCell(fitting, NodeOrientation.INHERIT));
        column.setPrefWidth(width);
        return column;
    }

    static Function<Long, String> names(Iterable<Annotator> annotators) {
        Map<Long, String> byId = new java.util.HashMap<>();
        annotators.forEach(annotator -> byId.put(annotator.id(), annotator.name()));
        return id -> byId.getOrDefault(id, "#" + id);
    }
}

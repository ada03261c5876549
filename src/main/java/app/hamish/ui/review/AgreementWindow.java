package app.hamish.ui.review;

import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.service.Workspace;
import app.hamish.service.agreement.AgreementReport;
import app.hamish.service.agreement.Disagreement;
import app.hamish.ui.article.ArticleView;
import app.hamish.ui.article.AnnotateViewModel;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Agreement between annotators over the corpus (table and chart), and the disagreements in the open article,
 * each a click away from its place in the text.
 */
public final class AgreementWindow {
    private AgreementWindow() {
    }

    public static Stage show(Window owner, Workspace workspace, AnnotateViewModel article, ArticleView view,
                      ResourceBundle messages) {
        AgreementReport report = workspace.agreement().report(List.of());
        TableView<AgreementReport.Row> table = new TableView<>(FXCollections.observableArrayList(report.corpus()));
        table.setId("agreement-table");
        table.setPlaceholder(new Label(messages.getString("agreement.none")));
        table.getColumns().add(column(messages.getString("agreement.annotators"),
                row -> row.annotatorA() + " – " + row.annotatorB()));
        table.getColumns().add(column(messages.getString("annotations.label"), AgreementReport.Row::label));
        table.getColumns().add(column(messages.getString("agreement.spans"),
                row -> row.spans().aSpans() + " / " + row.spans().bSpans()));
        table.getColumns().add(column(messages.getString("agreement.exact"), row -> score(row.exactF1())));
        table.getColumns().add(column(messages.getString("agreement.tolerant"), row -> score(row.tolerantF1())));
        table.getColumns().add(column(messages.getString("agreement.overlap"), row -> score(row.overlapF1())));
        table.getColumns().add(column(messages.getString("agreement.kappa"), row -> score(row.kappa())));
        table.setPrefHeight(200);

        VBox root = new VBox(8, new Label(messages.getString("agreement.corpus")), table, chart(report, messages));
        root.getChildren().addAll(disagreements(workspace, article, view, messages));
        root.setPadding(new Insets(10));
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(messages.getString("menu.agreement"));
        stage.setScene(new Scene(root, 760, 720));
        stage.show();
        return stage;
    }

    private static BarChart<String, Number> chart(AgreementReport report, ResourceBundle messages) {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis(0, 1, 0.2));
        chart.setId("agreement-chart");
        chart.setAnimated(false);
        XYChart.Series<String, Number> exact = new XYChart.Series<>();
        exact.setName(messages.getString("agreement.exact"));
        XYChart.Series<String, Number> overlap = new XYChart.Series<>();
        overlap.setName(messages.getString("agreement.overlap"));
        XYChart.Series<String, Number> kappa = new XYChart.Series<>();
        kappa.setName(messages.getString("agreement.kappa"));
        for (AgreementReport.Row row : report.corpus()) {
            String category = row.annotatorA() + "–" + row.annotatorB() + " " + row.label();
            addIfDefined(exact, category, row.exactF1());
            addIfDefined(overlap, category, row.overlapF1());
            addIfDefined(kappa, category, row.kappa());
        }
        chart.getData().setAll(List.of(exact, overlap, kappa));
        chart.setPrefHeight(260);
        return chart;
    }

    private static void addIfDefined(XYChart.Series<String, Number> series, String category, double value) {
        if (!Double.isNaN(value)) {
            series.getData().add(new XYChart.Data<>(category, value));
        }
    }

    /** The open article's disagreements between a chosen pair of its annotators. */
    private static List<javafx.scene.Node> disagreements(Workspace workspace, AnnotateViewModel article,
                                                         ArticleView view, ResourceBundle messages) {
        Article open = article.session().article();
        List<Annotator> annotators = open == null ? List.of() : workspace.annotations().annotators().stream()
                .filter(annotator -> article.session().annotations().stream()
                        .anyMatch(annotation -> annotation.annotatorId() == annotator.id())).toList();
        List<Annotator[]> pairs = new ArrayList<>();
        for (int i = 0; i < annotators.size(); i++) {
            for (int j = i + 1; j < annotators.size(); j++) {
                pairs.add(new Annotator[] {annotators.get(i), annotators.get(j)});
            }
        }
        ListView<Disagreement> list = new ListView<>();
        list.setId("disagreements");
        list.setPlaceholder(new Label(messages.getString(pairs.isEmpty() ? "agreement.onePerson"
                : "agreement.noDisagreement")));
        list.setCellFactory(cells -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Disagreement item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : MessageFormat.format(messages.getString(
                        "agreement.kind." + item.kind().name().toLowerCase(Locale.ROOT)), item.annotator(),
                        item.annotation().label(), open.text().slice(item.span())));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((property, before, now) -> {
            if (now != null) {
                article.session().annotations().stream().filter(annotation -> annotation.id() == now.annotation().id())
                        .findFirst().ifPresent(annotation -> {
                            article.click(annotation);
                            view.reveal(annotation);
                        });
            }
        });
        ComboBox<Annotator[]> pair = new ComboBox<>(FXCollections.observableArrayList(pairs));
        pair.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Annotator[] value) {
                return value == null ? "" : value[0].name() + " – " + value[1].name();
            }

            @Override
            public Annotator[] fromString(String text) {
                return null;
            }
        });
        pair.setOnAction(event -> list.getItems().setAll(workspace.agreement().disagreements(open.id(),
                pair.getValue()[0].id(), pair.getValue()[1].id())));
        if (!pairs.isEmpty()) {
            pair.getSelectionModel().selectFirst();
            pair.getOnAction().handle(null);
        }
        list.setPrefHeight(180);
        return List.of(new Label(messages.getString("agreement.inArticle")), pair, list);
    }

    private static TableColumn<AgreementReport.Row, String> column(String title,
                                                                    Function<AgreementReport.Row, String> value) {
        TableColumn<AgreementReport.Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private static String score(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.3f", value);
    }
}

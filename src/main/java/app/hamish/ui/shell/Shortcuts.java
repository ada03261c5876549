package app.hamish.ui.shell;

import app.hamish.model.Label;
import app.hamish.ui.article.LabelNames;
import app.hamish.ui.command.KeyBindings;
import app.hamish.ui.command.KeyNames;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.scene.control.Alert;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.stage.Window;

/** The keyboard reference (F1): every key of the command table, by category, in the interface language. */
final class Shortcuts {
    /** One line of the reference: a command (for a label row, with its label) and its keys. */
    record Row(String category, String name, String keys) {
    }

    private Shortcuts() {
    }

    static void show(Window owner, List<Label> labels, ResourceBundle messages) {
        TableView<Row> table = new TableView<>();
        table.setId("shortcuts");
        table.getColumns().add(column(messages.getString("shortcuts.category"), Row::category, 110));
        table.getColumns().add(column(messages.getString("shortcuts.command"), Row::name, 380));
        table.getColumns().add(column(messages.getString("shortcuts.keys"), Row::keys, 170));
        table.getItems().setAll(rows(labels, messages));
        table.setPrefSize(690, 520);
        Alert alert = Messages.alert(Alert.AlertType.INFORMATION, messages, "menu.shortcuts", table);
        alert.initOwner(owner);
        alert.setResizable(true);
        alert.show();
    }

    /** The rows, in the table's order; a command with several keys is one row. */
    static List<Row> rows(List<Label> labels, ResourceBundle messages) {
        Map<List<Object>, Row> rows = new LinkedHashMap<>();
        List<KeyBindings.Binding> bindings = new ArrayList<>(new KeyBindings(labels).all());
        bindings.sort(Comparator.comparing(binding -> binding.command().category()));
        for (KeyBindings.Binding binding : bindings) {
            List<Object> row = Arrays.asList(binding.command(), binding.label(), binding.subtype());
            String key = KeyNames.of(binding.key());
            rows.merge(row, new Row(messages.getString(binding.command().category().nameKey()),
                    name(binding, messages), key), (first, next) -> new Row(first.category(), first.name(),
                    first.keys() + ", " + key));
        }
        return List.copyOf(rows.values());
    }

    private static String name(KeyBindings.Binding binding, ResourceBundle messages) {
        String name = messages.getString(binding.command().nameKey());
        return switch (binding.command()) {
            case TAG_WITH_LABEL -> MessageFormat.format(name, LabelNames.of(binding.label().name(), messages));
            case TAG_ENTITY_SUBTYPE -> MessageFormat.format(name, LabelNames.ofSubtype(binding.subtype(), messages));
            default -> name.replace("\u2026", "");
        };
    }

    private static TableColumn<Row, String> column(String title, java.util.function.Function<Row, String> value,
                                                   double width) {
        TableColumn<Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}

package app.hamish.ui;

import app.hamish.model.Label;
import app.hamish.ui.article.LabelNames;
import app.hamish.ui.command.Command;
import app.hamish.ui.command.KeyBindings;
import app.hamish.ui.command.KeyNames;
import java.text.MessageFormat;
import java.util.ArrayList;
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
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setHeaderText(messages.getString("menu.shortcuts"));
        TableView<Row> table = new TableView<>();
        table.setId("shortcuts");
        table.getColumns().add(column(messages.getString("shortcuts.category"), Row::category, 110));
        table.getColumns().add(column(messages.getString("shortcuts.command"), Row::name, 330));
        table.getColumns().add(column(messages.getString("shortcuts.keys"), Row::keys, 170));
        table.getItems().setAll(rows(labels, messages));
        table.setPrefSize(640, 480);
        alert.getDialogPane().setContent(table);
        alert.setResizable(true);
        alert.show();
    }

    /** The rows, in the table's order; a command with several keys is one row. */
    static List<Row> rows(List<Label> labels, ResourceBundle messages) {
        Map<String, List<String>> keysByName = new LinkedHashMap<>();
        Map<String, Command.Category> categories = new LinkedHashMap<>();
        List<KeyBindings.Binding> bindings = new ArrayList<>(new KeyBindings(labels).all());
        bindings.sort(java.util.Comparator.comparing(binding -> binding.command().category()));
        for (KeyBindings.Binding binding : bindings) {
            String name = name(binding, messages);
            keysByName.computeIfAbsent(name, absent -> new ArrayList<>()).add(KeyNames.of(binding.key()));
            categories.putIfAbsent(name, binding.command().category());
        }
        List<Row> rows = new ArrayList<>();
        keysByName.forEach((name, keys) -> rows.add(new Row(messages.getString(categories.get(name).nameKey()),
                name, String.join(", ", keys))));
        return rows;
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

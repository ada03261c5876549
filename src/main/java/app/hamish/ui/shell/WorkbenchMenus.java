package app.hamish.ui.shell;

import app.hamish.io.formats.Formats;
import app.hamish.model.ExportFilter;
import app.hamish.ui.command.Command;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;

/**
 * The menu bar, built from the command table: a window command's first key is its item's accelerator, its other keys
 * hidden items' accelerators. The import and export items are one per format {@link Formats} knows.
 */
final class WorkbenchMenus {
    private final WorkbenchActions actions;
    private final ResourceBundle messages;

    private WorkbenchMenus(WorkbenchActions actions, ResourceBundle messages) {
        this.actions = actions;
        this.messages = messages;
    }

    static MenuBar build(WorkbenchActions actions, ResourceBundle messages) {
        WorkbenchMenus menus = new WorkbenchMenus(actions, messages);
        MenuBar bar = new MenuBar(menus.file(), menus.edit(), menus.view(), menus.review(),
                menus.menu("menu.help", Command.SHORTCUTS));
        bar.setId("menu-bar");
        return bar;
    }

    private Menu file() {
        Menu file = new Menu(messages.getString("menu.file"));
        file.getItems().addAll(items(Command.OPEN_TEAM_WORKSPACE));
        file.getItems().add(recent());
        file.getItems().addAll(items(Command.IMPORT_ARTICLES));
        file.getItems().add(importAnnotations());
        file.getItems().addAll(export(Formats.of(Formats.Kind.TRAINING), Command.EXPORT_TRAINING));
        file.getItems().addAll(export(Formats.of(Formats.Kind.REVIEW), Command.EXPORT_REVIEW));
        file.getItems().add(exportForOtherTools());
        file.getItems().addAll(items(Command.MERGE));
        file.getItems().addAll(items(Command.QUIT));
        return file;
    }

    /** The workspaces opened lately: files by their path, team servers by their address with the user. */
    private Menu recent() {
        Menu recent = new Menu(messages.getString("menu.openRecent"));
        recent.setId("open-recent");
        List<WorkspaceLocation> locations = actions.recent();
        for (int i = 0; i < locations.size(); i++) {
            WorkspaceLocation location = locations.get(i);
            // Not parsed for mnemonics: a path or address may hold underscores.
            MenuItem item = new MenuItem(location.address());
            item.setMnemonicParsing(false);
            item.setId("recent-" + i);
            item.setOnAction(event -> actions.openRecent(location));
            recent.getItems().add(item);
        }
        recent.setDisable(locations.isEmpty());
        return recent;
    }

    private Menu importAnnotations() {
        Menu importing = new Menu(messages.getString("menu.importAnnotations"));
        for (Formats.Format format : Formats.all()) {
            if (format.imports()) {
                MenuItem item = new MenuItem(format.name() + "\u2026");
                item.setId("import-" + format.name());
                item.setOnAction(event -> actions.importAnnotations(format));
                importing.getItems().add(item);
            }
        }
        return importing;
    }

    /** Hamish's own format: its default export (gold, for training data), and all annotations where that differs. */
    private List<MenuItem> export(Formats.Format format, Command command) {
        List<MenuItem> items = new ArrayList<>(items(command, () -> actions.export(format, defaultFilter(format))));
        items.getFirst().setId("export-" + format.name());
        if (format.goldByDefault()) {
            MenuItem all = new MenuItem(messages.getString("menu.exportAllJsonl"));
            all.setId("export-" + format.name() + "-all");
            all.setOnAction(event -> actions.export(format, ExportFilter.ALL));
            items.add(all);
        }
        return items;
    }

    private Menu exportForOtherTools() {
        Menu exporting = new Menu(messages.getString("menu.exportForTools"));
        for (Formats.Format format : Formats.all()) {
            if (format.kind() == Formats.Kind.INTERCHANGE) {
                MenuItem item = new MenuItem(MessageFormat.format(messages.getString("menu.exportFormat"),
                        format.name(), format.extension()));
                item.setId("export-" + format.name());
                item.setOnAction(event -> actions.export(format, defaultFilter(format)));
                exporting.getItems().add(item);
            }
        }
        return exporting;
    }

    private static ExportFilter defaultFilter(Formats.Format format) {
        return format.goldByDefault() ? ExportFilter.GOLD : ExportFilter.ALL;
    }

    private Menu edit() {
        Menu edit = menu("menu.edit", Command.UNDO, Command.REDO, Command.DELETE_ANNOTATION, Command.FIND,
                Command.FIND_IN_CORPUS);
        edit.getItems().add(new SeparatorMenuItem());
        edit.getItems().addAll(switchItem(Command.SUGGEST_ACROSS_CORPUS),
                switchItem(Command.HIDE_IMPRECISE_SOURCES));
        return edit;
    }

    /** A ticked item that switches its command's state on and off. */
    private CheckMenuItem switchItem(Command command) {
        CheckMenuItem item = new CheckMenuItem(messages.getString(command.nameKey()));
        item.setAccelerator(command.keys().getFirst());
        item.selectedProperty().bindBidirectional(actions.state(command));
        return item;
    }

    private Menu view() {
        ToggleGroup languages = new ToggleGroup();
        RadioMenuItem english = language("menu.english", Locale.ENGLISH, languages);
        RadioMenuItem arabic = language("menu.arabic", Locale.forLanguageTag("ar"), languages);
        (messages.getLocale().getLanguage().equals("ar") ? arabic : english).setSelected(true);
        Menu view = menu("menu.view", Command.ZOOM_IN, Command.ZOOM_OUT);
        view.getItems().add(new Menu(messages.getString("menu.language"), null, english, arabic));
        return view;
    }

    private RadioMenuItem language(String nameKey, Locale locale, ToggleGroup group) {
        RadioMenuItem item = new RadioMenuItem(messages.getString(nameKey));
        item.setToggleGroup(group);
        item.setOnAction(event -> actions.switchLanguage(locale));
        return item;
    }

    private Menu review() {
        Menu review = menu("menu.review", Command.SUBMIT, Command.TAKE_FOR_REVIEW, Command.SIGN_OFF, Command.RETURN,
                Command.REOPEN, Command.AGREEMENT);
        review.getItems().add(new SeparatorMenuItem());
        Command adjudicate = Command.ADJUDICATE;
        CheckMenuItem adjudicating = new CheckMenuItem(messages.getString(adjudicate.nameKey()));
        adjudicating.setAccelerator(adjudicate.keys().getFirst());
        adjudicating.selectedProperty().bindBidirectional(actions.state(adjudicate));
        review.getItems().add(adjudicating);
        for (Command command : List.of(Command.ACCEPT_ALL_AGREED, Command.NEXT_DISAGREEMENT,
                Command.PREVIOUS_DISAGREEMENT, Command.NEXT_VERSION, Command.CHOOSE_VERSION)) {
            review.getItems().addAll(items(command));
        }
        return review;
    }

    private Menu menu(String nameKey, Command... commands) {
        Menu menu = new Menu(messages.getString(nameKey));
        for (Command command : commands) {
            menu.getItems().addAll(items(command));
        }
        return menu;
    }

    /**
     * The command's item, then a hidden item per further key. Only window commands get accelerators: the others'
     * keys belong to the article, where an accelerator would take them from the find field too.
     */
    private List<MenuItem> items(Command command) {
        return items(command, actions.action(command));
    }

    private List<MenuItem> items(Command command, Runnable action) {
        List<MenuItem> items = new ArrayList<>();
        List<javafx.scene.input.KeyCombination> keys = command.context() == Command.Context.WINDOW
                ? command.keys() : List.of();
        for (int i = 0; i < Math.max(1, keys.size()); i++) {
            MenuItem item = new MenuItem(messages.getString(command.nameKey()));
            if (i < keys.size()) {
                item.setAccelerator(keys.get(i));
            }
            item.setVisible(i == 0);
            item.setOnAction(event -> action.run());
            actions.enabled(command).ifPresent(enabled -> item.disableProperty().bind(Bindings.not(enabled)));
            actions.detail(command).ifPresent(detail -> item.textProperty().bind(Bindings.createStringBinding(
                    () -> detail.value().getValue().isEmpty() ? messages.getString(command.nameKey())
                            : MessageFormat.format(messages.getString(detail.patternKey()), detail.value().getValue()),
                    detail.value())));
            items.add(item);
        }
        return items;
    }
}

package app.hamish.ui.shell;

import app.hamish.io.ReviewCsvExporter;
import app.hamish.io.TrainingJsonlExporter;
import app.hamish.model.Annotator;
import app.hamish.model.ExportFilter;
import app.hamish.model.WorkflowTransition;
import app.hamish.ui.article.AnnotateViewModel;
import app.hamish.ui.article.ArticleStyle;
import app.hamish.ui.review.ReasonPrompt;
import app.hamish.ui.review.ReviewViewModel;
import app.hamish.ui.suggest.SuggestionsViewModel;
import app.hamish.ui.transfer.TransferActions;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

/** The menu bar; its accelerators are the window-wide keys (undo, redo, zoom, import, export). */
final class WorkbenchMenus {
    private WorkbenchMenus() {
    }

    static MenuBar build(AnnotateViewModel article, ReviewViewModel review, SuggestionsViewModel suggestions,
                         ReasonPrompt reasons, ArticleStyle style,
                         TransferActions transfers, Supplier<Window> owner, Consumer<java.util.Locale> language,
                         Runnable quit, Runnable shortcuts, Runnable find, Runnable findInCorpus, Runnable agreement,
                         Supplier<Annotator> me, ResourceBundle messages) {
        MenuItem importItem = item(messages, "menu.import", "Shortcut+O", () -> transfers.chooseAndImport(owner.get()));
        MenuItem exportJsonl = item(messages, "menu.exportJsonl", "Shortcut+E", () -> transfers.chooseAndExport(
                owner.get(), "menu.exportJsonl", "training.jsonl", new TrainingJsonlExporter(), ExportFilter.GOLD));
        MenuItem exportAll = item(messages, "menu.exportAllJsonl", null, () -> transfers.chooseAndExport(
                owner.get(), "menu.exportAllJsonl", "all-annotations.jsonl", new TrainingJsonlExporter(),
                ExportFilter.ALL));
        MenuItem exportCsv = item(messages, "menu.exportCsv", "Shortcut+Shift+E", () -> transfers.chooseAndExport(
                owner.get(), "menu.exportCsv", "review.csv", new ReviewCsvExporter(true), ExportFilter.ALL));
        MenuItem merge = item(messages, "menu.merge", null, () -> transfers.chooseAndMerge(owner.get(), me));
        MenuItem quitItem = item(messages, "menu.quit", "Shortcut+Q", quit);
        Menu file = new Menu(messages.getString("menu.file"), null, importItem, exportJsonl, exportAll, exportCsv,
                merge, quitItem);

        MenuItem undo = item(messages, "menu.undo", "Shortcut+Z", article::undo);
        undo.disableProperty().bind(article.session().canUndoProperty().not());
        MenuItem redo = item(messages, "menu.redo", "Shortcut+Shift+Z", article::redo);
        redo.disableProperty().bind(article.session().canRedoProperty().not());
        MenuItem redoAlternative = item(messages, "menu.redo", "Shortcut+Y", article::redo);
        redoAlternative.setVisible(false);
        redoAlternative.disableProperty().bind(article.session().canRedoProperty().not());
        MenuItem delete = item(messages, "menu.delete", null, article::deleteSelected);
        MenuItem findItem = item(messages, "menu.find", "Shortcut+F", find);
        MenuItem findInCorpusItem = item(messages, "menu.findInCorpus", "Shortcut+Shift+F", findInCorpus);
        CheckMenuItem acrossCorpus = new CheckMenuItem(messages.getString("menu.suggestAcrossCorpus"));
        acrossCorpus.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+P"));
        acrossCorpus.selectedProperty().bindBidirectional(suggestions.acrossCorpusProperty());
        Menu edit = new Menu(messages.getString("menu.edit"), null, undo, redo, redoAlternative, delete, findItem,
                findInCorpusItem, new SeparatorMenuItem(), acrossCorpus);

        MenuItem zoomIn = item(messages, "menu.zoomIn", "Shortcut+Equals", () -> style.zoom(1.1));
        MenuItem zoomOut = item(messages, "menu.zoomOut", "Shortcut+Minus", () -> style.zoom(1 / 1.1));
        ToggleGroup languages = new ToggleGroup();
        RadioMenuItem english = new RadioMenuItem(messages.getString("menu.english"));
        english.setToggleGroup(languages);
        english.setOnAction(event -> language.accept(java.util.Locale.ENGLISH));
        RadioMenuItem arabic = new RadioMenuItem(messages.getString("menu.arabic"));
        arabic.setToggleGroup(languages);
        arabic.setOnAction(event -> language.accept(java.util.Locale.forLanguageTag("ar")));
        (messages.getLocale().getLanguage().equals("ar") ? arabic : english).setSelected(true);
        Menu view = new Menu(messages.getString("menu.view"), null, zoomIn, zoomOut,
                new Menu(messages.getString("menu.language"), null, english, arabic));

        Menu reviewMenu = new Menu(messages.getString("menu.review"), null,
                move(review, reasons, messages, WorkflowTransition.SUBMIT, "Shortcut+Alt+U"),
                move(review, reasons, messages, WorkflowTransition.TAKE_FOR_REVIEW, "Shortcut+Alt+T"),
                move(review, reasons, messages, WorkflowTransition.SIGN_OFF, "Shortcut+Alt+S"),
                move(review, reasons, messages, WorkflowTransition.RETURN, "Shortcut+Alt+R"),
                move(review, reasons, messages, WorkflowTransition.REOPEN, "Shortcut+Alt+O"),
                item(messages, "menu.agreement", "Shortcut+Alt+G", agreement));

        Menu help = new Menu(messages.getString("menu.help"), null,
                item(messages, "menu.shortcuts", "F1", shortcuts));
        MenuBar bar = new MenuBar(file, edit, view, reviewMenu, help);
        bar.setId("menu-bar");
        return bar;
    }

    private static MenuItem move(ReviewViewModel review, ReasonPrompt reasons, ResourceBundle messages,
                                 WorkflowTransition transition, String accelerator) {
        return item(messages, "move." + transition.code(), accelerator, () -> review.transitionWhereOffered(
                transition, () -> reasons.ask(messages.getString("review.returnQuestion"))));
    }

    private static MenuItem item(ResourceBundle messages, String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(messages.getString(key));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(event -> action.run());
        return item;
    }
}

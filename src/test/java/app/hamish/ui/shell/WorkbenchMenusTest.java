package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.io.formats.Formats;
import app.hamish.model.ExportFilter;
import app.hamish.ui.command.Command;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The menus are built from the command table and from the formats Hamish knows. */
class WorkbenchMenusTest {
    private final List<String> done = new ArrayList<>();

    @BeforeAll
    static void startJavaFx() {
        HeadlessFx.start();
    }

    @Test
    void theFileMenuImportsAndExportsEveryFormatTrainingDataGoldByDefault() {
        MenuBar bar = HeadlessFx.call(() -> WorkbenchMenus.build(recording(() -> { }),
                Messages.bundle(Locale.ENGLISH)));
        List<MenuItem> items = items(bar);

        assertThat(ids(items, "export-")).containsExactlyInAnyOrderElementsOf(Stream.concat(
                Formats.names().stream(), Stream.of("jsonl-all")).toList());
        assertThat(ids(items, "import-")).containsExactlyInAnyOrderElementsOf(
                Formats.all().stream().filter(Formats.Format::imports).map(Formats.Format::name).toList());

        HeadlessFx.run(() -> Stream.of("export-jsonl", "export-jsonl-all", "export-csv", "export-brat", "import-conll")
                .forEach(id -> item(items, id).fire()));
        assertThat(done).containsExactly("export jsonl gold", "export jsonl all", "export csv all",
                "export brat all", "import conll");
    }

    @Test
    void theAcceleratorsAreTheWindowCommandsKeys() {
        MenuBar bar = HeadlessFx.call(() -> WorkbenchMenus.build(recording(() -> { }),
                Messages.bundle(Locale.ENGLISH)));

        List<KeyCombination> accelerators = items(bar).stream().map(MenuItem::getAccelerator)
                .filter(java.util.Objects::nonNull).toList();
        assertThat(accelerators).containsExactlyInAnyOrderElementsOf(Stream.of(Command.values())
                .filter(command -> command.context() == Command.Context.WINDOW)
                .flatMap(command -> command.keys().stream()).toList());
    }

    @Test
    void everyItemCommitsTheEditsWaitingForTheirFrameBeforeItActs() {
        MenuBar bar = HeadlessFx.call(() -> WorkbenchMenus.build(recording(() -> done.add("settled")),
                Messages.bundle(Locale.ENGLISH)));

        HeadlessFx.run(() -> items(bar).stream().filter(item -> !(item instanceof Menu)).forEach(MenuItem::fire));

        List<String> acted = done.stream().filter(entry -> !entry.equals("settled")).toList();
        assertThat(acted).as("what the items did").contains("SUBMIT", "UNDO", "export jsonl gold", "import conll");
        for (int i = 0; i < done.size(); i++) {
            if (!done.get(i).equals("settled")) {
                assertThat(i > 0 && done.get(i - 1).equals("settled")).as(done.get(i) + " after the waiting edits")
                        .isTrue();
            }
        }
    }

    private WorkbenchActions recording(Runnable first) {
        WorkbenchActions actions = new WorkbenchActions(first)
                .exporting((format, filter) -> done.add("export " + format.name() + " "
                        + (filter.equals(ExportFilter.GOLD) ? "gold" : filter.equals(ExportFilter.ALL) ? "all" : "?")))
                .importingAnnotations(format -> done.add("import " + format.name()))
                .switching(Command.SUGGEST_ACROSS_CORPUS, new SimpleBooleanProperty())
                .switching(Command.HIDE_IMPRECISE_SOURCES, new SimpleBooleanProperty())
                .switching(Command.ADJUDICATE, new SimpleBooleanProperty());
        for (Command command : Command.values()) {
            actions.on(command, () -> done.add(command.name()));
        }
        return actions;
    }

    private static List<String> ids(List<MenuItem> items, String prefix) {
        return items.stream().map(MenuItem::getId).filter(id -> id != null && id.startsWith(prefix))
                .map(id -> id.substring(prefix.length())).toList();
    }

    private static MenuItem item(List<MenuItem> items, String id) {
        return items.stream().filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }

    private static List<MenuItem> items(MenuBar bar) {
        List<MenuItem> all = new ArrayList<>();
        bar.getMenus().forEach(menu -> collect(menu, all));
        return all;
    }

    private static void collect(Menu menu, List<MenuItem> into) {
        for (MenuItem item : menu.getItems()) {
            into.add(item);
            if (item instanceof Menu submenu) {
                collect(submenu, into);
            }
        }
    }
}

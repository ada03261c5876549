package app.hamish.ui.shell;

import app.hamish.io.formats.Formats;
import app.hamish.model.ExportFilter;
import app.hamish.ui.command.Command;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;

/**
 * What the menus do: an action per command, the few states a menu item shows (enabled, switched on), and the
 * actions that take a format or a language, which one command per item could not name.
 */
final class WorkbenchActions {
    private final Runnable first;
    private final Map<Command, Runnable> actions = new EnumMap<>(Command.class);
    private final Map<Command, ObservableBooleanValue> enabled = new EnumMap<>(Command.class);
    private final Map<Command, BooleanProperty> switches = new EnumMap<>(Command.class);
    private final Map<Command, Detail> details = new EnumMap<>(Command.class);
    private BiConsumer<Formats.Format, ExportFilter> export = (format, filter) -> { };
    private Consumer<Formats.Format> importAnnotations = format -> { };
    private Consumer<Locale> language = chosen -> { };
    private List<WorkspaceLocation> recent = List.of();
    private Consumer<WorkspaceLocation> openRecent = chosen -> { };

    /**
     * @param first run before every action: the article's edits still waiting for their frame (decision 0078) are
     *              committed before a menu or its shortcut acts, so that a Submit pressed right after a tag submits it
     */
    WorkbenchActions(Runnable first) {
        this.first = first;
    }

    WorkbenchActions on(Command command, Runnable action) {
        actions.put(command, action);
        return this;
    }

    WorkbenchActions enabledWhen(Command command, ObservableBooleanValue condition) {
        enabled.put(command, condition);
        return this;
    }

    /**
     * A command whose item says what it would act on, as "Undo delete annotation": {@code patternKey} with the
     * detail as {@code {0}}, or the command's plain name while the detail is empty.
     */
    WorkbenchActions namedAfter(Command command, String patternKey, ObservableValue<String> detail) {
        details.put(command, new Detail(patternKey, detail));
        return this;
    }

    Optional<Detail> detail(Command command) {
        return Optional.ofNullable(details.get(command));
    }

    /** What a menu item's name is made of, beside its command's own name. */
    record Detail(String patternKey, ObservableValue<String> value) {
    }

    /** A command that switches {@code state} on and off, shown as a ticked menu item. */
    WorkbenchActions switching(Command command, BooleanProperty state) {
        switches.put(command, state);
        return this;
    }

    WorkbenchActions exporting(BiConsumer<Formats.Format, ExportFilter> action) {
        export = action;
        return this;
    }

    WorkbenchActions importingAnnotations(Consumer<Formats.Format> action) {
        importAnnotations = action;
        return this;
    }

    WorkbenchActions switchingLanguage(Consumer<Locale> action) {
        language = action;
        return this;
    }

    /** File → Open Recent: the workspaces it lists, and what choosing one does. */
    WorkbenchActions openingRecent(List<WorkspaceLocation> locations, Consumer<WorkspaceLocation> action) {
        recent = List.copyOf(locations);
        openRecent = action;
        return this;
    }

    List<WorkspaceLocation> recent() {
        return recent;
    }

    void openRecent(WorkspaceLocation chosen) {
        first.run();
        openRecent.accept(chosen);
    }

    /** @throws IllegalStateException when none was given, so a menu built without one fails as it is built */
    Runnable action(Command command) {
        Runnable action = actions.get(command);
        if (action == null) {
            throw new IllegalStateException("the workbench gives no action for " + command);
        }
        return () -> {
            first.run();
            action.run();
        };
    }

    Optional<ObservableBooleanValue> enabled(Command command) {
        return Optional.ofNullable(enabled.get(command));
    }

    BooleanProperty state(Command command) {
        return switches.get(command);
    }

    void export(Formats.Format format, ExportFilter filter) {
        first.run();
        export.accept(format, filter);
    }

    void importAnnotations(Formats.Format format) {
        first.run();
        importAnnotations.accept(format);
    }

    void switchLanguage(Locale chosen) {
        first.run();
        language.accept(chosen);
    }
}

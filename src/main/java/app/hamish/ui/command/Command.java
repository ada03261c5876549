package app.hamish.ui.command;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.scene.input.KeyCombination;

/**
 * Every command the workbench answers from the keyboard, with its name, default keys, category and where its keys
 * act. The menus' accelerators, the article view's key handler and the F1 help are all built from this one table.
 *
 * <p>Two rows take their keys from the label catalog rather than from here: {@link #TAG_WITH_LABEL} (one key per
 * label, its hotkey) and {@link #TAG_ENTITY_SUBTYPE} (Shift+1, Shift+2... per entity subtype); {@link KeyBindings}
 * expands them.
 */
public enum Command {
    OPEN_TEAM_WORKSPACE("menu.openTeamWorkspace", Category.FILE, Context.WINDOW),
    IMPORT_ARTICLES("menu.import", Category.FILE, Context.WINDOW, "Shortcut+O"),
    EXPORT_TRAINING("menu.exportJsonl", Category.FILE, Context.WINDOW, "Shortcut+E"),
    EXPORT_REVIEW("menu.exportCsv", Category.FILE, Context.WINDOW, "Shortcut+Shift+E"),
    MERGE("menu.merge", Category.FILE, Context.WINDOW),
    QUIT("menu.quit", Category.FILE, Context.WINDOW, "Shortcut+Q"),

    UNDO("menu.undo", Category.EDIT, Context.WINDOW, "Shortcut+Z"),
    REDO("menu.redo", Category.EDIT, Context.WINDOW, "Shortcut+Shift+Z", "Shortcut+Y"),
    DELETE_ANNOTATION("menu.delete", Category.EDIT, Context.ARTICLE, "Delete", "Backspace"),
    CLEAR_SELECTION("command.clearSelection", Category.EDIT, Context.ARTICLE, "Esc"),
    FIND("menu.find", Category.EDIT, Context.WINDOW, "Shortcut+F"),
    FIND_NEXT("command.findNext", Category.EDIT, Context.FIND_BAR, "Enter"),
    FIND_PREVIOUS("command.findPrevious", Category.EDIT, Context.FIND_BAR, "Shift+Enter"),
    CLOSE_FIND("command.closeFind", Category.EDIT, Context.FIND_FIELD, "Esc"),
    FIND_IN_CORPUS("menu.findInCorpus", Category.EDIT, Context.WINDOW, "Shortcut+Shift+F"),
    GO_TO_MATCHES("command.goToMatches", Category.EDIT, Context.CORPUS_FIND, "Down"),
    OPEN_MATCH("command.openMatch", Category.EDIT, Context.CORPUS_FIND, "Enter"),
    CLOSE_CORPUS_FIND("command.closeCorpusFind", Category.EDIT, Context.CORPUS_FIND, "Esc"),

    TAG_WITH_LABEL("command.tagWithLabel", Category.ANNOTATE, Context.ARTICLE),
    TAG_ENTITY_SUBTYPE("command.tagEntitySubtype", Category.ANNOTATE, Context.ARTICLE),
    MOVE_END_LEFT("command.moveEndLeft", Category.ANNOTATE, Context.ARTICLE, "Alt+Left"),
    MOVE_END_RIGHT("command.moveEndRight", Category.ANNOTATE, Context.ARTICLE, "Alt+Right"),
    MOVE_START_LEFT("command.moveStartLeft", Category.ANNOTATE, Context.ARTICLE, "Shift+Alt+Left"),
    MOVE_START_RIGHT("command.moveStartRight", Category.ANNOTATE, Context.ARTICLE, "Shift+Alt+Right"),
    LINK("command.link", Category.ANNOTATE, Context.ARTICLE, "L"),

    ACCEPT("command.accept", Category.REVIEW, Context.ARTICLE, "A"),
    REJECT("command.reject", Category.REVIEW, Context.ARTICLE, "R"),
    NEXT_UNDECIDED("command.nextUndecided", Category.REVIEW, Context.ARTICLE, "N"),
    PREVIOUS_UNDECIDED("command.previousUndecided", Category.REVIEW, Context.ARTICLE, "P"),
    SUBMIT("move.submit", Category.REVIEW, Context.WINDOW, "Shortcut+Alt+U"),
    TAKE_FOR_REVIEW("move.take_for_review", Category.REVIEW, Context.WINDOW, "Shortcut+Alt+T"),
    SIGN_OFF("move.sign_off", Category.REVIEW, Context.WINDOW, "Shortcut+Alt+S"),
    RETURN("move.return", Category.REVIEW, Context.WINDOW, "Shortcut+Alt+R"),
    REOPEN("move.reopen", Category.REVIEW, Context.WINDOW, "Shortcut+Alt+O"),
    AGREEMENT("menu.agreement", Category.REVIEW, Context.WINDOW, "Shortcut+Alt+G"),
    ADJUDICATE("menu.adjudicate", Category.REVIEW, Context.WINDOW, "Shortcut+Alt+J"),
    ACCEPT_ALL_AGREED("command.acceptAllAgreed", Category.REVIEW, Context.ARTICLE, "Shift+A"),
    NEXT_DISAGREEMENT("command.nextDisagreement", Category.REVIEW, Context.ARTICLE, "D"),
    PREVIOUS_DISAGREEMENT("command.previousDisagreement", Category.REVIEW, Context.ARTICLE, "Shift+D"),
    NEXT_VERSION("command.nextVersion", Category.REVIEW, Context.ARTICLE, "V"),
    CHOOSE_VERSION("command.chooseVersion", Category.REVIEW, Context.ARTICLE, "C"),

    NEXT_SUGGESTION("command.nextSuggestion", Category.SUGGEST, Context.ARTICLE, "Close Bracket"),
    PREVIOUS_SUGGESTION("command.previousSuggestion", Category.SUGGEST, Context.ARTICLE, "Open Bracket"),
    ACCEPT_SUGGESTION("command.acceptSuggestion", Category.SUGGEST, Context.ARTICLE, "Y"),
    REJECT_SUGGESTION("command.rejectSuggestion", Category.SUGGEST, Context.ARTICLE, "X"),
    ACCEPT_ALL_SUGGESTIONS("command.acceptAllSuggestions", Category.SUGGEST, Context.ARTICLE, "Shift+Y"),
    SUGGEST_ACROSS_CORPUS("menu.suggestAcrossCorpus", Category.SUGGEST, Context.WINDOW, "Shortcut+Shift+P"),
    HIDE_IMPRECISE_SOURCES("menu.hideImpreciseSources", Category.SUGGEST, Context.WINDOW, "Shortcut+Shift+H"),

    ZOOM_IN("menu.zoomIn", Category.VIEW, Context.WINDOW, "Shortcut+Equals"),
    ZOOM_OUT("menu.zoomOut", Category.VIEW, Context.WINDOW, "Shortcut+Minus"),

    SHORTCUTS("menu.shortcuts", Category.HELP, Context.WINDOW, "F1");

    /** How the help groups commands, in the order it shows them. */
    public enum Category {
        FILE, EDIT, ANNOTATE, REVIEW, SUGGEST, VIEW, HELP;

        public String nameKey() {
            return "category." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Where a command's keys act. Window keys are menu accelerators and act everywhere, so no other context may
     * reuse them; the annotation table hands the article's keys to the article view.
     */
    public enum Context {
        /** Menu accelerators. */
        WINDOW,
        /** The article view, and the annotation table, which passes them on. */
        ARTICLE,
        /** The find field and, while the find bar is open, the article view. */
        FIND_BAR,
        /** The find field alone. */
        FIND_FIELD,
        /** The find-in-all-articles window. */
        CORPUS_FIND;

        /** The contexts whose keys reach a component of this context, itself included. */
        public Set<Context> reaching() {
            return switch (this) {
                case WINDOW -> EnumSet.of(WINDOW);
                case ARTICLE, FIND_BAR -> EnumSet.of(WINDOW, ARTICLE, FIND_BAR);
                case FIND_FIELD -> EnumSet.of(WINDOW, FIND_BAR, FIND_FIELD);
                case CORPUS_FIND -> EnumSet.of(CORPUS_FIND);
            };
        }
    }

    private final String nameKey;
    private final Category category;
    private final Context context;
    private final List<KeyCombination> keys;

    Command(String nameKey, Category category, Context context, String... keys) {
        this.nameKey = nameKey;
        this.category = category;
        this.context = context;
        this.keys = java.util.Arrays.stream(keys).map(KeyCombination::keyCombination).toList();
    }

    /** The bundle key of its name in the interface language. */
    public String nameKey() {
        return nameKey;
    }

    public Category category() {
        return category;
    }

    public Context context() {
        return context;
    }

    /** Its default keys, the first one the menu's accelerator; empty for a command without a key of its own. */
    public List<KeyCombination> keys() {
        return keys;
    }

    /** Whether {@code event} is one of its keys (never for the label rows, which {@link KeyBindings} matches). */
    public boolean matches(javafx.scene.input.KeyEvent event) {
        return keys.stream().anyMatch(key -> key.match(event));
    }
}

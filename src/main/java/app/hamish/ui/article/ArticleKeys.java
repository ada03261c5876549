package app.hamish.ui.article;

import app.hamish.ui.command.Command;
import app.hamish.ui.command.KeyBindings;
import app.hamish.ui.review.AdjudicationViewModel;
import app.hamish.ui.review.ReviewViewModel;
import app.hamish.ui.suggest.SuggestionsViewModel;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.input.KeyEvent;

/**
 * The article view's keys, as the command table ({@link Command}, context {@code ARTICLE}) binds them. Moving a
 * boundary goes in the direction of the arrow on screen: in right-to-left text, Left is towards the end of the text.
 */
public final class ArticleKeys {
    private ArticleKeys() {
    }

    /**
     * The annotating, editing and review keys.
     *
     * @param reason asks for a rejection reason; empty means the reviewer cancelled
     */
    public static void install(ArticleView view, AnnotateViewModel model, ReviewViewModel review,
                               Function<String, Optional<String>> reason) {
        Supplier<KeyBindings> bindings = KeyBindings.following(model::labels);
        view.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            Optional<KeyBindings.Binding> binding = bindings.get().find(Command.Context.ARTICLE, event);
            if (binding.isPresent() && run(binding.get(), model, review, reason)) {
                event.consume();
            }
        });
    }

    /** The suggestion keys. */
    public static void installSuggestions(ArticleView view, SuggestionsViewModel suggestions) {
        KeyBindings bindings = new KeyBindings(java.util.List.of());
        view.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            Optional<Command> command = bindings.find(Command.Context.ARTICLE, event)
                    .map(KeyBindings.Binding::command);
            if (command.isPresent() && run(command.get(), suggestions)) {
                event.consume();
            }
        });
    }

    private static boolean run(KeyBindings.Binding binding, AnnotateViewModel model, ReviewViewModel review,
                               Function<String, Optional<String>> reason) {
        switch (binding.command()) {
            case TAG_WITH_LABEL -> model.annotate(binding.label().name(), null);
            case TAG_ENTITY_SUBTYPE -> model.annotate(binding.label().name(), binding.subtype());
            case MOVE_END_LEFT -> model.moveBoundary(AnnotateViewModel.Boundary.END, left(model));
            case MOVE_END_RIGHT -> model.moveBoundary(AnnotateViewModel.Boundary.END, -left(model));
            case MOVE_START_LEFT -> model.moveBoundary(AnnotateViewModel.Boundary.START, left(model));
            case MOVE_START_RIGHT -> model.moveBoundary(AnnotateViewModel.Boundary.START, -left(model));
            case DELETE_ANNOTATION -> model.deleteSelected();
            case LINK -> model.beginLink();
            case CLEAR_SELECTION -> model.clearSelection();
            case ACCEPT -> review.accept();
            case REJECT -> review.reject(() -> reason.apply(model.session().message("review.rejectQuestion")));
            case NEXT_UNDECIDED -> review.next();
            case PREVIOUS_UNDECIDED -> review.previous();
            default -> {
                return false;
            }
        }
        return true;
    }

    /** The adjudication keys. */
    public static void installAdjudication(ArticleView view, AdjudicationViewModel adjudication) {
        KeyBindings bindings = new KeyBindings(java.util.List.of());
        view.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            Optional<Command> command = bindings.find(Command.Context.ARTICLE, event)
                    .map(KeyBindings.Binding::command);
            if (command.isPresent() && run(command.get(), adjudication)) {
                event.consume();
            }
        });
    }

    private static boolean run(Command command, AdjudicationViewModel adjudication) {
        switch (command) {
            case ACCEPT_ALL_AGREED -> adjudication.acceptAllAgreed();
            case NEXT_DISAGREEMENT -> adjudication.nextDisagreement();
            case PREVIOUS_DISAGREEMENT -> adjudication.previousDisagreement();
            case NEXT_VERSION -> adjudication.nextVersion();
            case CHOOSE_VERSION -> adjudication.chooseSelected();
            default -> {
                return false;
            }
        }
        return true;
    }

    private static boolean run(Command command, SuggestionsViewModel suggestions) {
        switch (command) {
            case NEXT_SUGGESTION -> suggestions.next();
            case PREVIOUS_SUGGESTION -> suggestions.previous();
            case ACCEPT_SUGGESTION -> suggestions.accept();
            case REJECT_SUGGESTION -> suggestions.reject();
            case ACCEPT_ALL_SUGGESTIONS -> suggestions.acceptAll();
            default -> {
                return false;
            }
        }
        return true;
    }

    /** How far Left moves a boundary in the text: towards its end in right-to-left text. */
    private static int left(AnnotateViewModel model) {
        return model.isRightToLeft() ? 1 : -1;
    }
}

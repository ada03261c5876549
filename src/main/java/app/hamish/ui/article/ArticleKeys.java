package app.hamish.ui.article;

import app.hamish.model.Annotation;
import app.hamish.model.Span;
import app.hamish.model.Suggestion;
import app.hamish.ui.command.Command;
import app.hamish.ui.command.KeyBindings;
import app.hamish.ui.review.AdjudicationViewModel;
import app.hamish.ui.review.ReviewViewModel;
import app.hamish.ui.suggest.SuggestionsViewModel;
import app.hamish.ui.session.ArticleSession;
import app.hamish.ui.session.Saving;
import app.hamish.ui.session.WaitingEdits;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.input.KeyEvent;

/**
 * The article view's keys, as the command table ({@link Command}, context {@code ARTICLE}) binds them. Moving a
 * boundary goes in the direction of the arrow on screen: in right-to-left text, Left is towards the end of the text.
 *
 * <p>A key that changes the article (a tag on a selection, Delete, a reviewer's A, a suggestion's Y) first only shows
 * what it is about to change, as saving; its edit's commit begins at once, beside the frame that shows it, and is
 * shown committed after that frame; a key pressed meanwhile runs after that edit, in order (decisions 0078 and 0085,
 * {@link WaitingEdits#runAhead}).
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
        // Made with the view, not on its first key, which built them interpreted before showing anything.
        bindings.get();
        WaitingEdits waiting = model.session().waiting();
        view.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            Optional<KeyBindings.Binding> binding = bindings.get().find(Command.Context.ARTICLE, event);
            Runnable action = binding.map(found -> action(found, model, review, reason)).orElse(null);
            if (action != null) {
                event.consume();
                waiting.runAhead(waiting.isWaiting() ? List.of() : saving(binding.get(), model.session()), action);
            }
        });
    }

    /**
     * What the key is about to change, read from what the analyst sees now; nothing where the key changes nothing
     * seen (it then runs at once) or where an edit still waits (what it sees is not yet what the key will act on).
     */
    private static List<Saving> saving(KeyBindings.Binding binding, ArticleSession session) {
        Span selection = session.selectionProperty().get();
        Annotation selected = session.selectedProperty().get();
        return switch (binding.command()) {
            case TAG_WITH_LABEL, TAG_ENTITY_SUBTYPE -> selection == null || session.article() == null ? List.of()
                    : List.of(new Saving(selection, binding.label().name(), Saving.Kind.ADDED));
            case DELETE_ANNOTATION -> selected == null ? List.of()
                    : List.of(new Saving(selected.span(), selected.label(), Saving.Kind.REMOVED));
            case ACCEPT -> selected == null ? List.of()
                    : List.of(new Saving(selected.span(), selected.label(), Saving.Kind.ADDED));
            default -> List.of();
        };
    }

    /** The suggestion keys; Y on the suggestion stepped to shows it as saving until its edit commits. */
    public static void installSuggestions(ArticleView view, SuggestionsViewModel suggestions, ArticleSession session) {
        KeyBindings bindings = new KeyBindings(List.of());
        WaitingEdits waiting = session.waiting();
        view.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            Optional<Command> command = bindings.find(Command.Context.ARTICLE, event)
                    .map(KeyBindings.Binding::command);
            Runnable action = command.map(found -> action(found, suggestions)).orElse(null);
            if (action != null) {
                event.consume();
                Suggestion current = suggestions.currentProperty().get();
                // Accepted only where its text is still the selection (SuggestionsViewModel): shown so only there.
                boolean accepting = command.get() == Command.ACCEPT_SUGGESTION && !waiting.isWaiting()
                        && current != null && current.span().equals(session.selectionProperty().get());
                waiting.runAhead(accepting ? List.of(new Saving(current.span(), current.label(), Saving.Kind.ADDED))
                        : List.of(), action);
            }
        });
    }

    /** What the key does, as it did before it could wait; null for a key this view does not take. */
    private static Runnable action(KeyBindings.Binding binding, AnnotateViewModel model, ReviewViewModel review,
                                   Function<String, Optional<String>> reason) {
        return switch (binding.command()) {
            case TAG_WITH_LABEL -> () -> model.annotate(binding.label().name(), null);
            case TAG_ENTITY_SUBTYPE -> () -> model.annotate(binding.label().name(), binding.subtype());
            case MOVE_END_LEFT -> () -> model.moveBoundary(AnnotateViewModel.Boundary.END, left(model));
            case MOVE_END_RIGHT -> () -> model.moveBoundary(AnnotateViewModel.Boundary.END, -left(model));
            case MOVE_START_LEFT -> () -> model.moveBoundary(AnnotateViewModel.Boundary.START, left(model));
            case MOVE_START_RIGHT -> () -> model.moveBoundary(AnnotateViewModel.Boundary.START, -left(model));
            case DELETE_ANNOTATION -> model::deleteSelected;
            case LINK -> model::beginLink;
            case CLEAR_SELECTION -> model::clearSelection;
            case ACCEPT -> review::accept;
            case REJECT -> () -> review.reject(() -> reason.apply(model.session().message("review.rejectQuestion")));
            case NEXT_UNDECIDED -> review::next;
            case PREVIOUS_UNDECIDED -> review::previous;
            default -> null;
        };
    }

    /** The adjudication keys: run at once, or after an edit still waiting, in order. */
    public static void installAdjudication(ArticleView view, AdjudicationViewModel adjudication,
                                           ArticleSession session) {
        KeyBindings bindings = new KeyBindings(List.of());
        view.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            Runnable action = bindings.find(Command.Context.ARTICLE, event).map(KeyBindings.Binding::command)
                    .map(command -> action(command, adjudication)).orElse(null);
            if (action != null) {
                event.consume();
                session.waiting().run(List.of(), action);
            }
        });
    }

    private static Runnable action(Command command, AdjudicationViewModel adjudication) {
        return switch (command) {
            case ACCEPT_ALL_AGREED -> adjudication::acceptAllAgreed;
            case NEXT_DISAGREEMENT -> adjudication::nextDisagreement;
            case PREVIOUS_DISAGREEMENT -> adjudication::previousDisagreement;
            case NEXT_VERSION -> adjudication::nextVersion;
            case CHOOSE_VERSION -> adjudication::chooseSelected;
            default -> null;
        };
    }

    private static Runnable action(Command command, SuggestionsViewModel suggestions) {
        return switch (command) {
            case NEXT_SUGGESTION -> suggestions::next;
            case PREVIOUS_SUGGESTION -> suggestions::previous;
            case ACCEPT_SUGGESTION -> suggestions::accept;
            case REJECT_SUGGESTION -> suggestions::reject;
            case ACCEPT_ALL_SUGGESTIONS -> suggestions::acceptAll;
            default -> null;
        };
    }

    /** How far Left moves a boundary in the text: towards its end in right-to-left text. */
    private static int left(AnnotateViewModel model) {
        return model.isRightToLeft() ? 1 : -1;
    }
}

package app.hamish.ui.article;

import app.hamish.model.Label;
import app.hamish.ui.review.ReviewViewModel;
import app.hamish.ui.suggest.SuggestionsViewModel;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The annotation keys of the article view. A label's hotkey (1 entity, 2 claim, 3 unverified source by default)
 * tags the selection; Shift+1..4 tags an entity as person, organisation, location or other (or sets the subtype of
 * the selected entity). Alt+Left/Right move the selected annotation's end, Shift+Alt+Left/Right its start, in the
 * direction of the arrow on screen (in right-to-left text, Left is towards the end of the text). Delete removes
 * the selected annotation, L links it to the next highlight clicked, Escape clears the selection. In review,
 * A accepts, R rejects with a reason, N and P move to the next and previous undecided annotation. For
 * suggestions, ] and [ move to the next and previous one, Y accepts it and X rejects it.
 */
public final class ArticleKeys {
    private ArticleKeys() {
    }

    /**
     * @param reason asks for a rejection reason; empty means the reviewer cancelled
     */
    public static void install(ArticleView view, AnnotateViewModel model, ReviewViewModel review,
                               java.util.function.Function<String, java.util.Optional<String>> reason) {
        view.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (handle(event, model) || handleReview(event, model, review, reason)) {
                event.consume();
            }
        });
    }

    /** The suggestion keys: ] next, [ previous, Y accept, X reject. */
    public static void installSuggestions(ArticleView view, SuggestionsViewModel suggestions) {
        view.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.isShortcutDown() || event.isAltDown() || event.isShiftDown()) {
                return;
            }
            switch (event.getCode()) {
                case CLOSE_BRACKET -> suggestions.next();
                case OPEN_BRACKET -> suggestions.previous();
                case Y -> suggestions.accept();
                case X -> suggestions.reject();
                default -> {
                    return;
                }
            }
            event.consume();
        });
    }

    /** A accepts, R rejects (asking why), N and P go to the next and previous undecided annotation. */
    static boolean handleReview(KeyEvent event, AnnotateViewModel model, ReviewViewModel review,
                                java.util.function.Function<String, java.util.Optional<String>> reason) {
        if (event.isShortcutDown() || event.isAltDown() || event.isShiftDown()) {
            return false;
        }
        switch (event.getCode()) {
            case A -> review.accept();
            case R -> {
                if (model.session().selectedProperty().get() == null) {
                    model.session().hint("hint.selectAnnotation");
                } else {
                    reason.apply(model.session().message("review.rejectQuestion")).ifPresent(review::reject);
                }
            }
            case N -> review.next();
            case P -> review.previous();
            default -> {
                return false;
            }
        }
        return true;
    }

    static boolean handle(KeyEvent event, AnnotateViewModel model) {
        KeyCode code = event.getCode();
        if (event.isShortcutDown()) {
            return false;
        }
        if (event.isAltDown() && (code == KeyCode.LEFT || code == KeyCode.RIGHT)) {
            // Right-to-left: the start is the right-hand end; Left moves a boundary towards the end of the text.
            boolean towardsEnd = (code == KeyCode.LEFT) == model.isRightToLeft();
            model.moveBoundary(event.isShiftDown() ? AnnotateViewModel.Boundary.START : AnnotateViewModel.Boundary.END,
                    towardsEnd ? 1 : -1);
            return true;
        }
        if (code.isDigitKey() && !event.isAltDown()) {
            String digit = digitOf(code);
            if (event.isShiftDown()) {
                List<String> subtypes = entitySubtypes(model);
                int index = Integer.parseInt(digit) - 1;
                if (index >= 0 && index < subtypes.size()) {
                    model.annotate(Label.ENTITY, subtypes.get(index));
                    return true;
                }
                return false;
            }
            for (Label label : model.labels()) {
                if (digit.equals(label.hotkey())) {
                    model.annotate(label.name(), null);
                    return true;
                }
            }
            return false;
        }
        switch (code) {
            case DELETE, BACK_SPACE -> model.deleteSelected();
            case L -> model.beginLink();
            case ESCAPE -> model.clearSelection();
            default -> {
                return false;
            }
        }
        return true;
    }

    private static List<String> entitySubtypes(AnnotateViewModel model) {
        return model.labels().stream().filter(label -> label.name().equals(Label.ENTITY)).findFirst()
                .map(Label::subtypes).orElse(List.of());
    }

    private static String digitOf(KeyCode code) {
        String name = code.getName();
        return name.substring(name.length() - 1);
    }
}

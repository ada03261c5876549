package app.hamish.ui.shell;

import app.hamish.model.InputLimits;
import java.text.MessageFormat;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;

/** Who is annotating: asked once, then remembered in the user's preferences. */
final class AnnotatorChoice {
    private static final String KEY = "annotator";
    private final Preferences preferences = Preferences.userRoot().node("app/hamish");

    Optional<String> remembered() {
        return Optional.ofNullable(preferences.get(KEY, null)).filter(name -> !name.isBlank());
    }

    void remember(String name) {
        preferences.put(KEY, name);
    }

    /** The remembered name, or the one the user types now (defaulting to their login name). */
    Optional<String> chooseOrAsk(ResourceBundle messages) {
        return chooseOrAsk(messages, shown -> { });
    }

    /** As {@link #chooseOrAsk(ResourceBundle)}; {@code whenShown} is given the question once it is on screen. */
    Optional<String> chooseOrAsk(ResourceBundle messages, Consumer<TextInputDialog> whenShown) {
        Optional<String> remembered = remembered();
        if (remembered.isPresent()) {
            return remembered;
        }
        TextInputDialog dialog = dialog(System.getProperty("user.name", ""), messages);
        dialog.setOnShown(event -> whenShown.accept(dialog));
        Optional<String> answer = dialog.showAndWait().map(String::strip).filter(name -> !name.isEmpty());
        answer.ifPresent(this::remember);
        return answer;
    }

    /**
     * Asks for the name, refusing one over the limit for annotator names as it is typed: taken here, it would be
     * refused only at the first annotation, with the work of choosing it lost.
     */
    static TextInputDialog dialog(String suggested, ResourceBundle messages) {
        TextInputDialog dialog = new TextInputDialog(suggested);
        dialog.setTitle(messages.getString("app.title"));
        var typed = dialog.getEditor().textProperty();
        BooleanBinding tooLong = Bindings.createBooleanBinding(() -> InputLimits.tooLong("name", typed.get().strip(),
                InputLimits.MAX_NAME) != null, typed);
        dialog.headerTextProperty().bind(Bindings.when(tooLong)
                .then(Bindings.createStringBinding(() -> MessageFormat.format(messages.getString("annotator.tooLong"),
                        String.valueOf(typed.get().strip().codePoints().count()),
                        String.valueOf(InputLimits.MAX_NAME)), typed))
                .otherwise(messages.getString("annotator.question")));
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(tooLong);
        // The header carries its own line breaks (JavaFX's wrapping breaks Arabic, decision 0005): the window
        // grows to the refusal rather than cutting it.
        dialog.headerTextProperty().addListener((header, before, now) -> dialog.getDialogPane().getScene()
                .getWindow().sizeToScene());
        dialog.getDialogPane().setNodeOrientation(messages.getLocale().getLanguage().equals("ar")
                ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        return dialog;
    }
}

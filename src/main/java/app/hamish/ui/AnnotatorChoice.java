package app.hamish.ui;

import java.util.Optional;
import java.util.ResourceBundle;
import java.util.prefs.Preferences;
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
        Optional<String> remembered = remembered();
        if (remembered.isPresent()) {
            return remembered;
        }
        TextInputDialog dialog = new TextInputDialog(System.getProperty("user.name", ""));
        dialog.setTitle(messages.getString("app.title"));
        dialog.setHeaderText(messages.getString("annotator.question"));
        Optional<String> answer = dialog.showAndWait().map(String::strip).filter(name -> !name.isEmpty());
        answer.ifPresent(this::remember);
        return answer;
    }
}

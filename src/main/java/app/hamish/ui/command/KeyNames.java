package app.hamish.ui.command;

import java.util.Map;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** How keys are written for people, in the help and in the README: {@code Ctrl+Shift+Z}, {@code Shift+Alt+←}. */
public final class KeyNames {
    private static final Map<KeyCode, String> SYMBOLS = Map.of(KeyCode.LEFT, "←", KeyCode.RIGHT, "→",
            KeyCode.DOWN, "↓", KeyCode.CLOSE_BRACKET, "]", KeyCode.OPEN_BRACKET, "[", KeyCode.EQUALS, "=",
            KeyCode.MINUS, "-");

    private KeyNames() {
    }

    public static String of(KeyCombination key) {
        StringBuilder name = new StringBuilder();
        if (key.getShortcut() == KeyCombination.ModifierValue.DOWN
                || key.getControl() == KeyCombination.ModifierValue.DOWN) {
            name.append("Ctrl+");
        }
        if (key.getShift() == KeyCombination.ModifierValue.DOWN) {
            name.append("Shift+");
        }
        if (key.getAlt() == KeyCombination.ModifierValue.DOWN) {
            name.append("Alt+");
        }
        KeyCode code = ((KeyCodeCombination) key).getCode();
        return name.append(SYMBOLS.getOrDefault(code, code.getName())).toString();
    }
}

package app.hamish.ui.command;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.Label;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.Test;

/**
 * The keys' bindings are made once for the labels as they are (decision 0058), and made again when the labels
 * change: a label added, or given another key, tags with its key from the next press on.
 */
class KeyBindingsFollowingTest {
    @Test
    void bindingsAreKeptWhileTheLabelsStayAndMadeAgainWhenTheyChange() {
        List<Label> labels = new ArrayList<>(List.of(label("ENTITY", "1")));
        Supplier<KeyBindings> bindings = KeyBindings.following(() -> List.copyOf(labels));

        KeyBindings first = bindings.get();
        assertThat(bindings.get()).isSameAs(first);
        assertThat(labelOf(bindings.get(), KeyCode.DIGIT1)).isEqualTo("ENTITY");
        assertThat(labelOf(bindings.get(), KeyCode.DIGIT2)).isNull();

        labels.add(label("CLAIM", "2"));
        assertThat(labelOf(bindings.get(), KeyCode.DIGIT2)).isEqualTo("CLAIM");

        labels.set(1, label("CLAIM", "3"));
        assertThat(labelOf(bindings.get(), KeyCode.DIGIT2)).isNull();
        assertThat(labelOf(bindings.get(), KeyCode.DIGIT3)).isEqualTo("CLAIM");
    }

    private static String labelOf(KeyBindings bindings, KeyCode key) {
        KeyEvent press = new KeyEvent(KeyEvent.KEY_PRESSED, "", "", key, false, false, false, false);
        return bindings.find(Command.Context.ARTICLE, press).filter(binding -> binding.label() != null)
                .map(binding -> binding.label().name()).orElse(null);
    }

    private static Label label(String name, String hotkey) {
        return new Label(name, "#123456", hotkey, List.of());
    }
}

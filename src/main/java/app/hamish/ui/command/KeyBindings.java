package app.hamish.ui.command;

import app.hamish.model.Label;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The command table's keys with the label catalog's filled in: one binding per key, the label rows expanded to a
 * binding per label (its hotkey, when that is a digit) and per entity subtype (Shift and its position, from 1).
 */
public final class KeyBindings {
    /**
     * @param label for {@link Command#TAG_WITH_LABEL} and {@link Command#TAG_ENTITY_SUBTYPE}: the label, else null
     * @param subtype for {@link Command#TAG_ENTITY_SUBTYPE}: the subtype, else null
     */
    public record Binding(Command command, KeyCombination key, Label label, String subtype) {
        /** A numeric-keypad digit counts as the digit, as it always has for the label keys. */
        public boolean matches(KeyEvent event) {
            return key.match(event) || keypadDigit(event).map(key::match).orElse(false);
        }
    }

    private final List<Binding> all;

    public KeyBindings(List<Label> labels) {
        List<Binding> bindings = new ArrayList<>();
        for (Command command : Command.values()) {
            switch (command) {
                case TAG_WITH_LABEL -> labels.stream().filter(KeyBindings::hasDigitKey)
                        .forEach(label -> bindings.add(new Binding(command,
                                KeyCombination.keyCombination(label.hotkey()), label, null)));
                case TAG_ENTITY_SUBTYPE -> labels.stream().filter(label -> label.name().equals(Label.ENTITY))
                        .forEach(entity -> {
                            for (int i = 0; i < entity.subtypes().size(); i++) {
                                bindings.add(new Binding(command, KeyCombination.keyCombination("Shift+" + (i + 1)),
                                        entity, entity.subtypes().get(i)));
                            }
                        });
                default -> command.keys().forEach(key -> bindings.add(new Binding(command, key, null, null)));
            }
        }
        all = List.copyOf(bindings);
    }

    /**
     * The bindings of the labels {@code labels} gives at each call, made again only when those changed: the keys
     * ask for them on every press, and making them parses each key's combination anew.
     */
    public static Supplier<KeyBindings> following(Supplier<List<Label>> labels) {
        return new Supplier<>() {
            private List<Label> madeFor;
            private KeyBindings made;

            @Override
            public KeyBindings get() {
                List<Label> now = labels.get();
                if (made == null || !now.equals(madeFor)) {
                    madeFor = now;
                    made = new KeyBindings(now);
                }
                return made;
            }
        };
    }

    /** Every binding, in the table's order. */
    public List<Binding> all() {
        return all;
    }

    /** The binding of {@code event} among the commands of {@code context}, if any. */
    public Optional<Binding> find(Command.Context context, KeyEvent event) {
        return all.stream().filter(binding -> binding.command().context() == context)
                .filter(binding -> binding.matches(event)).findFirst();
    }

    /** Only a digit has ever tagged: a letter would take a command's key. */
    private static boolean hasDigitKey(Label label) {
        return label.hotkey() != null && label.hotkey().matches("[0-9]");
    }

    private static Optional<KeyEvent> keypadDigit(KeyEvent event) {
        KeyCode code = event.getCode();
        if (!code.isKeypadKey() || !code.isDigitKey()) {
            return Optional.empty();
        }
        String name = code.getName();
        KeyCode digit = KeyCode.getKeyCode(name.substring(name.length() - 1));
        return Optional.of(new KeyEvent(event.getSource(), event.getTarget(), event.getEventType(),
                event.getCharacter(), event.getText(), digit, event.isShiftDown(), event.isControlDown(),
                event.isAltDown(), event.isMetaDown()));
    }
}

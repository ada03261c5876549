package app.hamish.ui.command;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.service.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command table: one command per key wherever a key acts, and every command named in both languages. */
class CommandTableTest {
    @TempDir
    Path folder;

    @Test
    void noTwoCommandsShareAKeyWhereBothAct() {
        List<KeyBindings.Binding> bindings;
        try (Workspace workspace = Workspace.open(folder.resolve("w.db"))) {
            bindings = new KeyBindings(workspace.annotations().labels()).all();
        }
        for (Command.Context context : Command.Context.values()) {
            Map<String, List<String>> commandsByKey = bindings.stream()
                    .filter(binding -> context.reaching().contains(binding.command().context()))
                    .collect(Collectors.groupingBy(binding -> KeyNames.of(binding.key()),
                            Collectors.mapping(binding -> binding.command() + " " + binding.subtype(),
                                    Collectors.toList())));

            assertThat(commandsByKey).as("keys acting in " + context)
                    .allSatisfy((key, commands) -> assertThat(commands).as(key).hasSize(1));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_ar.properties"})
    void everyCommandAndCategoryIsNamedInBothLanguages(String bundle) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = Command.class.getResourceAsStream("/app/hamish/ui/" + bundle)) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (Command command : Command.values()) {
            assertThat(messages).as(command.name()).containsKey(command.nameKey());
            assertThat(messages).as(command.category().name()).containsKey(command.category().nameKey());
        }
        assertThat(messages).as("the hand-written key list the table replaced").doesNotContainKey("shortcuts.text");
    }
}

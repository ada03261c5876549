package app.hamish.ui.command;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.service.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The README's and the user guide's key tables list exactly the keys the workbench answers, no more, no fewer. */
class KeyTablesInDocsTest {
    private static final Pattern KEY = Pattern.compile("`([^`]+)`");

    @TempDir
    Path folder;

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"README.md; | keys | what they do |", "docs/user-guide.md; | keys | action |"})
    void theKeyTableListsExactlyTheCommandTablesKeys(String document, String header) throws IOException {
        Set<String> answered;
        try (Workspace workspace = Workspace.open(folder.resolve("w.db"))) {
            answered = new KeyBindings(workspace.annotations().labels()).all().stream()
                    .map(binding -> KeyNames.of(binding.key())).collect(Collectors.toCollection(TreeSet::new));
        }

        assertThat(documentedKeys(Path.of(document), header)).as("keys in the table of " + document)
                .isEqualTo(answered);
    }

    /** The keys written as code in the first column of the table under {@code header}. */
    private static Set<String> documentedKeys(Path document, String header) throws IOException {
        List<String> lines = Files.readAllLines(document);
        Set<String> keys = new TreeSet<>();
        for (int i = lines.indexOf(header) + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            Matcher key = KEY.matcher(lines.get(i).split("\\|")[1]);
            while (key.find()) {
                keys.add(key.group(1));
            }
        }
        return keys;
    }
}

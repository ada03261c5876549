package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.service.Workspace;
import app.hamish.ui.command.Command;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The F1 help lists every command of the table with its category, its name in the interface language and keys. */
class ShortcutsTest {
    @TempDir
    Path folder;

    @Test
    void theHelpListsEachCommandWithItsCategoryNameAndKeys() {
        List<Shortcuts.Row> rows = rows(Locale.ENGLISH);

        assertThat(rows).contains(new Shortcuts.Row("Annotate", "Tag the selection as Claim", "2"),
                new Shortcuts.Row("Annotate", "Tag as entity: location (or set the selected entity's subtype)",
                        "Shift+3"),
                new Shortcuts.Row("Edit", "Redo", "Ctrl+Shift+Z, Ctrl+Y"),
                new Shortcuts.Row("Edit", "Delete annotation", "Delete, Backspace"),
                new Shortcuts.Row("Suggestions", "Next suggestion", "]"),
                new Shortcuts.Row("Review", "Sign off", "Ctrl+Alt+S"),
                new Shortcuts.Row("Help", "Keyboard shortcuts", "F1"));
        assertThat(rows).extracting(Shortcuts.Row::category).isSortedAccordingTo(java.util.Comparator.comparing(
                category -> List.of("File", "Edit", "Annotate", "Review", "Suggestions", "View", "Help")
                        .indexOf(category)));
        long keyed = java.util.Arrays.stream(Command.values())
                .filter(command -> !command.keys().isEmpty()).count();
        assertThat(rows).as("one row per keyed command, per label and per entity subtype").hasSize((int) keyed + 3 + 4);
    }

    @Test
    void inArabicTheHelpIsInArabicAndCommandsOfOneNameKeepTheirOwnKeys() {
        assertThat(rows(Locale.forLanguageTag("ar"))).contains(
                new Shortcuts.Row("مساعدة", "اختصارات لوحة المفاتيح", "F1"),
                new Shortcuts.Row("تحرير", "إلغاء التحديد", "Esc"),
                new Shortcuts.Row("تحرير", "إعادة", "Ctrl+Shift+Z, Ctrl+Y"),
                new Shortcuts.Row("مراجعة", "إعادة", "Ctrl+Alt+R"),
                new Shortcuts.Row("وسم", "وسم التحديد: ادعاء", "2"));
    }

    private List<Shortcuts.Row> rows(Locale locale) {
        try (Workspace workspace = Workspace.open(folder.resolve("w-" + locale + ".db"))) {
            return Shortcuts.rows(workspace.annotations().labels(), Messages.bundle(locale));
        }
    }
}

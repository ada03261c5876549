package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.InputLimits;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import org.junit.jupiter.api.Test;

/** The annotator-name dialog refuses a name the workspace would refuse, while it is being typed. */
class AnnotatorChoiceTest {
    private static final String LONGEST = "م".repeat(InputLimits.MAX_NAME);

    @Test
    void aNameOverTheLimitCannotBeTakenAndTheDialogSaysWhy() {
        assertThat(typed(LONGEST + "ن", Locale.ENGLISH, "annotator-name-too-long")).containsExactly("true",
                "This name is 201 characters long; at most 200 are taken.\nPlease shorten it.");
        assertThat(typed(LONGEST, Locale.ENGLISH, "annotator-name-longest")).containsExactly("false",
                "Who is annotating? Your name is recorded with every annotation you make.");
    }

    @Test
    void theRefusalIsInArabicInTheArabicInterface() {
        assertThat(typed(LONGEST + "ن", Locale.forLanguageTag("ar"), "annotator-name-too-long-ar"))
                .containsExactly("true", "طول هذا الاسم 201 حرفًا، والحد الأقصى 200 حرف\nيُرجى تقصيره.");
    }

    /** @return whether OK is disabled, and the dialog's header, once {@code name} is typed */
    private static List<String> typed(String name, Locale locale, String png) {
        HeadlessFx.start();
        TextInputDialog dialog = HeadlessFx.call(() -> {
            TextInputDialog shown = AnnotatorChoice.dialog("mona", Messages.bundle(locale));
            shown.show();
            shown.getEditor().setText(name);
            return shown;
        });
        try {
            WindowPng.write(dialog.getDialogPane().getScene(), png);
            return HeadlessFx.call(() -> List.of(
                    String.valueOf(dialog.getDialogPane().lookupButton(ButtonType.OK).isDisabled()),
                    dialog.getHeaderText()));
        } finally {
            HeadlessFx.run(dialog::close);
        }
    }
}

package app.hamish.service;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.BundleFiles;
import app.hamish.model.WorkflowState;
import app.hamish.model.WorkflowTransition;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every refusal the services can make is worded, once, in the bundles the workbench and the command line share. */
class RefusalTextsTest {
    /** A quote MessageFormat would swallow, with the text after it: an apostrophe is written {@code ''}. */
    private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");

    @Test
    void theServicesRefuseOnlyWithARefusalTheBundlesWord() {
        noClasses().that().resideInAPackage("app.hamish.service..")
                .should().callConstructor(RefusedException.class, String.class)
                .because("a refusal the services make is worded in the message bundles, not in the code")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("app.hamish.service"));
    }

    @Test
    void everyRefusalAndEveryWordItNamesIsInEnglishAndArabic() {
        List<String> keys = Stream.concat(Arrays.stream(Refusal.values()).map(Refusal::bundleKey),
                Stream.concat(Arrays.stream(WorkflowTransition.values()).map(t -> "refused.transition." + t.code()),
                        Arrays.stream(WorkflowState.values()).map(state -> "state." + state.code()))).toList();

        for (Properties language : List.of(BundleFiles.english(), BundleFiles.arabic())) {
            assertThat(keys).allSatisfy(key -> assertThat(language).containsKey(key));
        }
    }

    @Test
    void everyRefusalTextKeepsItsApostrophes() {
        for (Properties language : List.of(BundleFiles.english(), BundleFiles.arabic())) {
            assertThat(Arrays.stream(Refusal.values()).map(refusal -> language.getProperty(refusal.bundleKey())))
                    .noneMatch(text -> text != null && LONE_QUOTE.matcher(text).find());
        }
    }

    @Test
    void theCommandLineGetsTheEnglishTextAndTheWorkbenchItsOwnLanguage() {
        RefusedException refused = new RefusedException(Refusal.WRONG_STATE, WorkflowTransition.SIGN_OFF,
                WorkflowState.SUBMITTED, WorkflowState.IN_REVIEW);
        ResourceBundle arabic = ResourceBundle.getBundle(RefusalTexts.BUNDLE, Locale.forLanguageTag("ar"));

        assertThat(refused.getMessage()).isEqualTo("Cannot sign off: the article is submitted (it must be in review).");
        assertThat(refused.describe(arabic))
                .isEqualTo("لا يمكن «اعتماد»: حالة المقالة مقدَّمة (يجب أن تكون قيد المراجعة).");
        assertThat(new RefusedException(Refusal.LONG_NAME, 200).getMessage())
                .isEqualTo("An annotator's name has at most 200 characters.");
    }

    @Test
    void aLanguageThatDoesNotWordARefusalShowsItInEnglish() {
        ResourceBundle silent = new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[0][];
            }
        };

        assertThat(new RefusedException(Refusal.BLANK).describe(silent))
                .isEqualTo("The selection holds only spaces or invisible characters; select a word.");
    }
}

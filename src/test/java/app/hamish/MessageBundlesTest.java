package app.hamish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The English and Arabic bundles say the same things: a key missing from Arabic would show English in the middle
 * of the Arabic interface, and a {@code {n}} missing from either would drop a value from what the analyst reads.
 */
class MessageBundlesTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[,}]");

    @Test
    void englishAndArabicHoldExactlyTheSameKeys() {
        Set<String> english = BundleFiles.english().stringPropertyNames();
        Set<String> arabic = BundleFiles.arabic().stringPropertyNames();

        assertThat(difference(english, arabic)).as("keys only in messages.properties").isEmpty();
        assertThat(difference(arabic, english)).as("keys only in messages_ar.properties").isEmpty();
    }

    @Test
    void everyPlaceholderOfAKeyAppearsInBothLanguages() {
        Properties english = BundleFiles.english();
        Properties arabic = BundleFiles.arabic();
        TreeMap<String, String> mismatched = new TreeMap<>();
        for (String key : english.stringPropertyNames()) {
            if (arabic.containsKey(key)) {
                Set<String> inEnglish = placeholders(english.getProperty(key));
                Set<String> inArabic = placeholders(arabic.getProperty(key));
                if (!inEnglish.equals(inArabic)) {
                    mismatched.put(key, "English " + inEnglish + ", Arabic " + inArabic);
                }
            }
        }

        assertThat(mismatched).isEmpty();
    }

    private static Set<String> difference(Set<String> these, Set<String> those) {
        Set<String> only = new TreeSet<>(these);
        only.removeAll(those);
        return only;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add("{" + matcher.group(1) + "}");
        }
        return found;
    }
}

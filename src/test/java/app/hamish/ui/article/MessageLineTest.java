package app.hamish.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * A message line parsed once writes what {@code MessageFormat.format} writes (decision 0076): every message of both
 * languages, with counts large and small, names and nothing, in locales whose numbers are written otherwise.
 */
class MessageLineTest {
    private static final Object[] VALUES = {0, 7, 12_345, 1_234_567L, 2.5, "أحمد علي", "bench-analyst", null};
    private static final Locale[] LOCALES = {Locale.US, Locale.forLanguageTag("ar-EG"), Locale.GERMANY,
        Locale.forLanguageTag("hi-IN-u-nu-deva")};

    @Test
    void everyMessageIsWrittenAsMessageFormatWritesIt() {
        Locale before = Locale.getDefault(Locale.Category.FORMAT);
        int compared = 0;
        try {
            for (Locale locale : LOCALES) {
                Locale.setDefault(Locale.Category.FORMAT, locale);
                for (String language : List.of("en", "ar")) {
                    ResourceBundle messages = ResourceBundle.getBundle("app.hamish.ui.messages",
                            Locale.forLanguageTag(language));
                    for (String key : messages.keySet()) {
                        String pattern = messages.getString(key);
                        int arguments = new MessageFormat(pattern).getFormatsByArgumentIndex().length;
                        if (arguments == 0) {
                            continue;
                        }
                        MessageLine line = new MessageLine(pattern);
                        for (int shift = 0; shift < VALUES.length; shift++) {
                            Object[] given = arguments(arguments, shift);
                            assertThat(written(line, given)).as("%s in %s, %s", key, locale, java.util.Arrays.toString(given))
                                    .isEqualTo(writtenByMessageFormat(pattern, given));
                            compared++;
                        }
                    }
                }
            }
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, before);
        }
        assertThat(compared).isGreaterThan(100);
    }

    private static Object[] arguments(int count, int shift) {
        List<Object> given = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            given.add(VALUES[(i + shift) % VALUES.length]);
        }
        return given.toArray();
    }

    /** The text written, or the kind of error a wrong argument (a name for a choice) gives. */
    private static String written(MessageLine line, Object[] given) {
        try {
            return line.format(given);
        } catch (IllegalArgumentException wrong) {
            return wrong.getClass().getName();
        }
    }

    private static String writtenByMessageFormat(String pattern, Object[] given) {
        try {
            return MessageFormat.format(pattern, given);
        } catch (IllegalArgumentException wrong) {
            return wrong.getClass().getName();
        }
    }
}

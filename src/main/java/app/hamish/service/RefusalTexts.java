package app.hamish.service;

import app.hamish.model.Span;
import app.hamish.model.WorkflowState;
import app.hamish.model.WorkflowTransition;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The wording of refusals, from the interface's message bundles, so that each is written once: in English for the
 * command line and the log, in the analyst's language in the workbench (decision 0019).
 */
final class RefusalTexts {
    /**
     * The interface's bundles, read by name: the services give the workbench the words it shows, and depend on no
     * class of it.
     */
    static final String BUNDLE = "app.hamish.ui.messages";

    private RefusalTexts() {
    }

    /** The base bundle, English, whatever the default locale. */
    static ResourceBundle english() {
        return ResourceBundle.getBundle(BUNDLE, Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** First strong isolate and pop directional isolate (Unicode bidi, UAX #9). */
    private static final String FSI = "\u2068";
    private static final String PDI = "\u2069";
    /** Left-to-right mark. */
    private static final String LRM = "\u200e";

    /**
     * @param isolated whether quoted texts, names and offsets are set apart as bidi isolates, for a window that
     *                 lays text out by the bidi algorithm: Arabic beside an offset otherwise draws the offset's
     *                 numbers reversed, into the Arabic. A terminal gets the plain text, which scripts compare.
     */
    static String format(Refusal refusal, List<Object> arguments, ResourceBundle messages, boolean isolated) {
        return MessageFormat.format(messages.getString(refusal.bundleKey()),
                arguments.stream().map(argument -> word(argument, messages, isolated)).toArray());
    }

    /** States and transitions by their names in the bundle's language; anything else as text (no digit grouping). */
    private static String word(Object argument, ResourceBundle messages, boolean isolated) {
        return switch (argument) {
            case WorkflowState state -> messages.getString("state." + state.code());
            case WorkflowTransition transition -> messages.getString("refused.transition." + transition.code());
            case Number number -> String.valueOf(number);
            case QuotedAnnotations quoted -> quoted.annotations().stream()
                    .map(annotation -> annotation.label() + " \u201c" + quoted(annotation.text(), messages, isolated)
                            + "\u201d " + offsets(annotation.span(), messages, isolated))
                    .collect(Collectors.joining(", ")) + (quoted.more() ? ", \u2026" : "");
            case Span span -> offsets(span, messages, isolated);
            default -> quoted(String.valueOf(argument), messages, isolated);
        };
    }

    /**
     * A quoted text or a name, set apart as a bidi isolate in a left-to-right message. Right to left JavaFX draws
     * isolates as boxes, and the quoted text, Arabic as a rule, runs the message's way already.
     */
    private static String quoted(String text, ResourceBundle messages, boolean isolated) {
        return isolated && !rightToLeft(messages) ? FSI + text + PDI : text;
    }

    /**
     * Offsets, set apart so they read {@code [51,66)} beside Arabic: an isolate left to right; right to left, where
     * isolates are drawn as boxes, between left-to-right marks, after which numbers and the brackets around them
     * stay left to right.
     */
    private static String offsets(Span span, ResourceBundle messages, boolean isolated) {
        if (!isolated) {
            return span.toString();
        }
        return rightToLeft(messages) ? LRM + span + LRM : FSI + span + PDI;
    }

    private static boolean rightToLeft(ResourceBundle messages) {
        return messages.getLocale().getLanguage().equals("ar");
    }

    /** Annotations a refusal names by label, text and span; {@code more}: there are others, not listed. */
    record QuotedAnnotations(List<Quoted> annotations, boolean more) {
    }

    record Quoted(String label, String text, Span span) {
    }
}

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
                    .map(annotation -> annotation.label() + " \u201c" + isolate(annotation.text(), isolated)
                            + "\u201d " + isolate(annotation.span().toString(), isolated))
                    .collect(Collectors.joining(", ")) + (quoted.more() ? ", \u2026" : "");
            default -> isolate(String.valueOf(argument), isolated);
        };
    }

    private static String isolate(String text, boolean isolated) {
        return isolated ? FSI + text + PDI : text;
    }

    /** Annotations a refusal names by label, text and span; {@code more}: there are others, not listed. */
    record QuotedAnnotations(List<Quoted> annotations, boolean more) {
    }

    record Quoted(String label, String text, Span span) {
    }
}

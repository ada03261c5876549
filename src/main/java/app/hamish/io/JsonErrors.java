package app.hamish.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with a JSON text, said for the person who has to fix the file: Jackson's message without its
 * parser internals (a redacted source location, configuration names, character codes), with the column.
 */
public final class JsonErrors {
    private static final Pattern EMBEDDED_LOCATION = Pattern.compile(
            "\\s*\\(for (\\w+) starting at \\[Source: [^\\]]*; line: (\\d+), column: (\\d+)\\]\\)");
    private static final Pattern TRAILING_LOCATION = Pattern.compile("\\s*at \\[Source: [^\\]]*\\]");
    private static final Pattern CHARACTER = Pattern.compile("\\('(.+?)' \\(code \\d+(?: / 0x[0-9a-fA-F]+)?\\)\\)");
    private static final Pattern CONTROL = Pattern.compile("\\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
    private static final Pattern CONSTRAINT = Pattern.compile(", from `[^`]*`");
    /** Jackson's advice to switch on a parser feature, which the person fixing the file cannot take. */
    private static final Pattern FEATURE = Pattern.compile(":? *enable `[^`]*` to allow");

    private JsonErrors() {
    }

    /**
     * E.g. "is not valid JSON: Unrecognized token 'oops': was expecting (a string, number, ...) (at column 14)".
     *
     * @param firstLine the file's line the JSON text begins on, so that lines named in the message are the file's
     */
    public static String describe(JsonProcessingException e, int firstLine) {
        String message = e.getOriginalMessage() == null ? "malformed" : e.getOriginalMessage();
        message = EMBEDDED_LOCATION.matcher(message).replaceAll(match -> " (the "
                + match.group(1).toLowerCase(Locale.ROOT) + " opened at line "
                + (firstLine + Integer.parseInt(match.group(2)) - 1) + ", column " + match.group(3) + ")");
        message = TRAILING_LOCATION.matcher(message).replaceAll("");
        message = CONSTRAINT.matcher(message).replaceAll("");
        message = FEATURE.matcher(message).replaceAll("");
        message = CONTROL.matcher(message).replaceAll(match -> "(the control character U+%04X)"
                .formatted(Integer.parseInt(match.group(1))));
        message = CHARACTER.matcher(message)
                .replaceAll(match -> Matcher.quoteReplacement("“" + match.group(1) + "”"));
        message = message.replace("(JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                "(a string, number, array, object, true, false or null)");
        JsonLocation location = e.getLocation();
        String column = location == null || location.getColumnNr() <= 0 ? ""
                : " (at column " + location.getColumnNr() + ")";
        return "is not valid JSON: " + message + column;
    }
}

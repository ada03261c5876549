package app.hamish.model;

import java.nio.charset.StandardCharsets;

/**
 * The largest value Hamish accepts in each field that comes from outside: an imported file, or another workspace
 * being merged. Import and merge check the same limits, so nothing refused by one arrives through the other. No
 * news article comes near them; they exist so that a crafted file cannot fill memory or the disk, or freeze the
 * workbench. Lengths are in code points unless a name says bytes (UTF-8).
 */
public final class InputLimits {
    public static final long MAX_TEXT_BYTES = 64L * 1024 * 1024;
    public static final int MAX_TITLE = 200;
    public static final int MAX_ARTICLE_ID = 300;
    public static final int MAX_SOURCE_NAME = 1_000;
    public static final int MAX_META_BYTES = 1024 * 1024;
    /** Annotator, label, subtype and relation type names. */
    public static final int MAX_NAME = 200;
    /** Notes on annotations, comments on decisions and review states, audit details. */
    public static final int MAX_NOTE = 10_000;

    private InputLimits() {
    }

    /** @return why the article's fields exceed a limit, or null when they do not */
    public static String articleProblem(String externalId, String title, String sourceName, String text,
                                        String metaJson) {
        // A UTF-16 unit is at most three UTF-8 bytes: only a long text needs counting.
        long textBytes = text.length() * 3L > MAX_TEXT_BYTES ? utf8Bytes(text) : text.length();
        return articleProblem(externalId, title, sourceName, textBytes, metaJson);
    }

    /** As {@link #articleProblem(String, String, String, String, String)}, for a text of {@code textBytes} in UTF-8. */
    public static String articleProblem(String externalId, String title, String sourceName, long textBytes,
                                        String metaJson) {
        if (textBytes > MAX_TEXT_BYTES) {
            return "text is %d MB; the largest article Hamish takes is %d MB"
                    .formatted(textBytes >> 20, MAX_TEXT_BYTES >> 20);
        }
        String tooLong = tooLong("id", externalId, MAX_ARTICLE_ID);
        tooLong = tooLong != null ? tooLong : ControlCharacters.problem("id", externalId);
        tooLong = tooLong != null ? tooLong : tooLong("title", title, MAX_TITLE);
        tooLong = tooLong != null ? tooLong : tooLong("source name", sourceName, MAX_SOURCE_NAME);
        if (tooLong != null) {
            return tooLong;
        }
        if (utf8Bytes(metaJson) > MAX_META_BYTES) {
            return "meta is %d bytes; at most %d are taken".formatted(utf8Bytes(metaJson), MAX_META_BYTES);
        }
        return null;
    }

    /** @return "FIELD is N characters long; at most LIMIT are taken", or null within the limit */
    public static String tooLong(String field, String value, int limit) {
        if (value == null || value.length() <= limit) {
            return null;
        }
        int codePoints = value.codePointCount(0, value.length());
        return codePoints <= limit ? null
                : "%s is %d characters long; at most %d are taken".formatted(field, codePoints, limit);
    }

    private static long utf8Bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8).length;
    }
}

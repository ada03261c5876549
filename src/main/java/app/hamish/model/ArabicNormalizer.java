package app.hamish.model;

/**
 * Folds Arabic spelling variation away for matching: find, suggestions and propagation compare normalised text,
 * and every match is mapped back to the original text, which is never changed (decision 0002).
 *
 * <p>The folding, one code point at a time:
 * <ul>
 *   <li>alef with hamza above or below, alef madda and alef wasla (أ إ آ ٱ) become bare alef ا;</li>
 *   <li>alef maqsura ى becomes ya ي, and ta marbuta ة becomes ha ه, the two pairs writers and scrapers swap;</li>
 *   <li>the hamza carriers ؤ and ئ become و and ي (مسؤول matches مسوول, مسئول matches مسيول; the two spellings
 *       of the one word do not meet, as each carrier keeps its seat); a standalone hamza ء is dropped, so that
 *       شيء matches شي and القرءان matches القرآن, at the price of جزء also matching inside جزر;</li>
 *   <li>tatweel ـ, combining marks (harakat, shadda, sukun, superscript alef, Quranic marks) and format controls
 *       (bidi marks and isolates, zero-width space and joiners, byte-order mark) are removed;</li>
 *   <li>a dot between two tatweels, which scraped articles put inside a word to slip past keyword filters
 *       ({@code مواجـ.ـهة}), is removed with them (the same rule as {@link Words});</li>
 *   <li>Arabic-Indic (٠-٩) and Persian (۰-۹) digits become ASCII digits;</li>
 *   <li>any run of white space (including no-break space and line breaks) becomes one space;</li>
 *   <li>letters are lower-cased, for the Latin names and acronyms that Arabic news quotes.</li>
 * </ul>
 */
public final class ArabicNormalizer {
    static final int TATWEEL = 0x0640;
    private static final int HAMZA = 0x0621;

    private ArabicNormalizer() {
    }

    /** The normalised form of {@code original}, with a map back to its UTF-16 indices. */
    public static NormalizedText normalize(String original) {
        NormalizedText.Builder out = new NormalizedText.Builder(original);
        int i = 0;
        while (i < original.length()) {
            int codePoint = original.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
                out.space(i, next);
            } else if (isDropped(original, i, codePoint)) {
                out.extendLast(next, codePoint != HAMZA && Character.getType(codePoint) == Character.FORMAT);
            } else {
                out.append(fold(codePoint), i, next);
            }
            i = next;
        }
        return out.build();
    }

    /** The normalised form of a query: what {@link NormalizedText#find} looks for. */
    public static String key(String query) {
        return normalize(query.strip()).value();
    }

    /** The single-character folding table; characters not listed are only lower-cased. */
    static int fold(int codePoint) {
        return switch (codePoint) {
            case 0x0623, 0x0625, 0x0622, 0x0671 -> 0x0627; // أ إ آ ٱ → ا
            case 0x0649 -> 0x064A; // ى → ي
            case 0x0629 -> 0x0647; // ة → ه
            case 0x0624 -> 0x0648; // ؤ → و
            case 0x0626 -> 0x064A; // ئ → ي
            default -> {
                if (codePoint >= 0x0660 && codePoint <= 0x0669) {
                    yield '0' + codePoint - 0x0660;
                }
                if (codePoint >= 0x06F0 && codePoint <= 0x06F9) {
                    yield '0' + codePoint - 0x06F0;
                }
                yield Character.toLowerCase(codePoint);
            }
        };
    }

    private static boolean isDropped(String text, int index, int codePoint) {
        if (codePoint == TATWEEL || codePoint == HAMZA) {
            return true;
        }
        if (codePoint == '.') {
            int after = index + 1;
            return index > 0 && text.codePointBefore(index) == TATWEEL && after < text.length()
                    && text.codePointAt(after) == TATWEEL;
        }
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT;
    }
}

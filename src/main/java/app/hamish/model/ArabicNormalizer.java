package app.hamish.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Folds Arabic spelling variation away for matching: find, suggestions and propagation compare normalised text,
 * and every match is mapped back to the original text, which is never changed (decision 0002).
 *
 * <p>The folding, one code point at a time:
 * <ul>
 *   <li>alef with hamza above or below, alef madda and alef wasla (أ إ آ ٱ) become bare alef ا;</li>
 *   <li>alef maqsura ى becomes ya ي, and ta marbuta ة becomes ha ه, the two pairs writers and scrapers swap;</li>
 *   <li>the hamza carriers ؤ and ئ become و and ي, so that مسؤول matches مسوول, and مسئول matches مسيول; a
 *       query is also looked for with each carrier swapped ({@link #keys}), so that the Egyptian مسئول and the
 *       Levantine مسؤول meet; a standalone hamza ء is dropped, so that شيء matches شي and القرءان matches
 *       القرآن, at the price of جزء also matching inside جزر;</li>
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
    private static final char WAW_HAMZA = 'ؤ';
    private static final char YA_HAMZA = 'ئ';
    static final int MAX_SWAPPED_CARRIERS = 3;

    private ArabicNormalizer() {
    }

    /** The normalised form of an article's text, with a map back to its spans. */
    public static NormalizedText normalize(ArticleText original) {
        return fold(original.value()).build();
    }

    /** The normalised form of a text, as one string: what a token is compared by (no carrier swapping). */
    public static String key(String text) {
        return fold(text.strip()).value();
    }

    private static NormalizedText.Builder fold(String original) {
        NormalizedText.Builder out = new NormalizedText.Builder(original);
        int i = 0;
        // The map back counts code points, what spans count, so that a match becomes a span without a conversion.
        for (int offset = 0; i < original.length(); offset++) {
            int codePoint = original.codePointAt(i);
            if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
                out.space(offset, offset + 1);
            } else if (isDropped(original, i, codePoint)) {
                out.extendLast(offset + 1, codePoint != HAMZA && Character.getType(codePoint) == Character.FORMAT);
            } else {
                out.append(fold(codePoint), offset, offset + 1);
            }
            i += Character.charCount(codePoint);
        }
        return out;
    }

    /**
     * What {@link NormalizedText#find} looks for: the query's normalised form, and those with its hamza carriers
     * swapped (ؤ for ئ and back), since one word is written with either seat across the region (مسؤول, مسئول).
     * Every combination up to {@link #MAX_SWAPPED_CARRIERS} carriers; past that, all swapped one way or the other.
     * Empty when the query normalises to nothing.
     */
    public static List<String> keys(String query) {
        String stripped = query.strip();
        List<Integer> carriers = new ArrayList<>();
        for (int i = 0; i < stripped.length(); i++) {
            if (stripped.charAt(i) == WAW_HAMZA || stripped.charAt(i) == YA_HAMZA) {
                carriers.add(i);
            }
        }
        Set<String> keys = new LinkedHashSet<>();
        if (carriers.size() <= MAX_SWAPPED_CARRIERS) {
            for (int mask = 0; mask < 1 << carriers.size(); mask++) {
                keys.add(key(swapped(stripped, carriers, mask)));
            }
        } else {
            keys.add(key(stripped));
            keys.add(key(stripped.replace(YA_HAMZA, WAW_HAMZA)));
            keys.add(key(stripped.replace(WAW_HAMZA, YA_HAMZA)));
        }
        keys.remove("");
        return List.copyOf(keys);
    }

    private static String swapped(String text, List<Integer> carriers, int mask) {
        char[] chars = text.toCharArray();
        for (int bit = 0; bit < carriers.size(); bit++) {
            if ((mask & 1 << bit) != 0) {
                int at = carriers.get(bit);
                chars[at] = chars[at] == WAW_HAMZA ? YA_HAMZA : WAW_HAMZA;
            }
        }
        return new String(chars);
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

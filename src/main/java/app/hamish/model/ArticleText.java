package app.hamish.model;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The exact text of an article, and the one place that converts between UTF-16 indices (what Java and JavaFX
 * use) and Unicode code points (what Hamish stores and exports, and what Python slicing uses). What the rest of
 * Hamish asks of a text by position (words, characters, trimming, lines) it asks here, in code points.
 *
 * <p>Conversions are O(log k) in the number k of characters outside the Basic Multilingual Plane, and O(1) for
 * text without any, which is most Arabic news.
 */
public final class ArticleText {
    private static final Pattern GRAPHEME = Pattern.compile("\\X");
    private final int codePointLength;
    private final int utf16Length;
    /**
     * The text and its index ({@link Decoded}), or, for a text made from the bytes a workspace stores, those bytes
     * until something first reads it: an import stores the bytes and never reads the text. Decoding replaces the
     * bytes, so a text read is held once, as a string. One field, read once per use: a first use on two threads at
     * once may decode twice, and the record's final fields mean neither sees half of it.
     */
    private Object content;

    /** @param supplementaryAtCodePoint code-point offset of each supplementary character, ascending */
    private record Decoded(String value, int[] supplementaryAtCodePoint) {
    }

    private ArticleText(String value, int[] supplementaryAtCodePoint) {
        this.content = new Decoded(value, supplementaryAtCodePoint);
        this.codePointLength = value.length() - supplementaryAtCodePoint.length;
        this.utf16Length = value.length();
    }

    private ArticleText(byte[] utf8, int codePointLength, int supplementary) {
        this.content = utf8;
        this.codePointLength = codePointLength;
        this.utf16Length = codePointLength + supplementary;
    }

    /**
     * @throws IllegalArgumentException if the text holds an unpaired surrogate, which no offset unit can address
     *     consistently across Java, Python and JavaScript
     */
    public static ArticleText of(String value) {
        return new ArticleText(value, supplementaryPositions(value));
    }

    /**
     * The text whose UTF-8 is {@code utf8}, which {@link PlainUtf8} found strictly valid and measured: decoded only
     * when something reads it.
     */
    static ArticleText ofUtf8(byte[] utf8, int codePointLength, int supplementary) {
        return new ArticleText(utf8, codePointLength, supplementary);
    }

    private static int[] supplementaryPositions(String value) {
        int[] positions = new int[0];
        int count = 0;
        int codePoint = 0;
        for (int i = 0; i < value.length(); i++, codePoint++) {
            char c = value.charAt(i);
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 >= value.length()
                        || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    throw new IllegalArgumentException("unpaired surrogate U+%04X at character %d"
                            .formatted((int) c, codePoint));
                }
                if (count == positions.length) {
                    positions = Arrays.copyOf(positions, Math.max(8, count * 2));
                }
                positions[count++] = codePoint;
                i++;
            }
        }
        return Arrays.copyOf(positions, count);
    }

    private Decoded decoded() {
        Object seen = content;
        if (seen instanceof Decoded known) {
            return known;
        }
        String value = new String((byte[]) seen, StandardCharsets.UTF_8);
        Decoded known = new Decoded(value, utf16Length == codePointLength ? new int[0] : supplementaryPositions(value));
        content = known;
        return known;
    }

    /** Its length in UTF-16 units, {@code value().length()}, known without decoding a text made from UTF-8. */
    public int utf16Length() {
        return utf16Length;
    }

    public String value() {
        return decoded().value();
    }

    /**
     * Its UTF-8: the bytes it was made from while nothing has read it as a string, which an export writes as they
     * are (decision 0069), otherwise encoded now. Not to be changed.
     */
    public byte[] utf8() {
        Object seen = content;
        return seen instanceof byte[] utf8 ? utf8 : ((Decoded) seen).value().getBytes(StandardCharsets.UTF_8);
    }

    /** The text whose UTF-8 a workspace stores, kept as those bytes when they are plain ({@link PlainUtf8}). */
    public static ArticleText ofStored(byte[] utf8) {
        PlainUtf8 plain = PlainUtf8.scan(utf8);
        return plain != null ? plain.text() : of(new String(utf8, StandardCharsets.UTF_8));
    }

    public int codePointLength() {
        return codePointLength;
    }

    public boolean contains(Span span) {
        return span.end() <= codePointLength;
    }

    /** The text of a span; equals Python's {@code text[start:end]}. */
    public String slice(Span span) {
        requireWithin(span);
        return value().substring(toUtf16(span.start()), toUtf16(span.end()));
    }

    public void requireWithin(Span span) {
        if (!contains(span)) {
            throw new IllegalArgumentException("span %s lies outside the text of %d characters"
                    .formatted(span, codePointLength));
        }
    }

    /** UTF-16 index of a code-point offset (0..codePointLength inclusive). */
    public int toUtf16(int codePointOffset) {
        if (codePointOffset < 0 || codePointOffset > codePointLength) {
            throw new IndexOutOfBoundsException("code point offset " + codePointOffset + " of " + codePointLength);
        }
        if (utf16Length == codePointLength) {
            return codePointOffset;
        }
        return codePointOffset + countBelow(decoded().supplementaryAtCodePoint(), codePointOffset);
    }

    /**
     * Code-point offset of a UTF-16 index (0..length inclusive).
     *
     * @throws IllegalArgumentException if the index falls between the two halves of a surrogate pair
     */
    public int toCodePoints(int utf16Index) {
        if (utf16Index < 0 || utf16Index > utf16Length) {
            throw new IndexOutOfBoundsException("UTF-16 index " + utf16Index + " of " + utf16Length);
        }
        if (utf16Length == codePointLength) {
            return utf16Index;
        }
        int[] supplementaryAtCodePoint = decoded().supplementaryAtCodePoint();
        if (splitsPair(utf16Index)) {
            throw new IllegalArgumentException("UTF-16 index " + utf16Index + " splits a surrogate pair");
        }
        // The UTF-16 index of the i-th supplementary character is its code-point offset plus i.
        int low = 0;
        int high = supplementaryAtCodePoint.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (supplementaryAtCodePoint[mid] + mid < utf16Index) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return utf16Index - low;
    }

    /**
     * Code-point offset of a UTF-16 index where the index may fall between the two halves of a surrogate pair, as
     * a hit test on drawn text can: such an index counts as the start of the pair.
     */
    public int toCodePointsRoundingDown(int utf16Index) {
        return toCodePoints(splitsPair(utf16Index) ? utf16Index - 1 : utf16Index);
    }

    /** Whether a UTF-16 index falls between the two halves of a surrogate pair. */
    public boolean splitsPair(int utf16Index) {
        return splitsPair(value(), utf16Index);
    }

    /** {@link #splitsPair(int)} for a string that may not be an article's text, as {@link Words} reads. */
    static boolean splitsPair(String text, int utf16Index) {
        return utf16Index > 0 && utf16Index < text.length() && Character.isLowSurrogate(text.charAt(utf16Index))
                && Character.isHighSurrogate(text.charAt(utf16Index - 1));
    }

    /** The span covering UTF-16 indices [start, end), as a JavaFX selection reports them. */
    public Span spanFromUtf16(int start, int end) {
        return new Span(toCodePoints(start), toCodePoints(end));
    }

    /** The code point at a code-point offset (0..codePointLength exclusive). */
    public int codePointAt(int offset) {
        Objects.checkIndex(offset, codePointLength);
        return value().codePointAt(toUtf16(offset));
    }

    /** The word holding the character at a code-point offset, or ending just before it; empty where there is none. */
    public Optional<Span> wordAt(int codePointOffset) {
        int[] word = Words.wordAt(value(), toUtf16(codePointOffset));
        return word == null ? Optional.empty() : Optional.of(spanFromUtf16(word[0], word[1]));
    }

    /** The word that starts at a code-point offset; empty inside a word or where none is. */
    public Optional<Span> wordStartingAt(int codePointOffset) {
        Objects.checkIndex(codePointOffset, codePointLength);
        return wordAt(codePointOffset).filter(word -> word.start() == codePointOffset);
    }

    /** Every word of the text ({@link Words}: clitics attached, punctuation and white space in none), in order. */
    public List<Span> words() {
        List<Span> words = new ArrayList<>();
        int at = 0;
        while (at < codePointLength) {
            Optional<Span> word = wordStartingAt(at);
            if (word.isPresent()) {
                words.add(word.get());
                at = word.get().end();
            } else {
                at++;
            }
        }
        return words;
    }

    /**
     * The span grown so that no word is cut at either end, then trimmed of white space, punctuation and invisible
     * characters at both ends (see {@link Words#snap}); empty if nothing is left.
     */
    public Optional<Span> snapToWords(Span span) {
        requireWithin(span);
        int[] snapped = Words.snap(value(), toUtf16(span.start()), toUtf16(span.end()));
        return snapped == null ? Optional.empty() : Optional.of(spanFromUtf16(snapped[0], snapped[1]));
    }

    /**
     * From a code-point offset to the end of the user-perceived character there (Unicode's extended grapheme
     * cluster): a letter with its marks, an emoji with its modifiers and the emoji joined to it.
     */
    public Span graphemeAt(int codePointOffset) {
        Objects.checkIndex(codePointOffset, codePointLength);
        // A matcher reads only the one character; a BreakIterator would find every boundary of the text first.
        Matcher grapheme = GRAPHEME.matcher(value()).region(toUtf16(codePointOffset), utf16Length);
        grapheme.lookingAt();
        return new Span(codePointOffset, toCodePoints(grapheme.end()));
    }

    /** The span less the code points at either end that {@code trimmed} accepts; empty if nothing is left. */
    public Optional<Span> trim(Span span, IntPredicate trimmed) {
        requireWithin(span);
        int start = span.start();
        int end = span.end();
        while (start < end && trimmed.test(codePointAt(start))) {
            start++;
        }
        while (end > start && trimmed.test(codePointAt(end - 1))) {
            end--;
        }
        return start < end ? Optional.of(new Span(start, end)) : Optional.empty();
    }

    /**
     * The span cut at each line break, the breaks themselves left out, and no piece where two breaks meet or one
     * stands at an end. A stored text's only line break is {@code \n} (import makes every line ending one).
     */
    public List<Span> splitAtLineBreaks(Span span) {
        requireWithin(span);
        List<Span> lines = new ArrayList<>();
        int start = span.start();
        int end = toUtf16(span.end());
        String value = value();
        for (int at = value.indexOf('\n', toUtf16(start)); at >= 0 && at < end; at = value.indexOf('\n', at + 1)) {
            int lineBreak = toCodePoints(at);
            if (lineBreak > start) {
                lines.add(new Span(start, lineBreak));
            }
            start = lineBreak + 1;
        }
        if (span.end() > start) {
            lines.add(new Span(start, span.end()));
        }
        return lines;
    }

    /**
     * The first piece {@link #splitAtLineBreaks} would give if it starts where the span does: the span up to its
     * first line break; empty when a break stands at its start. Reads no further than that break.
     */
    public Optional<Span> firstLine(Span span) {
        requireWithin(span);
        int start = toUtf16(span.start());
        int lineBreak = value().indexOf('\n', start, toUtf16(span.end()));
        if (lineBreak == start) {
            return Optional.empty();
        }
        return Optional.of(lineBreak < 0 ? span : new Span(span.start(), toCodePoints(lineBreak)));
    }

    private static int countBelow(int[] sorted, int limit) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < limit) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ArticleText that && value().equals(that.value());
    }

    @Override
    public int hashCode() {
        return value().hashCode();
    }

    @Override
    public String toString() {
        String value = value();
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}

package app.hamish.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An article's text as {@link ArabicNormalizer} folds it, remembering for each of its characters the span of the
 * original text it came from.
 */
public final class NormalizedText {
    /** Up to this many keys are searched for one by one; more in one pass of {@link KeyMatcher}. */
    private static final int FEW_KEYS = 4;

    private final String value;
    /** Code-point offsets into the original, as the normaliser walks it: {@link #original(int, int)}'s spans. */
    private final int[] originalStart;
    private final int[] originalEnd;

    private NormalizedText(String value, int[] originalStart, int[] originalEnd) {
        this.value = value;
        this.originalStart = originalStart;
        this.originalEnd = originalEnd;
    }

    public String value() {
        return value;
    }

    /**
     * Every occurrence of the query, normalised the same way, as spans of the original text, in text order and
     * not overlapping. A match covers the marks and tatweel on its last letter, so selecting it takes the whole
     * written letter; it never starts or ends on removed bidi controls or white space.
     */
    public List<Span> find(String query) {
        WordRanges found = new WordRanges();
        for (String key : ArabicNormalizer.keys(query)) {
            int at = value.indexOf(key);
            while (at >= 0) {
                found.add(at, at + key.length());
                at = value.indexOf(key, at + key.length());
            }
        }
        WordRanges kept = found.inOrderWithoutOverlaps();
        List<Span> spans = new ArrayList<>(kept.size());
        for (int k = 0; k < kept.size(); k++) {
            spans.add(original(kept.start(k), kept.end(k)));
        }
        return spans;
    }

    /**
     * Like {@link #find}, but for keys already made ({@link ArabicNormalizer#keys}) and only whole words: a match
     * starts where a word does, or after up to two proclitic letters (و ف ب ل ك, as in وبحسب), and ends where a
     * word does. Ranges are in normalised characters, in text order, not overlapping. The search never reads past
     * {@code to}, so a short window costs its own length and not the rest of the text.
     */
    public List<int[]> findWords(List<String> keys, int from, int to) {
        WordRanges found = new WordRanges();
        for (String key : keys) {
            int at = value.indexOf(key, from, to);
            while (at >= 0) {
                int end = at + key.length();
                if (startsWord(at) && endsWord(end)) {
                    found.add(at, end);
                    at = value.indexOf(key, end, to);
                } else {
                    at = value.indexOf(key, at + 1, to);
                }
            }
        }
        return found.inOrderWithoutOverlaps();
    }

    /**
     * The whole-word occurrences of many keys, found in one pass over the text ({@link KeyMatcher}): per key, all
     * of them, overlapping ones included, in text order. {@link #words} picks what {@link #findWords} would.
     */
    Map<String, WordRanges> wordOccurrences(Collection<String> keys) {
        if (keys.size() > FEW_KEYS) {
            return new KeyMatcher(keys).find(value, this::endsWord, this::startsWord);
        }
        Map<String, WordRanges> byKey = new HashMap<>();
        keys.forEach(key -> byKey.computeIfAbsent(key, this::wordOccurrences));
        return byKey;
    }

    /**
     * One key's whole-word occurrences, overlapping ones included, as {@link KeyMatcher} finds them: the strings a
     * key changes are one or two, and the JDK's search for one string over the million characters of the bench
     * article takes a tenth of the automaton's walk, which looks up a table for every character (decision 0071).
     */
    private WordRanges wordOccurrences(String key) {
        WordRanges found = new WordRanges();
        for (int at = key.isEmpty() ? -1 : value.indexOf(key); at >= 0; at = value.indexOf(key, at + 1)) {
            int end = at + key.length();
            if (endsWord(end) && startsWord(at)) {
                found.add(at, end);
            }
        }
        return found;
    }

    /**
     * What {@link #findWords} finds in the whole text for these keys, from occurrences found beforehand by
     * {@link #wordOccurrences} (for these keys among others): each key's occurrences without those overlapping an
     * earlier one of the same key, then the earliest of all keys where two overlap.
     */
    static WordRanges words(List<String> keys, Map<String, WordRanges> occurrences) {
        WordRanges found = new WordRanges();
        for (String key : keys) {
            WordRanges ofKey = occurrences.getOrDefault(key, WordRanges.none());
            int end = 0;
            for (int k = 0; k < ofKey.size(); k++) {
                if (ofKey.start(k) >= end) {
                    found.add(ofKey.start(k), ofKey.end(k));
                    end = ofKey.end(k);
                }
            }
        }
        // One key's are already in order, without overlaps: most annotated strings have one key.
        return keys.size() == 1 ? found : found.inOrderWithoutOverlaps();
    }

    private boolean endsWord(int end) {
        return end == value.length() || !Character.isLetterOrDigit(value.charAt(end));
    }

    private boolean startsWord(int at) {
        int letters = 0;
        for (int i = at - 1; i >= 0 && Character.isLetterOrDigit(value.charAt(i)); i--) {
            if (++letters > Words.MAX_PROCLITICS || Words.PROCLITICS.indexOf(value.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where a window that starts at {@code from} ends: after at most {@code words} more words, and before the first
     * of {@code stops} (sentence ends), whichever comes first. What a cue's gap or a verb's reach may cover.
     */
    public int windowEnd(int from, int words, String stops) {
        int spaces = 0;
        int i = from;
        for (; i < value.length() && stops.indexOf(value.charAt(i)) < 0; i++) {
            if (value.charAt(i) == ' ' && ++spaces > words + 1) {
                break;
            }
        }
        return i;
    }

    /** The original span that normalised characters {@code [start, end)} came from; {@code end > start}. */
    public Span original(int start, int end) {
        return new Span(originalStart[start], originalEnd[end - 1]);
    }

    /** Collects the normalised text and its map; used only by the normaliser. */
    static final class Builder {
        private final StringBuilder value = new StringBuilder();
        private int[] starts;
        private int[] ends;

        Builder(String original) {
            starts = new int[original.length()];
            ends = new int[original.length()];
        }

        void append(int codePoint, int from, int to) {
            int before = value.length();
            value.appendCodePoint(codePoint);
            for (int i = before; i < value.length(); i++) {
                if (i == starts.length) {
                    starts = Arrays.copyOf(starts, i * 2 + 2);
                    ends = Arrays.copyOf(ends, i * 2 + 2);
                }
                starts[i] = from;
                ends[i] = to;
            }
        }

        /** White space collapses: a run becomes one space, and a leading run none. */
        void space(int from, int to) {
            int last = value.length() - 1;
            if (last >= 0 && value.charAt(last) == ' ') {
                ends[last] = to;
            } else if (last >= 0) {
                append(' ', from, to);
            }
        }

        /**
         * A removed character belongs to the letter before it (a haraka or tatweel is drawn on it), so that
         * letter's range grows over it; a format control does not, so that a match never ends on a bidi mark.
         */
        void extendLast(int to, boolean control) {
            int last = value.length() - 1;
            if (!control && last >= 0 && value.charAt(last) != ' ') {
                ends[last] = to;
            }
        }

        String value() {
            return value.toString();
        }

        NormalizedText build() {
            int length = value.length();
            return new NormalizedText(value.toString(), Arrays.copyOf(starts, length),
                    Arrays.copyOf(ends, length));
        }
    }
}

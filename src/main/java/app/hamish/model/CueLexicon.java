package app.hamish.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Phrases that introduce a source the reader cannot check ("مصادر مطلعة", "بحسب", "لم يسمها"), one a line; a
 * line holding {@code ...} is a gap pattern whose parts must appear in order within a few words of each other in
 * one sentence ("نقلت ... عن"). Lines starting with {@code #} are comments. Matching is by whole words after
 * {@link ArabicNormalizer} folding, so one entry covers its spelling variants and proclitics (بحسب, وبحسب).
 */
public final class CueLexicon {
    /** How many words a gap may span: enough for "نقلت صحيفة الشرق الأوسط اللندنية عن". */
    static final int MAX_GAP_WORDS = 8;
    private static final String SENTENCE_ENDS = ".!?؟:;؛";

    /** Each cue as its parts' keys, in order; one part unless the line has a gap. */
    private final List<List<List<String>>> cues;
    private final List<String> lines;

    private CueLexicon(List<List<List<String>>> cues, List<String> lines) {
        this.cues = cues;
        this.lines = lines;
    }

    /** Reads one or more lexicon files' contents; later files extend earlier ones, duplicates count once. */
    public static CueLexicon parse(List<String> contents) {
        Set<String> lines = new LinkedHashSet<>();
        for (String content : contents) {
            for (String line : content.split("\n")) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    lines.add(entry);
                }
            }
        }
        List<List<List<String>>> cues = new ArrayList<>();
        for (String line : lines) {
            List<List<String>> parts = new ArrayList<>();
            for (String part : line.split("\\.\\.\\.|…")) {
                List<String> keys = ArabicNormalizer.keys(part);
                if (!keys.isEmpty()) {
                    parts.add(keys);
                }
            }
            cues.add(parts);
        }
        return new CueLexicon(List.copyOf(cues), List.copyOf(lines));
    }

    public int size() {
        return lines.size();
    }

    /**
     * Every place a cue matches, as a span of the original text with the lexicon line that matched. The cues' first
     * parts are looked for in one pass over the text; the rest only in the few words after each.
     */
    public List<CueMatch> find(NormalizedText text) {
        Set<String> firstParts = new HashSet<>();
        cues.forEach(parts -> firstParts.addAll(parts.getFirst()));
        Map<String, WordRanges> occurrences = text.wordOccurrences(firstParts);
        List<CueMatch> found = new ArrayList<>();
        for (int i = 0; i < cues.size(); i++) {
            List<List<String>> parts = cues.get(i);
            for (int[] first : NormalizedText.words(parts.getFirst(), occurrences)) {
                int end = rest(text, parts, first[1]);
                if (end >= 0) {
                    found.add(new CueMatch(text.original(first[0], end), lines.get(i)));
                }
            }
        }
        return found;
    }

    /** Where the remaining parts end, each found within the gap after the previous; -1 if one is missing. */
    private static int rest(NormalizedText text, List<List<String>> parts, int from) {
        int end = from;
        for (List<String> part : parts.subList(1, parts.size())) {
            List<int[]> next = text.findWords(part, end, text.windowEnd(end, MAX_GAP_WORDS, SENTENCE_ENDS));
            if (next.isEmpty()) {
                return -1;
            }
            end = next.getFirst()[1];
        }
        return end;
    }

    /** A cue found in a text. */
    public record CueMatch(Span span, String cue) {
    }
}

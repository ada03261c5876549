package app.hamish.model;

import java.util.List;

/**
 * Whether whole-word occurrences of one string's keys may overlap those of another's in a normalised text
 * ({@link NormalizedText#findWords}). A match begins where a word does or after its proclitics and ends where a
 * word does, so each run of letters and digits in a key covers a word of the text to its end: two matches that
 * share a letter share a word, and the runs there are one a suffix of the other; two that share anything else share
 * a character that is neither a letter, a digit nor a space (a match begins at a word, so two cannot share
 * a space alone, even where a key ends with one). A key that
 * changes one string's proposals at its thousands of places reads only the proposals of strings that may overlap
 * them there (decision 0071).
 */
final class OverlappingKeys {
    private OverlappingKeys() {
    }

    /** False only when no occurrence of any of {@code these} can overlap one of any of {@code those}. */
    static boolean mayOverlap(List<String> these, List<String> those) {
        for (int i = 0; i < these.size(); i++) {
            for (int j = 0; j < those.size(); j++) {
                if (mayOverlap(these.get(i), those.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean mayOverlap(String one, String other) {
        for (int i = 0; i < one.length(); i++) {
            char c = one.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != ' ' && other.indexOf(c) >= 0) {
                return true;
            }
        }
        // Run by run, in place: a key asks this of every annotation proposing anything, thousands per key, and each
        // run cut out as a string was most of the garbage of that (decision 0075).
        for (int from = nextRun(one, 0); from < one.length(); from = nextRun(one, runEnd(one, from))) {
            int to = runEnd(one, from);
            for (int otherFrom = nextRun(other, 0); otherFrom < other.length();
                 otherFrom = nextRun(other, runEnd(other, otherFrom))) {
                int otherTo = runEnd(other, otherFrom);
                if (oneEndsTheOther(one, from, to, other, otherFrom, otherTo)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether one of the two runs is a suffix of the other. */
    private static boolean oneEndsTheOther(String one, int from, int to, String other, int otherFrom, int otherTo) {
        int length = to - from;
        int otherLength = otherTo - otherFrom;
        return length <= otherLength ? other.regionMatches(otherTo - length, one, from, length)
                : one.regionMatches(to - otherLength, other, otherFrom, otherLength);
    }

    /**
     * Where the key's next run of letters and digits from {@code at} begins (its length if none), as the text's
     * words are told ({@link Character#isLetterOrDigit}).
     */
    private static int nextRun(String key, int at) {
        int from = at;
        while (from < key.length() && !Character.isLetterOrDigit(key.charAt(from))) {
            from++;
        }
        return from;
    }

    /** Where the run beginning at {@code from} ends. */
    private static int runEnd(String key, int from) {
        int to = from;
        while (to < key.length() && Character.isLetterOrDigit(key.charAt(to))) {
            to++;
        }
        return to;
    }
}

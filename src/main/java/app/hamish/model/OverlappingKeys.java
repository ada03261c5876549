package app.hamish.model;

import java.util.ArrayList;
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
        for (String one : these) {
            for (String other : those) {
                if (mayOverlap(one, other)) {
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
        for (String run : runs(one)) {
            for (String otherRun : runs(other)) {
                if (run.endsWith(otherRun) || otherRun.endsWith(run)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The key's runs of letters and digits, as the text's words are told ({@link Character#isLetterOrDigit}). */
    private static List<String> runs(String key) {
        List<String> runs = new ArrayList<>();
        int from = -1;
        for (int i = 0; i <= key.length(); i++) {
            boolean letter = i < key.length() && Character.isLetterOrDigit(key.charAt(i));
            if (letter && from < 0) {
                from = i;
            } else if (!letter && from >= 0) {
                runs.add(key.substring(from, i));
                from = -1;
            }
        }
        return runs;
    }
}

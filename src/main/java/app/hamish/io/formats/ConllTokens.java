package app.hamish.io.formats;

import app.hamish.model.ArticleText;
import app.hamish.model.Span;
import app.hamish.model.Words;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits article text into tokens for token-level training data, each an exact range of the text. A token is a
 * word as the workbench selects one ({@link Words}: letters, digits and harakat, tatweel, joiners inside a word,
 * clitics attached, so {@code والقاهرة} and {@code بـ59} are one token), a number with its decimal or thousands
 * separators ({@code 3.5}, {@code ١٬٢٠٠}), or else one user-perceived character: a punctuation mark ({@code ،}
 * {@code ؟} {@code «}), an emoji with its modifiers and ZWJ sequence, a bidi control. White space separates tokens
 * and belongs to none.
 */
final class ConllTokens {
    private ConllTokens() {
    }

    /** The tokens of the text in order, as code-point ranges. */
    static List<Span> of(ArticleText text) {
        String value = text.value();
        BreakIterator characters = BreakIterator.getCharacterInstance();
        characters.setText(value);
        List<Span> tokens = new ArrayList<>();
        int i = 0;
        while (i < value.length()) {
            int codePoint = value.codePointAt(i);
            if (isSpace(codePoint)) {
                i += Character.charCount(codePoint);
                continue;
            }
            int[] word = Words.wordAt(value, i);
            int end = word != null && word[0] == i && word[1] > i ? numberEnd(value, word[1])
                    : characters.following(i);
            tokens.add(text.spanFromUtf16(i, end));
            i = end;
        }
        return tokens;
    }

    /** Unicode's White_Space, NEL (U+0085) included: as a token it would break the line for many readers. */
    static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || codePoint == 0x85;
    }

    /** A word ending in a digit goes on over a separator followed by more digits: 3.5, 1,000, ٣٫٥. */
    private static int numberEnd(String value, int wordEnd) {
        int end = wordEnd;
        while (end + 1 < value.length() && Character.isDigit(value.codePointBefore(end))
                && ".,\u066B\u066C".indexOf(value.charAt(end)) >= 0 && Character.isDigit(value.codePointAt(end + 1))) {
            int[] next = Words.wordAt(value, end + 1);
            end = next[1];
        }
        return end;
    }
}

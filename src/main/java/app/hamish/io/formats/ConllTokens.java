package app.hamish.io.formats;

import app.hamish.model.ArticleText;
import app.hamish.model.Span;
import app.hamish.model.WhiteSpace;
import app.hamish.model.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits article text into tokens for token-level training data, each an exact range of the text. A token is a
 * word as the workbench selects one ({@link Words}: letters, digits and harakat, tatweel, joiners inside a word,
 * clitics attached, so {@code والقاهرة} and {@code بـ59} are one token), a number with its decimal or thousands
 * separators ({@code 3.5}, {@code ١٬٢٠٠}), or else one user-perceived character: a punctuation mark ({@code ،}
 * {@code ؟} {@code «}), an emoji with its modifiers and ZWJ sequence, a bidi control. White space ({@link WhiteSpace},
 * NEL included: as a token it would break the line for many readers) separates tokens and belongs to none.
 */
final class ConllTokens {
    private ConllTokens() {
    }

    /** The tokens of the text in order, as code-point ranges. */
    static List<Span> of(ArticleText text) {
        List<Span> tokens = new ArrayList<>();
        int at = 0;
        while (at < text.codePointLength()) {
            if (WhiteSpace.is(text.codePointAt(at))) {
                at++;
                continue;
            }
            int start = at;
            Span token = text.wordStartingAt(start).map(word -> withNumber(text, word))
                    .orElseGet(() -> text.graphemeAt(start));
            tokens.add(token);
            at = token.end();
        }
        return tokens;
    }

    /** A word ending in a digit goes on over a separator followed by more digits: 3.5, 1,000, ٣٫٥. */
    private static Span withNumber(ArticleText text, Span word) {
        int end = word.end();
        while (end + 1 < text.codePointLength() && Character.isDigit(text.codePointAt(end - 1))
                && ".,\u066B\u066C".indexOf(text.codePointAt(end)) >= 0
                && Character.isDigit(text.codePointAt(end + 1))) {
            end = text.wordAt(end + 1).orElseThrow().end();
        }
        return new Span(word.start(), end);
    }
}

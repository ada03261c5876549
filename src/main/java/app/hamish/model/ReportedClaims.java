package app.hamish.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reported statements: a reporting verb (قال، أكد، أوضح، كشف، أشار...) followed within a few words by أن or إن
 * introduces a clause the reader is asked to believe, and that clause, from the word after أن/إن to the end of its
 * sentence, is proposed as a CLAIM. Matching is on normalised text, so spelling, harakat, tatweel obfuscation and
 * proclitics (وأكدت، بأن) vary freely; the span proposed is the original text, trimmed of the punctuation and quote
 * marks around it and never running past a line break.
 */
public final class ReportedClaims {
    static final List<String> VERBS = List.of("قال", "قالت", "قالوا", "أكد", "أكدت", "أكدوا", "أوضح", "أوضحت",
            "أشار", "أشارت", "أضاف", "أضافت", "ذكر", "ذكرت", "كشف", "كشفت", "أعلن", "أعلنت", "زعم", "زعمت", "أفاد",
            "أفادت", "نقل", "نقلت", "اعتبر", "اعتبرت", "ادعى", "ادعت", "نفى", "نفت", "رأى", "رأت");
    /**
     * How many words may stand between the verb and أن/إن: "كشف موقع “العربي الجديد” عن مصادر دبلوماسية مصرية
     * -لم يسمها- أن" has nine.
     */
    static final int MAX_WORDS_BEFORE_THAT = 10;
    /** What separates words when a clause is counted: a regular expression's white space (NBSP joins). */
    private static final String WORD_BREAKS = " \t\n\u000B\f\r";
    private static final String SENTENCE_ENDS = ".!?؟;؛";
    private static final List<String> THAT = ArabicNormalizer.keys("أن");
    private static final List<List<String>> VERB_KEYS = VERBS.stream().map(ArabicNormalizer::keys).toList();

    private ReportedClaims() {
    }

    /**
     * The verbs are looked for in one pass over the text, and sentence ends once, so that a long text without a
     * full stop is not read again to its end for every verb found in it.
     */
    public static List<Suggestion> find(Article article, NormalizedText text) {
        String value = text.value();
        Map<String, WordRanges> verbs = text.wordOccurrences(VERB_KEYS.stream().flatMap(List::stream).toList());
        int[] sentenceEnds = sentenceEnds(value);
        List<Suggestion> found = new ArrayList<>();
        for (List<String> verb : VERB_KEYS) {
            for (int[] said : NormalizedText.words(verb, verbs)) {
                int sentenceEnd = sentenceEnds[said[1]];
                that(text, said[1], text.windowEnd(said[1], MAX_WORDS_BEFORE_THAT, SENTENCE_ENDS))
                        .flatMap(start -> clause(article, text, start, sentenceEnd))
                        .ifPresent(span -> found.add(new Suggestion(article.id(), span, Label.CLAIM, null,
                                SuggestionSource.REPORTING, article.text().slice(text.original(said[0], said[1])))));
            }
        }
        return found;
    }

    /** Where the clause starts: after the first أن/إن in the window; not لأن ("because"), but بأن. */
    private static Optional<Integer> that(NormalizedText text, int from, int to) {
        String value = text.value();
        for (int[] match : text.findWords(THAT, from, to)) {
            if (match[0] == 0 || !Character.isLetter(value.charAt(match[0] - 1)) || value.charAt(match[0] - 1) == 'ب') {
                return Optional.of(match[1]);
            }
        }
        return Optional.empty();
    }

    private static Optional<Span> clause(Article article, NormalizedText text, int start, int end) {
        if (start >= end) {
            return Optional.empty();
        }
        ArticleText original = article.text();
        Span sentence = text.original(start, end);
        // Up to the first line break: one right where the clause starts leaves none.
        return original.firstLine(sentence)
                .flatMap(line -> original.trim(line, codePoint -> !Character.isLetterOrDigit(codePoint)))
                .filter(clause -> hasWords(original, clause));
    }

    /**
     * Whether the clause holds at least two words, a subject and a predicate: it is trimmed to letters at both ends,
     * so two words are one break between them, found as soon as it is read.
     */
    private static boolean hasWords(ArticleText text, Span clause) {
        for (int offset = clause.start(); offset < clause.end(); offset++) {
            if (WORD_BREAKS.indexOf(text.codePointAt(offset)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** For each position of the text, where the sentence holding it ends: the next sentence end, or the text's. */
    private static int[] sentenceEnds(String value) {
        int[] ends = new int[value.length() + 1];
        ends[value.length()] = value.length();
        for (int i = value.length() - 1; i >= 0; i--) {
            ends[i] = SENTENCE_ENDS.indexOf(value.charAt(i)) >= 0 ? i : ends[i + 1];
        }
        return ends;
    }
}

package app.hamish.service.agreement;

import app.hamish.model.Annotation;
import app.hamish.model.ArticleText;
import app.hamish.model.Span;
import app.hamish.model.Words;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Two annotators' spans on one article seen as token labels, for Cohen's kappa ({@link ConfusionTable#kappa()}).
 *
 * <p>Tokens are the article's words as {@link Words} finds them for selection: maximal runs of word characters
 * (letters, digits and their marks; clitics stay attached, so {@code والقاهرة} is one token). White space and
 * punctuation belong to no token and do not count, so a text mostly of spaces cannot inflate agreement. A token
 * never splits a surrogate pair.
 *
 * <p>A token counts as inside a span when the span covers at least one of its characters: an annotator who
 * selects {@code القاهرة} inside {@code والقاهرة} has labelled that token.
 *
 * <p>Categories: for one label L, each token is {@code L} (inside some span of label L) or {@link #OUTSIDE};
 * over all labels, it is the labels of the spans covering it, sorted and joined with {@code +}
 * ({@code CLAIM+ENTITY}), or {@link #OUTSIDE}.
 */
public final class TokenKappa {
    /** The category of a token no span of the label (or of any label) covers. */
    public static final String OUTSIDE = "O";

    private final int tokenCount;
    private final List<SortedSet<String>> labelsOfA;
    private final List<SortedSet<String>> labelsOfB;

    /**
     * @param tokens the article's tokens, from {@link #tokens(ArticleText)}
     * @param a the spans of annotator a on that article
     * @param b the spans of annotator b
     */
    public TokenKappa(List<Span> tokens, List<Annotation> a, List<Annotation> b) {
        this.tokenCount = tokens.size();
        this.labelsOfA = coverage(tokens, a);
        this.labelsOfB = coverage(tokens, b);
    }

    /** The article's word tokens, in code points, in text order. */
    public static List<Span> tokens(ArticleText text) {
        return text.words();
    }

    public int tokenCount() {
        return tokenCount;
    }

    /** Tokens inside or outside spans of one label, by each annotator. */
    public ConfusionTable forLabel(String label) {
        return table(labels -> labels.contains(label) ? label : OUTSIDE);
    }

    /** Tokens by the set of labels covering them, by each annotator. */
    public ConfusionTable allLabels() {
        return table(labels -> labels.isEmpty() ? OUTSIDE : String.join("+", labels));
    }

    private ConfusionTable table(Function<SortedSet<String>, String> category) {
        Map<ConfusionTable.Cell, Long> counts = new HashMap<>();
        for (int token = 0; token < tokenCount; token++) {
            ConfusionTable.Cell cell = new ConfusionTable.Cell(category.apply(labelsOfA.get(token)),
                    category.apply(labelsOfB.get(token)));
            counts.merge(cell, 1L, Long::sum);
        }
        return new ConfusionTable(counts);
    }

    /** The labels covering each token; most tokens share the one empty set. */
    private static List<SortedSet<String>> coverage(List<Span> tokens, List<Annotation> annotations) {
        List<SortedSet<String>> labels = new ArrayList<>(Collections.nCopies(tokens.size(),
                Collections.emptySortedSet()));
        for (Annotation annotation : annotations) {
            Span span = annotation.span();
            for (int token = firstEndingAfter(tokens, span.start());
                 token < tokens.size() && tokens.get(token).start() < span.end(); token++) {
                if (labels.get(token).isEmpty()) {
                    labels.set(token, new TreeSet<>());
                }
                labels.get(token).add(annotation.label());
            }
        }
        return labels;
    }

    /** The first token ending after {@code offset}: the first a span starting there can touch. */
    private static int firstEndingAfter(List<Span> tokens, int offset) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}

package app.hamish.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Proposes annotations for an article: unverified sources where a lexicon cue matches, claims where a reporting
 * verb introduces them ({@link ReportedClaims}), and, for every annotated
 * string (of this article, or on request of the whole corpus), the same label on its other whole-word occurrences
 * after Arabic normalisation.
 */
public final class SuggestionFinder {
    private final CueLexicon lexicon;

    public SuggestionFinder(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Unverified-source cues, wherever they stand. */
    public List<Suggestion> lexicon(Article article, NormalizedText text) {
        List<Suggestion> found = new ArrayList<>();
        for (CueLexicon.CueMatch match : lexicon.find(text)) {
            found.add(new Suggestion(article.id(), match.span(), Label.UNVERIFIED_SOURCE,
                    null, SuggestionSource.LEXICON, match.cue()));
        }
        return found;
    }

    /** Each annotation's text, found again elsewhere, with its label and subtype; never its own span. */
    public List<Suggestion> propagation(Article article, NormalizedText text, List<Annotation> annotations) {
        List<Suggestion> found = new ArrayList<>();
        for (Annotation annotation : annotations) {
            String original = article.text().slice(annotation.span());
            for (int[] match : text.findWords(ArabicNormalizer.keys(original), 0, text.value().length())) {
                Span span = text.original(match[0], match[1]);
                if (!span.equals(annotation.span())) {
                    found.add(new Suggestion(article.id(), span, annotation.label(), annotation.subtype(),
                            SuggestionSource.PROPAGATION, original));
                }
            }
        }
        return found;
    }

    /**
     * Strings annotated in other articles, found in this one with their label and subtype. Each string is searched
     * for once, however many times it was annotated.
     */
    public List<Suggestion> corpus(Article article, NormalizedText text, List<AnnotatedText> elsewhere) {
        List<Suggestion> found = new ArrayList<>();
        for (AnnotatedText annotated : new LinkedHashSet<>(elsewhere)) {
            for (int[] match : text.findWords(ArabicNormalizer.keys(annotated.text()), 0, text.value().length())) {
                found.add(new Suggestion(article.id(), text.original(match[0], match[1]),
                        annotated.label(), annotated.subtype(), SuggestionSource.CORPUS, annotated.text()));
            }
        }
        return found;
    }

    /**
     * What the analyst is offered, in text order: propagation (in the article, then from {@code elsewhere}, the
     * strings annotated in other articles when the analyst asked for them), the lexicon and what a recommender found
     * ({@code recommended}), without what the article's annotations already cover (an overlapping annotation with
     * the same label) and without what was rejected (same span and label), each span and label once, from the
     * first of those sources that proposed it.
     */
    public List<Suggestion> offered(Article article, List<Annotation> annotations, Set<Rejection> rejected,
                                    List<Suggestion> recommended, List<AnnotatedText> elsewhere) {
        NormalizedText text = ArabicNormalizer.normalize(article.text());
        Map<Rejection, Suggestion> offered = new LinkedHashMap<>();
        List<Suggestion> all = new ArrayList<>(propagation(article, text, annotations));
        all.addAll(corpus(article, text, elsewhere));
        all.addAll(lexicon(article, text));
        all.addAll(ReportedClaims.find(article, text));
        all.addAll(recommended);
        for (Suggestion suggestion : all) {
            Rejection key = Rejection.of(suggestion);
            if (!rejected.contains(key) && !covered(suggestion, annotations)) {
                offered.putIfAbsent(key, suggestion);
            }
        }
        return offered.values().stream().sorted(Comparator.comparing(Suggestion::span)).toList();
    }

    private static boolean covered(Suggestion suggestion, List<Annotation> annotations) {
        return annotations.stream().anyMatch(annotation -> annotation.label().equals(suggestion.label())
                && annotation.span().overlaps(suggestion.span()));
    }

    /** What identifies a rejected suggestion: it is not offered again, whichever source proposes it. */
    public record Rejection(Span span, String label) {
        public static Rejection of(Suggestion suggestion) {
            return new Rejection(suggestion.span(), suggestion.label());
        }
    }
}

package app.hamish.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

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

    /**
     * Each annotation's text, found again elsewhere, with its label and subtype; never its own words. Every annotated
     * string is looked for in one pass over the text, and annotations of strings with the same keys (spellings of one
     * string: with tatweel, diacritics, another form of alef), label and subtype are looked for together: each place is
     * proposed once, by the first of them that is not there, with that annotation's own text as the cue. So the cost
     * grows with the text and the places found, not with the number of annotations or spellings times the text.
     */
    public List<Suggestion> propagation(Article article, NormalizedText text, List<Annotation> annotations) {
        List<Suggestion> all = new ArrayList<>();
        proposedBy(article, text, annotations, UnaryOperator.identity())
                .forEach(proposals -> all.addAll(proposals.suggestions()));
        return all;
    }

    /**
     * What {@link #propagation} proposes, by the annotation that proposes it: one {@link Proposals} per annotation
     * of {@code annotations}, in their order, each in text order, its suggestions made by {@code following} from the
     * suggestion at the span found. Together, in that order, what {@link #propagation} proposes.
     *
     * <p>Settling keeps, of the suggestions of one label at one span, the one proposed by the first annotation. Each
     * spelling proposing apart, as each string did before (decision 0100), gave the same first one but also made the
     * others, which settling sorted and dropped: on opening the bench's article, about 344,000 of its 808,411
     * proposals.
     */
    List<Proposals> proposedBy(Article article, NormalizedText text, List<Annotation> annotations,
                               UnaryOperator<Suggestion> following) {
        String[] texts = new String[annotations.size()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = article.text().slice(annotations.get(i).span());
        }
        Map<String, List<String>> keys = keysOf(Arrays.asList(texts));
        Map<Proposing, List<Integer>> together = new LinkedHashMap<>();
        for (int i = 0; i < texts.length; i++) {
            together.computeIfAbsent(Proposing.of(keys.get(texts[i]), annotations.get(i)), group -> new ArrayList<>())
                    .add(i);
        }
        Map<String, WordRanges> occurrences = text.wordOccurrences(allOf(keys));
        @SuppressWarnings("unchecked")
        List<Suggestion>[] proposing = new List[annotations.size()];
        together.forEach((group, same) -> {
            WordRanges found = NormalizedText.words(group.keys(), occurrences);
            Proposers proposers = Proposers.of(same, annotations, article.text());
            // The matches come in text order, so each annotation's proposals do.
            for (int k = 0; k < found.size(); k++) {
                Span span = text.original(found.start(k), found.end(k));
                int by = proposers.firstElsewhere(span);
                if (by >= 0) {
                    if (proposing[by] == null) {
                        // The string's first annotation proposes every place but its own: grown from ten, its list
                        // was copied a dozen times on the bench article's common strings (decision 0091).
                        proposing[by] = new ArrayList<>(by == proposers.first() ? found.size() : 10);
                    }
                    proposing[by].add(following.apply(new Suggestion(article.id(), span, group.label(),
                            group.subtype(), SuggestionSource.PROPAGATION, texts[by])));
                }
            }
        });
        List<Proposals> by = new ArrayList<>(annotations.size());
        for (int i = 0; i < annotations.size(); i++) {
            by.add(proposing[i] == null ? Proposals.none() : Proposals.of(annotations.get(i), proposing[i]));
        }
        return by;
    }

    /**
     * Strings annotated in other articles, found in this one with their label and subtype. Each string is searched
     * for once, however many times it was annotated, and all of them in one pass over the text.
     */
    public List<Suggestion> corpus(Article article, NormalizedText text, List<AnnotatedText> elsewhere) {
        Set<AnnotatedText> distinct = new LinkedHashSet<>(elsewhere);
        Map<String, List<String>> keys = keysOf(distinct.stream().map(AnnotatedText::text).toList());
        Map<String, WordRanges> occurrences = text.wordOccurrences(allOf(keys));
        List<Suggestion> found = new ArrayList<>();
        for (AnnotatedText annotated : distinct) {
            WordRanges matches = NormalizedText.words(keys.get(annotated.text()), occurrences);
            for (int k = 0; k < matches.size(); k++) {
                found.add(new Suggestion(article.id(), text.original(matches.start(k), matches.end(k)),
                        annotated.label(), annotated.subtype(), SuggestionSource.CORPUS, annotated.text()));
            }
        }
        return found;
    }

    private static Map<String, List<String>> keysOf(List<String> texts) {
        Map<String, List<String>> keys = new HashMap<>();
        texts.forEach(text -> keys.computeIfAbsent(text, ArabicNormalizer::keys));
        return keys;
    }

    private static Set<String> allOf(Map<String, List<String>> keys) {
        Set<String> all = new HashSet<>();
        keys.values().forEach(all::addAll);
        return all;
    }

    /**
     * An annotated string's keys ({@link ArabicNormalizer#keys}) with what it was annotated as: annotations of one
     * such string, whatever its spelling, propose together.
     */
    record Proposing(List<String> keys, String label, String subtype) {
        static Proposing of(List<String> keys, Annotation annotation) {
            return new Proposing(keys, annotation.label(), annotation.subtype());
        }
    }


    /**
     * What the article's text alone proposes, the lexicon's cues and the reported claims, with the normalised text:
     * no annotation changes them, so they can be kept while the article is open.
     */
    public TextSuggestions fromText(Article article) {
        return fromText(article, ArabicNormalizer.normalize(article.text()));
    }

    /** As {@link #fromText(Article)}, {@code text} being the article's text normalised. */
    public TextSuggestions fromText(Article article, NormalizedText text) {
        List<Suggestion> found = new ArrayList<>(lexicon(article, text));
        found.addAll(ReportedClaims.find(article, text));
        return new TextSuggestions(article.id(), article.text(), text, List.copyOf(found));
    }

    /** The suggestions of an article's text alone ({@link #fromText}), and that text normalised. */
    public record TextSuggestions(long articleId, ArticleText original, NormalizedText text, List<Suggestion> found) {
        /** Whether these are the suggestions of this article as it is. */
        public boolean of(Article article) {
            return articleId == article.id() && original.equals(article.text());
        }
    }

    /**
     * What the analyst is offered, in text order: propagation (in the article, then from {@code elsewhere}, the
     * strings annotated in other articles when the analyst asked for them), the lexicon and what a recommender found
     * ({@code recommended}), without what the article's annotations already cover (an overlapping annotation with
     * the same label) and without what was rejected (same span and label), each span and label once, from the
     * first of those sources that proposed it. Spans follow the convention for invisible edge marks that the
     * article's annotations show, if they show one.
     */
    public List<Suggestion> offered(Article article, List<Annotation> annotations, Set<Rejection> rejected,
                                    List<Suggestion> recommended, List<AnnotatedText> elsewhere) {
        return offered(article, fromText(article), annotations, rejected, recommended, elsewhere,
                BoundaryEvidence.of(article.text(), annotations.stream().map(Annotation::span).toList())
                        .convention());
    }

    /**
     * As {@link #offered(Article, List, Set, List, List)}, with what the text alone proposes found before, and the
     * spans following {@code convention}, the corpus's.
     */
    public List<Suggestion> offered(Article article, TextSuggestions fromText, List<Annotation> annotations,
                                    Set<Rejection> rejected, List<Suggestion> recommended,
                                    List<AnnotatedText> elsewhere, BoundaryConvention convention) {
        return offered(article, fromText, annotations, rejected, recommended, elsewhere, convention,
                EnumSet.allOf(SuggestionSource.class));
    }

    /**
     * As {@link #offered(Article, TextSuggestions, List, Set, List, List, BoundaryConvention)}, from the sources in
     * {@code on} alone, as if the others did not exist: what one source offers on its own, to measure it.
     */
    public List<Suggestion> offered(Article article, TextSuggestions fromText, List<Annotation> annotations,
                                    Set<Rejection> rejected, List<Suggestion> recommended,
                                    List<AnnotatedText> elsewhere, BoundaryConvention convention,
                                    Set<SuggestionSource> on) {
        if (!fromText.of(article)) {
            throw new IllegalArgumentException("suggestions of article " + fromText.articleId() + " offered on "
                    + article.id());
        }
        NormalizedText text = fromText.text();
        List<Suggestion> all = new ArrayList<>();
        if (on.contains(SuggestionSource.PROPAGATION)) {
            all.addAll(propagation(article, text, annotations));
        }
        if (on.contains(SuggestionSource.CORPUS)) {
            all.addAll(corpus(article, text, elsewhere));
        }
        all.addAll(fromText.found());
        all.addAll(recommended);
        all.removeIf(found -> !on.contains(found.source()));
        all.replaceAll(found -> convention.apply(article.text(), found));
        return settle(all, rejected, annotations);
    }

    /**
     * The suggestions proposed, their spans already following the convention, without those rejected and those an
     * annotation of their label overlaps, each span and label once, from the first that proposed it, in text order.
     * Sorted as proposed, then each span's first of a label kept, in place: a map by span and label was a key, an
     * entry and a table slot per suggestion, a fifth of the background's garbage per key on the long article
     * (decision 0057).
     */
    static List<Suggestion> settle(List<Suggestion> proposed, Set<Rejection> rejected, List<Annotation> annotations) {
        Coverage covered = new Coverage(annotations);
        List<Suggestion> offered = new ArrayList<>(proposed.size());
        for (Suggestion suggestion : proposed) {
            if ((rejected.isEmpty() || !rejected.contains(Rejection.of(suggestion))) && !covered.covers(suggestion)) {
                offered.add(suggestion);
            }
        }
        // A stable sort: of one span, the suggestions stay in the order they were proposed.
        SpanOrder.sort(offered);
        int kept = 0;
        int spanStart = 0;
        for (Suggestion suggestion : offered) {
            if (kept > 0 && !offered.get(kept - 1).span().equals(suggestion.span())) {
                spanStart = kept;
            }
            if (!labelAmong(offered, spanStart, kept, suggestion.label())) {
                offered.set(kept++, suggestion);
            }
        }
        offered.subList(kept, offered.size()).clear();
        return Collections.unmodifiableList(offered);
    }

    private static boolean labelAmong(List<Suggestion> suggestions, int from, int to, String label) {
        for (int k = from; k < to; k++) {
            if (suggestions.get(k).label().equals(label)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an annotation of a suggestion's label overlaps it, answered by binary search: per label, the
     * annotations by start, with the furthest end of those starting before each.
     */
    private static final class Coverage {
        private final Map<String, int[][]> byLabel = new HashMap<>();

        Coverage(List<Annotation> annotations) {
            Map<String, List<Span>> spans = new HashMap<>();
            annotations.forEach(annotation -> spans.computeIfAbsent(annotation.label(), label -> new ArrayList<>())
                    .add(annotation.span()));
            spans.forEach((label, list) -> {
                list.sort(Comparator.naturalOrder());
                int[] starts = new int[list.size()];
                int[] furthestEnds = new int[list.size()];
                for (int i = 0; i < list.size(); i++) {
                    starts[i] = list.get(i).start();
                    furthestEnds[i] = Math.max(list.get(i).end(), i == 0 ? 0 : furthestEnds[i - 1]);
                }
                byLabel.put(label, new int[][] {starts, furthestEnds});
            });
        }

        boolean covers(Suggestion suggestion) {
            int[][] index = byLabel.get(suggestion.label());
            if (index == null) {
                return false;
            }
            // The last annotation starting before the suggestion ends; an overlap ends after the suggestion starts.
            int last = startingBefore(index[0], suggestion.span().end()) - 1;
            return last >= 0 && index[1][last] > suggestion.span().start();
        }

        /** How many of the sorted starts are below {@code limit}. */
        private static int startingBefore(int[] starts, int limit) {
            int low = 0;
            int high = starts.length;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (starts[mid] < limit) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        }
    }

    /** What identifies a rejected suggestion: it is not offered again, whichever source proposes it. */
    public record Rejection(Span span, String label) {
        public static Rejection of(Suggestion suggestion) {
            return new Rejection(suggestion.span(), suggestion.label());
        }
    }
}

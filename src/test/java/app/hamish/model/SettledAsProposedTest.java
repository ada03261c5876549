package app.hamish.model;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.SuggestionFinder.Rejection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * What is offered on a long article of a few repeated words with many annotations, the bench article's kind, against
 * the plainest reading of what offering means: everything proposed, without the rejected and the covered, sorted by
 * span stably, each span and label from the first that proposed it (decision 0091).
 */
class SettledAsProposedTest {
    private static final String[] WORDS = {"قال", "الرئيس", "المصري", "إن", "الحكومة", "وزير", "الخارجية",
        "بحسب", "مصادر", "مطلعة", "في", "القاهرة", "والقاهرة", "اليوم", "أمس", "لم", "يسمها", "وفق"};
    private static final String[] LABELS = {Label.ENTITY, Label.CLAIM, Label.UNVERIFIED_SOURCE};
    private static final CueLexicon LEXICON = CueLexicon.parse(List.of("مصادر مطلعة\nبحسب\nوفق\nلم يسمها\n"));

    @Test
    void offersWhatAStableSortOfEverythingProposedOffers() {
        Random random = new Random(7);
        StringBuilder words = new StringBuilder();
        while (words.length() < 60_000) {
            words.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(40) == 0 ? "\n\n" : " ");
        }
        Article article = SuggestionFinderTest.article(words.toString());
        List<Span> wordSpans = article.text().words();
        List<Annotation> annotations = new ArrayList<>();
        for (int k = 0; k < 600; k++) {
            int first = random.nextInt(wordSpans.size() - 3);
            Span span = new Span(wordSpans.get(first).start(), wordSpans.get(first + random.nextInt(3)).end());
            annotations.add(new Annotation(k + 1, article.id(), 1, span, LABELS[k % 3], k % 7 == 0 ? "person" : null,
                    "", Provenance.MANUAL, Instant.EPOCH, Instant.EPOCH));
        }
        List<Suggestion> recommended = new ArrayList<>(wordSpans.stream().filter(word -> random.nextInt(5) == 0)
                .map(word -> new Suggestion(article.id(), word, Label.ENTITY, "person", SuggestionSource.RECOMMENDER,
                        "names"))
                .toList());
        // Spans across the middle of the text, and words inside them: where a settling in halves would split.
        int middle = article.text().codePointLength() / 2;
        int atMiddle = 0;
        while (wordSpans.get(atMiddle).start() < middle) {
            atMiddle++;
        }
        for (int k = atMiddle - 3; k <= atMiddle + 1; k++) {
            for (String label : LABELS) {
                recommended.add(new Suggestion(article.id(), new Span(wordSpans.get(k).start(),
                        wordSpans.get(k + 2).end()), label, null, SuggestionSource.RECOMMENDER, "names"));
                recommended.add(new Suggestion(article.id(), wordSpans.get(k), label, null,
                        SuggestionSource.RECOMMENDER, "names"));
            }
        }
        SuggestionFinder finder = new SuggestionFinder(LEXICON);
        SuggestionFinder.TextSuggestions fromText = finder.fromText(article);
        List<Suggestion> proposed = new ArrayList<>(finder.propagation(article, fromText.text(), annotations));
        proposed.addAll(fromText.found());
        proposed.addAll(recommended);
        Set<Rejection> rejected = Set.of(Rejection.of(proposed.get(proposed.size() / 3)),
                Rejection.of(proposed.get(proposed.size() / 2)));

        List<Suggestion> offered = finder.offered(article, fromText, annotations, rejected, recommended, List.of(),
                BoundaryConvention.WORD_RULES);

        assertThat(proposed).hasSizeGreaterThan(10_000);
        assertThat(offered).containsExactlyElementsOf(plainlySettled(proposed, rejected, annotations));

        // Kept for the keys, the same article settled in two halves, the second on another thread (decision 0095).
        List<Annotation> stored = annotations.stream()
                .sorted(Comparator.comparing(Annotation::span).thenComparingLong(Annotation::id)).toList();
        List<Suggestion> storedProposed = new ArrayList<>(finder.propagation(article, fromText.text(), stored));
        storedProposed.addAll(fromText.found());
        storedProposed.addAll(recommended);
        KeptSuggestions.Sources sources = new KeptSuggestions.Sources(fromText, rejected, recommended, List.of(),
                BoundaryConvention.WORD_RULES, Set.of(), RejectedStrings.NONE);
        ExecutorService beside = Executors.newSingleThreadExecutor();
        try {
            assertThat(KeptSuggestions.of(finder, article, stored, sources, beside).offered())
                    .containsExactlyElementsOf(plainlySettled(storedProposed, rejected, stored));
        } finally {
            beside.shutdown();
        }
    }

    private static List<Suggestion> plainlySettled(List<Suggestion> proposed, Set<Rejection> rejected,
                                                   List<Annotation> annotations) {
        List<Suggestion> left = new ArrayList<>(proposed.stream()
                .filter(suggestion -> !rejected.contains(Rejection.of(suggestion)))
                .filter(suggestion -> annotations.stream().noneMatch(annotation -> annotation.label()
                        .equals(suggestion.label()) && annotation.span().overlaps(suggestion.span())))
                .toList());
        left.sort(Comparator.comparing(Suggestion::span));
        Map<Rejection, Suggestion> first = new LinkedHashMap<>();
        left.forEach(suggestion -> first.putIfAbsent(Rejection.of(suggestion), suggestion));
        return List.copyOf(first.values());
    }
}

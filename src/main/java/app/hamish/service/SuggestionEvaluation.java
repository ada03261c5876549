package app.hamish.service;

import app.hamish.model.Annotation;
import app.hamish.model.ArabicNormalizer;
import app.hamish.model.Article;
import app.hamish.model.ArticleExport;
import app.hamish.model.CueLexicon;
import app.hamish.model.ExportFilter;
import app.hamish.model.ExportedAnnotation;
import app.hamish.model.NormalizedText;
import app.hamish.model.Provenance;
import app.hamish.model.Span;
import app.hamish.model.Suggestion;
import app.hamish.model.SuggestionFinder;
import app.hamish.model.SuggestionSource;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How well each suggestion source predicts gold (the accepted annotations of signed-off layers), per label.
 *
 * <p>Only articles with gold annotations count. The lexicon is run on the bare text. Propagation is run from the
 * gold annotations themselves: each proposes its label on the other occurrences of its text, so recall is the
 * share of gold that another gold annotation of the same text would have proposed. A prediction is exact when a
 * gold annotation has its span and label, and overlapping when one has its label and shares a character.
 */
public final class SuggestionEvaluation {
    private final SuggestionFinder finder;

    public SuggestionEvaluation(CueLexicon lexicon) {
        this.finder = new SuggestionFinder(lexicon);
    }

    /** Scores per source and label, and the time each source took. */
    public record Report(Map<SuggestionSource, Map<String, Score>> scores, Map<SuggestionSource, Long> nanos,
                         int articles) {
        public double millisPerArticle(SuggestionSource source) {
            return articles == 0 ? 0 : nanos.get(source) / 1e6 / articles;
        }
    }

    /** Counts for one source and label. */
    public static final class Score {
        private int predicted;
        private int gold;
        private int exactCorrect;
        private int overlapCorrect;
        private int exactFound;
        private int overlapFound;

        public double precision() {
            return ratio(exactCorrect, predicted);
        }

        public double recall() {
            return ratio(exactFound, gold);
        }

        public double overlapPrecision() {
            return ratio(overlapCorrect, predicted);
        }

        public double overlapRecall() {
            return ratio(overlapFound, gold);
        }

        public int predicted() {
            return predicted;
        }

        public int gold() {
            return gold;
        }

        private static double ratio(int part, int whole) {
            return whole == 0 ? 0 : (double) part / whole;
        }
    }

    public Report run(Workspace workspace) {
        Map<SuggestionSource, Map<String, Score>> scores = new EnumMap<>(SuggestionSource.class);
        Map<SuggestionSource, Long> nanos = new EnumMap<>(SuggestionSource.class);
        for (SuggestionSource source : SuggestionSource.values()) {
            scores.put(source, new TreeMap<>());
            nanos.put(source, 0L);
        }
        int[] articles = {0};
        workspace.exportArticles(ExportFilter.GOLD, export -> {
            if (export.annotations().isEmpty()) {
                return;
            }
            articles[0]++;
            for (SuggestionSource source : SuggestionSource.values()) {
                long started = System.nanoTime();
                List<Suggestion> predicted = predict(source, export);
                nanos.merge(source, System.nanoTime() - started, Long::sum);
                score(scores.get(source), predicted, export.annotations());
            }
        });
        return new Report(scores, nanos, articles[0]);
    }

    private List<Suggestion> predict(SuggestionSource source, ArticleExport export) {
        Article article = export.article();
        NormalizedText text = ArabicNormalizer.normalize(article.text().value());
        return switch (source) {
            case LEXICON -> finder.lexicon(article, text);
            case PROPAGATION -> finder.propagation(article, text, asAnnotations(export));
        };
    }

    private static List<Annotation> asAnnotations(ArticleExport export) {
        List<Annotation> annotations = new ArrayList<>();
        for (ExportedAnnotation gold : export.annotations()) {
            annotations.add(new Annotation(gold.id(), export.article().id(), 0, gold.span(), gold.label(),
                    gold.subtype(), gold.note(), Provenance.MANUAL, gold.created(), gold.created()));
        }
        return annotations;
    }

    private static void score(Map<String, Score> byLabel, List<Suggestion> predictions,
                              List<ExportedAnnotation> gold) {
        // The same span and label proposed twice (two gold annotations of one text) is one prediction.
        Set<Labelled> predicted = new LinkedHashSet<>();
        predictions.forEach(suggestion -> predicted.add(new Labelled(suggestion.span(), suggestion.label())));
        Set<Labelled> expected = new LinkedHashSet<>();
        gold.forEach(annotation -> expected.add(new Labelled(annotation.span(), annotation.label())));
        for (Labelled prediction : predicted) {
            Score score = byLabel.computeIfAbsent(prediction.label(), label -> new Score());
            score.predicted++;
            score.exactCorrect += expected.contains(prediction) ? 1 : 0;
            score.overlapCorrect += expected.stream().anyMatch(prediction::overlaps) ? 1 : 0;
        }
        for (Labelled wanted : expected) {
            Score score = byLabel.computeIfAbsent(wanted.label(), label -> new Score());
            score.gold++;
            score.exactFound += predicted.contains(wanted) ? 1 : 0;
            score.overlapFound += predicted.stream().anyMatch(wanted::overlaps) ? 1 : 0;
        }
    }

    private record Labelled(Span span, String label) {
        boolean overlaps(Labelled other) {
            return label.equals(other.label) && span.overlaps(other.span);
        }
    }
}

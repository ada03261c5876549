package app.hamish.service;

import app.hamish.model.AnnotatedText;
import app.hamish.model.Annotation;
import app.hamish.model.ArabicNormalizer;
import app.hamish.model.Article;
import app.hamish.model.ArticleExport;
import app.hamish.model.CueLexicon;
import app.hamish.model.ExportFilter;
import app.hamish.model.ExportedAnnotation;
import app.hamish.model.ReportedClaims;
import app.hamish.model.NormalizedText;
import app.hamish.model.Provenance;
import app.hamish.model.Span;
import app.hamish.model.Suggestion;
import app.hamish.model.SuggestionFinder;
import app.hamish.model.SuggestionSource;
import app.hamish.service.recommender.EntityExample;
import app.hamish.service.recommender.EntityRecommender;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * How well each suggestion source predicts gold (the accepted annotations of signed-off layers), per label.
 *
 * <p>Only articles with gold annotations count. The lexicon is run on the bare text. Propagation is run from the
 * gold annotations themselves: each proposes its label on the other occurrences of its text, so recall is the
 * share of gold that another gold annotation of the same text would have proposed. Corpus propagation proposes
 * in each article the strings annotated in the other gold articles, never its own. The recommender predicts each
 * article from a model trained on the gold entities of the others, never its own: leave one article out, or, past
 * {@link #MAX_FOLDS} articles, that many folds (article i held out in fold i mod folds), so that a large workspace
 * costs ten trainings and not one per article. A prediction is exact when a gold annotation has its span and
 * label, and overlapping when one has its label and shares a character.
 */
public final class SuggestionEvaluation {
    static final int MAX_FOLDS = 10;

    private final SuggestionFinder finder;

    public SuggestionEvaluation(CueLexicon lexicon) {
        this.finder = new SuggestionFinder(lexicon);
    }

    /**
     * Scores per source and label, the time each source took to predict, and the time the recommender's trainings
     * took ({@code models} of them, one per fold).
     */
    public record Report(Map<SuggestionSource, Map<String, Score>> scores, Map<SuggestionSource, Long> nanos,
                         int articles, long trainingNanos, int models) {
        public double millisPerArticle(SuggestionSource source) {
            return articles == 0 ? 0 : nanos.get(source) / 1e6 / articles;
        }

        public double millisPerTraining() {
            return models == 0 ? 0 : trainingNanos / 1e6 / models;
        }

        /** Whether every article was predicted by a model trained on all the others. */
        public boolean leftOneOut() {
            return models == articles;
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
        // Held whole: each article is predicted by a model of the others.
        List<ArticleExport> gold = new ArrayList<>();
        workspace.exportArticles(ExportFilter.GOLD, export -> {
            if (!export.annotations().isEmpty()) {
                gold.add(export);
            }
        });
        int folds = Math.min(gold.size(), MAX_FOLDS);
        long trainingNanos = 0;
        for (int fold = 0; fold < folds; fold++) {
            List<EntityExample> others = new ArrayList<>();
            for (int i = 0; i < gold.size(); i++) {
                if (i % folds != fold) {
                    others.add(EntityExample.of(gold.get(i)));
                }
            }
            long started = System.nanoTime();
            Optional<EntityRecommender> model = EntityRecommender.train(
                    others.stream().filter(example -> !example.mentions().isEmpty()).toList());
            trainingNanos += System.nanoTime() - started;
            for (int i = fold; i < gold.size(); i += folds) {
                for (SuggestionSource source : SuggestionSource.values()) {
                    started = System.nanoTime();
                    List<Suggestion> predicted = predict(source, gold, i, model);
                    nanos.merge(source, System.nanoTime() - started, Long::sum);
                    score(scores.get(source), predicted, gold.get(i).annotations());
                }
            }
        }
        return new Report(scores, nanos, gold.size(), trainingNanos, folds);
    }

    private List<Suggestion> predict(SuggestionSource source, List<ArticleExport> gold, int index,
                                     Optional<EntityRecommender> model) {
        ArticleExport export = gold.get(index);
        Article article = export.article();
        NormalizedText text = ArabicNormalizer.normalize(article.text());
        return switch (source) {
            case LEXICON -> finder.lexicon(article, text);
            case PROPAGATION -> finder.propagation(article, text, asAnnotations(export));
            case CORPUS -> finder.corpus(article, text, annotatedOutside(gold, index));
            case REPORTING -> ReportedClaims.find(article, text);
            case RECOMMENDER -> model.map(recommender -> recommender.suggest(article)).orElse(List.of());
        };
    }

    /** The gold strings of every other article, as corpus propagation would find them in the workspace. */
    private static List<AnnotatedText> annotatedOutside(List<ArticleExport> gold, int index) {
        List<AnnotatedText> texts = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            if (i != index) {
                ArticleExport other = gold.get(i);
                other.annotations().forEach(annotation -> texts.add(new AnnotatedText(
                        other.article().text().slice(annotation.span()), annotation.label(), annotation.subtype())));
            }
        }
        return texts;
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

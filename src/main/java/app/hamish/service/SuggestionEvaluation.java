package app.hamish.service;

import app.hamish.model.AnnotatedText;
import app.hamish.model.Annotation;
import app.hamish.model.ArabicNormalizer;
import app.hamish.model.Article;
import app.hamish.model.ArticleExport;
import app.hamish.model.ArticleText;
import app.hamish.model.BoundaryConvention;
import app.hamish.model.BoundaryEvidence;
import app.hamish.model.CueLexicon;
import app.hamish.model.EdgeMarks;
import app.hamish.model.ExportFilter;
import app.hamish.model.ExportedAnnotation;
import app.hamish.model.Label;
import app.hamish.model.NormalizedText;
import app.hamish.model.Provenance;
import app.hamish.model.ReportedClaims;
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
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * How well each suggestion source predicts gold (the accepted annotations of signed-off layers), per label and, for
 * entities, per subtype, at three levels: exact (same span), exact ignoring invisible marks and white space at the
 * edges (decision 0023), and overlapping.
 *
 * <p>Only articles with gold annotations count. The lexicon is run on the bare text. Propagation is run from the
 * gold annotations themselves: each proposes its label on the other occurrences of its text, so recall is the
 * share of gold that another gold annotation of the same text would have proposed. Corpus propagation proposes
 * in each article the strings annotated in the other gold articles, never its own. The recommender predicts each
 * article from a model trained on the gold entities of the others, never its own: leave one article out, or, past
 * {@link #MAX_FOLDS} articles, that many folds (article i held out in fold i mod folds), so that a large workspace
 * costs ten trainings and not one per article. Its learning curve trains each fold's model again on the first 5,
 * 10, 20 and 40 of the other articles, as far as there are so many. Every prediction follows the convention for
 * edge marks that the other gold articles show, as suggestions in the workbench do. A prediction is exact when a
 * gold annotation has its span and label (and subtype, in a subtype's row), tolerant when one has the same span
 * once marks and white space are trimmed from both, and overlapping when one has its label and shares a character.
 */
public final class SuggestionEvaluation {
    static final int MAX_FOLDS = 10;
    /** How many gold articles the learning curve trains on, as far as the workspace has them. */
    static final List<Integer> CURVE = List.of(5, 10, 20, 40);

    private final SuggestionFinder finder;

    public SuggestionEvaluation(CueLexicon lexicon) {
        this.finder = new SuggestionFinder(lexicon);
    }

    /**
     * What a row of scores is about: a label over all its subtypes ({@link #ALL}), or one entity subtype ({@link
     * #NONE} for entities without one).
     */
    public record Category(String label, String subtype) implements Comparable<Category> {
        public static final String ALL = "*";
        public static final String NONE = "-";

        @Override
        public int compareTo(Category other) {
            int byLabel = label.compareTo(other.label);
            if (byLabel != 0) {
                return byLabel;
            }
            return subtype.equals(ALL) || other.subtype.equals(ALL) ? Boolean.compare(!subtype.equals(ALL),
                    !other.subtype.equals(ALL)) : subtype.compareTo(other.subtype);
        }
    }

    /**
     * Scores per source and category, the recommender's learning curve (its entity scores by the number of gold
     * articles trained on, short of all the others, which is its row in {@code scores}), the time each source took
     * to predict, and the time the recommender's trainings took ({@code models} of them, one per fold; the curve's
     * not counted).
     */
    public record Report(Map<SuggestionSource, Map<Category, Score>> scores, SortedMap<Integer, Score> curve,
                         Map<SuggestionSource, Long> nanos, int articles, long trainingNanos, int models) {
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

    /** Counts for one source and category. */
    public static final class Score {
        private int predicted;
        private int gold;
        private int exactCorrect;
        private int tolerantCorrect;
        private int overlapCorrect;
        private int exactFound;
        private int tolerantFound;
        private int overlapFound;

        public double precision() {
            return ratio(exactCorrect, predicted);
        }

        public double recall() {
            return ratio(exactFound, gold);
        }

        public double tolerantPrecision() {
            return ratio(tolerantCorrect, predicted);
        }

        public double tolerantRecall() {
            return ratio(tolerantFound, gold);
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
        Map<SuggestionSource, Map<Category, Score>> scores = new EnumMap<>(SuggestionSource.class);
        Map<SuggestionSource, Long> nanos = new EnumMap<>(SuggestionSource.class);
        for (SuggestionSource source : SuggestionSource.values()) {
            scores.put(source, new TreeMap<>());
            nanos.put(source, 0L);
        }
        // Held whole: each article is predicted by a model of the others.
        List<ArticleExport> gold = goldArticles(workspace);
        List<BoundaryEvidence> evidence = gold.stream().map(export -> BoundaryEvidence.of(export.article().text(),
                export.annotations().stream().map(ExportedAnnotation::span).toList())).toList();
        BoundaryEvidence allEvidence = evidence.stream().reduce(BoundaryEvidence.NONE, BoundaryEvidence::plus);
        int folds = Math.min(gold.size(), MAX_FOLDS);
        // Points below the fewest articles any fold trains on, so that each is measured on every article.
        int fewestOthers = folds == 0 ? 0 : gold.size() - (gold.size() + folds - 1) / folds;
        List<Integer> points = CURVE.stream().filter(size -> size < fewestOthers).toList();
        SortedMap<Integer, Score> curve = new TreeMap<>();
        long trainingNanos = 0;
        for (int fold = 0; fold < folds; fold++) {
            List<EntityExample> others = new ArrayList<>();
            for (int i = 0; i < gold.size(); i++) {
                if (i % folds != fold) {
                    others.add(EntityExample.of(gold.get(i)));
                }
            }
            long started = System.nanoTime();
            Optional<EntityRecommender> model = train(others);
            trainingNanos += System.nanoTime() - started;
            List<Optional<EntityRecommender>> smaller = new ArrayList<>();
            for (int size : points) {
                smaller.add(train(others.subList(0, size)));
            }
            for (int i = fold; i < gold.size(); i += folds) {
                BoundaryConvention convention = allEvidence.minus(evidence.get(i)).convention();
                for (SuggestionSource source : SuggestionSource.values()) {
                    started = System.nanoTime();
                    List<Suggestion> predicted = predict(source, gold, i, model);
                    nanos.merge(source, System.nanoTime() - started, Long::sum);
                    score(scores.get(source), predicted, gold.get(i), convention);
                }
                Article article = gold.get(i).article();
                for (int point = 0; point < points.size(); point++) {
                    List<Suggestion> predicted = smaller.get(point).map(recommender -> recommender.suggest(article))
                            .orElse(List.of());
                    scoreEntities(curve.computeIfAbsent(points.get(point), size -> new Score()), predicted,
                            gold.get(i), convention);
                }
            }
        }
        return new Report(scores, curve, nanos, gold.size(), trainingNanos, folds);
    }

    /** The articles with gold annotations, in article order, with those annotations. */
    static List<ArticleExport> goldArticles(Workspace workspace) {
        List<ArticleExport> gold = new ArrayList<>();
        workspace.exportArticles(ExportFilter.GOLD, export -> {
            if (!export.annotations().isEmpty()) {
                gold.add(export);
            }
        });
        return gold;
    }

    private static Optional<EntityRecommender> train(List<EntityExample> examples) {
        return EntityRecommender.train(examples.stream().filter(example -> !example.mentions().isEmpty()).toList());
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

    private static void score(Map<Category, Score> byCategory, List<Suggestion> predictions, ArticleExport gold,
                              BoundaryConvention convention) {
        ArticleText text = gold.article().text();
        List<Labelled> predicted = labelled(text, predictions, convention);
        List<Labelled> expected = expected(gold);
        count(byCategory, predicted, expected, labelled -> new Category(labelled.label(), Category.ALL),
                Labelled::sameLabel);
        // Entities again, per subtype: right only with the subtype right too.
        count(byCategory, predicted.stream().filter(Labelled::isEntity).toList(),
                expected.stream().filter(Labelled::isEntity).toList(),
                labelled -> new Category(labelled.label(), labelled.subtypeOrNone()), Labelled::sameSubtype);
    }

    /** The recommender's entities against the gold entities: a point of the learning curve. */
    private static void scoreEntities(Score score, List<Suggestion> predictions, ArticleExport gold,
                                      BoundaryConvention convention) {
        Map<Category, Score> one = new TreeMap<>();
        one.put(new Category(Label.ENTITY, Category.ALL), score);
        count(one, labelled(gold.article().text(), predictions, convention).stream().filter(Labelled::isEntity)
                        .toList(), expected(gold).stream().filter(Labelled::isEntity).toList(),
                labelled -> new Category(labelled.label(), Category.ALL), Labelled::sameLabel);
    }

    private static List<Labelled> labelled(ArticleText text, List<Suggestion> predictions,
                                           BoundaryConvention convention) {
        // The same span and label proposed twice (two gold annotations of one text) is one prediction.
        Set<Labelled> predicted = new LinkedHashSet<>();
        for (Suggestion suggestion : predictions) {
            Span span = convention.apply(text, suggestion.span());
            predicted.add(Labelled.of(text, span, suggestion.label(), suggestion.subtype()));
        }
        return List.copyOf(predicted);
    }

    private static List<Labelled> expected(ArticleExport gold) {
        ArticleText text = gold.article().text();
        Set<Labelled> expected = new LinkedHashSet<>();
        gold.annotations().forEach(annotation -> expected.add(Labelled.of(text, annotation.span(),
                annotation.label(), annotation.subtype())));
        return List.copyOf(expected);
    }

    /**
     * Adds predictions and gold to the rows {@code category} puts them in; {@code same} says whether a prediction
     * and a gold annotation agree on what the row is about (label, or label and subtype).
     */
    private static void count(Map<Category, Score> byCategory, List<Labelled> predicted, List<Labelled> expected,
                              Function<Labelled, Category> category, BiPredicate<Labelled, Labelled> same) {
        for (Labelled prediction : predicted) {
            Score score = byCategory.computeIfAbsent(category.apply(prediction), row -> new Score());
            score.predicted++;
            score.exactCorrect += anyMatch(expected, prediction, same, Labelled::sameSpan);
            score.tolerantCorrect += anyMatch(expected, prediction, same, Labelled::sameCore);
            score.overlapCorrect += anyMatch(expected, prediction, same, Labelled::overlaps);
        }
        for (Labelled wanted : expected) {
            Score score = byCategory.computeIfAbsent(category.apply(wanted), row -> new Score());
            score.gold++;
            score.exactFound += anyMatch(predicted, wanted, same, Labelled::sameSpan);
            score.tolerantFound += anyMatch(predicted, wanted, same, Labelled::sameCore);
            score.overlapFound += anyMatch(predicted, wanted, same, Labelled::overlaps);
        }
    }

    private static int anyMatch(List<Labelled> candidates, Labelled one, BiPredicate<Labelled, Labelled> same,
                                BiPredicate<Labelled, Labelled> level) {
        for (Labelled candidate : candidates) {
            if (same.test(candidate, one) && level.test(candidate, one)) {
                return 1;
            }
        }
        return 0;
    }

    /**
     * A span with its label and subtype, and its core: the span without invisible marks and white space at its
     * edges ({@link EdgeMarks#core}), or the span itself when nothing else is in it.
     */
    private record Labelled(Span span, Span core, String label, String subtype) {
        static Labelled of(ArticleText text, Span span, String label, String subtype) {
            return new Labelled(span, EdgeMarks.core(text, span).orElse(span), label, subtype);
        }

        boolean isEntity() {
            return label.equals(Label.ENTITY);
        }

        String subtypeOrNone() {
            return subtype == null ? Category.NONE : subtype;
        }

        boolean sameLabel(Labelled other) {
            return label.equals(other.label);
        }

        boolean sameSubtype(Labelled other) {
            return sameLabel(other) && subtypeOrNone().equals(other.subtypeOrNone());
        }

        boolean sameSpan(Labelled other) {
            return span.equals(other.span);
        }

        boolean sameCore(Labelled other) {
            return core.equals(other.core);
        }

        boolean overlaps(Labelled other) {
            return span.overlaps(other.span);
        }
    }
}

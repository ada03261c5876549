package app.hamish.service;

import app.hamish.model.AnnotatedText;
import app.hamish.model.Annotation;
import app.hamish.model.Article;
import app.hamish.model.ArticleExport;
import app.hamish.model.ArticleText;
import app.hamish.model.BoundaryEvidence;
import app.hamish.model.CueLexicon;
import app.hamish.model.EdgeMarks;
import app.hamish.model.ExportedAnnotation;
import app.hamish.model.Provenance;
import app.hamish.model.RejectedStrings;
import app.hamish.model.SourcePrecision;
import app.hamish.model.Span;
import app.hamish.model.Suggestion;
import app.hamish.model.SuggestionFinder;
import app.hamish.model.SuggestionSource;
import app.hamish.model.SuggestionsToAccept;
import app.hamish.service.recommender.EntityExample;
import app.hamish.service.recommender.EntityRecommender;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Work saved by suggestions, simulated (decision 0030): the gold articles are replayed in article order as an
 * analyst would annotate them with suggestions on, each offered what the gold of the articles before it would have
 * given the workbench (the corpus's strings, its convention for edge marks, a recommender trained on its entities).
 * Through the article in text order, the analyst accepts a suggestion that matches a gold annotation not yet made
 * (same label and the same span once invisible marks and white space are trimmed from both: the boundary-tolerant
 * level of decision 0023), sets the subtype if the suggestion's differs, rejects a suggestion that matches none,
 * and draws a gold annotation that nothing offered. Actions are the analyst's gestures: a drawn annotation is two
 * (the drag that selects its words and the key that tags it), accepting, rejecting and setting a subtype one key
 * each; stepping between suggestions and finding the words to drag are reading, on both sides, and not counted.
 * Annotating from scratch is drawing every gold annotation. Suggestions are asked for again after every action,
 * so what is accepted or drawn is propagated to the rest of the article. Suggestions of a label no gold annotation
 * has are passed over, neither accepted nor rejected: a corpus annotated for entities alone says nothing of its
 * claims. Each source is replayed alone, then all together, and each setting in two workflows (decision 0035): one by
 * one ({@code Y} on each right suggestion), and accepting all (the wrong ones rejected, what is missing drawn, then
 * one {@code Shift+Y} takes the rest). Both do what the workbench does: a string rejected in an earlier article is
 * not offered while no gold so far annotates it, and a source that the gold before the article shows to be mostly
 * wrong ({@link SourcePrecision}) is hidden. The recommender is trained on the gold before each
 * article while there are fewer than {@link #RETRAIN_EVERY_ARTICLE} such articles, then after every
 * {@link #RETRAIN_EVERY}th, so that a long replay costs tens of trainings, not one per article.
 */
public final class WorkSimulation {
    /** The articles measured: those with at least this many gold articles before them, as far as there are. */
    static final List<Integer> AFTER_GOLD = List.of(0, 20, 40);
    /** The name of the setting with every source on. */
    public static final String ALL_SOURCES = "all";
    static final int RETRAIN_EVERY_ARTICLE = 10;
    static final int RETRAIN_EVERY = 5;
    /** The drag that selects the words and the key that tags them. */
    static final int ACTIONS_PER_DRAWING = 2;

    private final SuggestionFinder finder;

    public WorkSimulation(CueLexicon lexicon) {
        this.finder = new SuggestionFinder(lexicon);
    }

    /** An analyst's actions on some articles. */
    public static final class Work {
        private int articles;
        private int gold;
        private int accepted;
        private int acceptKeys;
        private int rejected;
        private int drawn;
        private int subtypesSet;

        public int articles() {
            return articles;
        }

        /** Gold annotations, each span and label once. */
        public int gold() {
            return gold;
        }

        /** Actions from scratch: every gold annotation drawn. */
        public int scratch() {
            return ACTIONS_PER_DRAWING * gold;
        }

        public int accepted() {
            return accepted;
        }

        /**
         * Keys pressed to accept: one per suggestion ({@code Y}) one by one, one per article and round
         * ({@code Shift+Y}) when accepting all.
         */
        public int acceptKeys() {
            return acceptKeys;
        }

        public int rejected() {
            return rejected;
        }

        public int drawn() {
            return drawn;
        }

        /**
         * Accepted suggestions whose subtype had to be changed to gold's: a key after {@code Y} one by one; when
         * accepting all, the subtype's key on the suggestion, which tags it at once (and so accepts it).
         */
        public int subtypesSet() {
            return subtypesSet;
        }

        public int actions() {
            return ACTIONS_PER_DRAWING * drawn + acceptKeys + rejected + subtypesSet;
        }

        /** The share of actions from scratch that suggestions saved; below 0 when they cost more than they saved. */
        public double saved() {
            return gold == 0 ? 0 : (double) (scratch() - actions()) / scratch();
        }

        private void add(Work other) {
            articles += other.articles;
            gold += other.gold;
            accepted += other.accepted;
            acceptKeys += other.acceptKeys;
            rejected += other.rejected;
            drawn += other.drawn;
            subtypesSet += other.subtypesSet;
        }
    }

    /** How the analyst takes the right suggestions (decision 0035). */
    public enum Workflow {
        /** {@code Y} on each, as decision 0030 counted. */
        ONE_BY_ONE,
        /** The wrong ones rejected, then {@code Shift+Y} takes every one left in the article. */
        ACCEPT_ALL
    }

    /**
     * By workflow, by setting (a source's code, or {@link #ALL_SOURCES}) and then by how many gold articles stood
     * before those counted, the work done.
     */
    public record Report(Map<Workflow, Map<String, SortedMap<Integer, Work>>> byWorkflow) {
        /** One by one, as decision 0030 counted. */
        public Map<String, SortedMap<Integer, Work>> work() {
            return byWorkflow.get(Workflow.ONE_BY_ONE);
        }
    }

    /** Replays the workspace's gold articles in article order. */
    public Report run(Workspace workspace) {
        return run(SuggestionEvaluation.goldArticles(workspace));
    }

    /** Replays the gold articles, in the order given. */
    Report run(List<ArticleExport> gold) {
        Map<String, Set<SuggestionSource>> settings = new LinkedHashMap<>();
        for (SuggestionSource source : SuggestionSource.values()) {
            settings.put(source.code(), EnumSet.of(source));
        }
        settings.put(ALL_SOURCES, EnumSet.allOf(SuggestionSource.class));
        Map<Workflow, Map<String, SortedMap<Integer, Work>>> work = new EnumMap<>(Workflow.class);
        // What each setting's analyst has rejected so far, and the gold annotated so far, as the workspace keeps it.
        Map<Workflow, Map<String, RejectedStrings>> learned = new EnumMap<>(Workflow.class);
        for (Workflow workflow : Workflow.values()) {
            work.put(workflow, new LinkedHashMap<>());
            learned.put(workflow, new HashMap<>());
            for (String setting : settings.keySet()) {
                work.get(workflow).put(setting, new TreeMap<>());
                learned.get(workflow).put(setting, RejectedStrings.NONE);
            }
        }
        Set<String> labels = new HashSet<>();
        gold.forEach(export -> export.annotations().forEach(annotation -> labels.add(annotation.label())));
        BoundaryEvidence before = BoundaryEvidence.NONE;
        SourcePrecision measured = SourcePrecision.NONE;
        List<EntityExample> examples = new ArrayList<>();
        Optional<EntityRecommender> model = Optional.empty();
        for (int index = 0; index < gold.size(); index++) {
            ArticleExport export = gold.get(index);
            Article article = export.article();
            if (index < RETRAIN_EVERY_ARTICLE || index % RETRAIN_EVERY == 0) {
                model = EntityRecommender.train(examples);
            }
            List<Suggestion> recommended = model.map(recommender -> recommender.suggest(article)).orElse(List.of());
            Prior prior = new Prior(before, annotatedIn(gold.subList(0, index)), recommended, labels,
                    measured.imprecise().keySet());
            for (Workflow workflow : Workflow.values()) {
                for (Map.Entry<String, Set<SuggestionSource>> setting : settings.entrySet()) {
                    Replay replay = new Replay(export, prior, setting.getValue(), workflow,
                            learned.get(workflow).get(setting.getKey()));
                    Work one = replay.run();
                    for (int after : AFTER_GOLD) {
                        if (index >= after) {
                            work.get(workflow).get(setting.getKey()).computeIfAbsent(after, ignored -> new Work())
                                    .add(one);
                        }
                    }
                    RejectedStrings now = replay.learned;
                    for (ExportedAnnotation annotation : export.annotations()) {
                        now = now.annotating(article.text().slice(annotation.span()), annotation.label());
                    }
                    learned.get(workflow).put(setting.getKey(), now);
                }
            }
            measured = measured.plus(article.text(), finder.fromText(article).found(), export.annotations());
            before = before.plus(BoundaryEvidence.of(article.text(),
                    export.annotations().stream().map(ExportedAnnotation::span).toList()));
            EntityExample example = EntityExample.of(export);
            if (!example.mentions().isEmpty()) {
                examples.add(example);
            }
        }
        return new Report(work);
    }

    /**
     * What the gold before an article gives the workbench: edge evidence, strings annotated, the model's finds, and
     * the sources hidden as mostly wrong there.
     */
    private record Prior(BoundaryEvidence evidence, List<AnnotatedText> elsewhere, List<Suggestion> recommended,
                         Set<String> labels, Set<SuggestionSource> hidden) {
    }

    /** One article annotated with the sources in {@code on}, until every gold annotation is made. */
    private final class Replay {
        private final Prior prior;
        private final Set<SuggestionSource> on;
        private final Workflow workflow;
        private final Article article;
        private final ArticleText text;
        private final SuggestionFinder.TextSuggestions fromText;
        private final List<Wanted> missing;
        private final List<Annotation> made = new ArrayList<>();
        private final Set<SuggestionFinder.Rejection> rejections = new HashSet<>();
        /** Right suggestions left for {@code Shift+Y}, with the gold annotation each will make. */
        private final Map<SuggestionFinder.Rejection, Kept> kept = new LinkedHashMap<>();
        /** Wrong suggestions that {@code Shift+Y} will pass over, so the analyst leaves them be. */
        private final Map<SuggestionFinder.Rejection, Suggestion> passed = new LinkedHashMap<>();
        private final Work work = new Work();
        /** The strings rejected in the workspace, this article's rejections included. */
        private RejectedStrings learned;

        Replay(ArticleExport export, Prior prior, Set<SuggestionSource> on, Workflow workflow,
               RejectedStrings learned) {
            this.prior = prior;
            this.on = on;
            this.workflow = workflow;
            this.learned = learned;
            this.article = export.article();
            this.text = article.text();
            this.fromText = finder.fromText(article);
            this.missing = wanted(export);
            work.articles = 1;
            work.gold = missing.size();
        }

        Work run() {
            while (true) {
                List<Suggestion> offered = offered();
                if (offered.isEmpty() && missing.isEmpty()) {
                    if (kept.isEmpty()) {
                        return work;
                    }
                    acceptAll();
                    continue;
                }
                Optional<Wanted> first = missing.stream().findFirst();
                if (first.isPresent() && (offered.isEmpty()
                        || first.get().span().start() < offered.getFirst().span().start())) {
                    Wanted wanted = first.get();
                    Optional<Suggestion> offeredForIt = offered.stream()
                            .filter(suggestion -> wanted.matches(text, suggestion)).findFirst();
                    if (offeredForIt.isPresent()) {
                        take(offeredForIt.get(), wanted);
                    } else {
                        work.drawn++;
                        made.add(annotation(article.id(), wanted.span(), wanted));
                        missing.remove(wanted);
                    }
                } else {
                    Suggestion next = offered.getFirst();
                    Optional<Wanted> matched = missing.stream().filter(wanted -> wanted.matches(text, next))
                            .findFirst();
                    if (matched.isPresent()) {
                        take(next, matched.get());
                    } else if (passedOver(next)) {
                        passed.put(SuggestionFinder.Rejection.of(next), next);
                    } else {
                        work.rejected++;
                        rejections.add(SuggestionFinder.Rejection.of(next));
                        learned = learned.rejecting(text.slice(next.span()), next.label());
                    }
                }
            }
        }

        /**
         * What the workbench offers now, less what the analyst has left for {@code Shift+Y}: those are decided, and
         * not annotations yet, so they neither cover what overlaps them nor propagate.
         */
        private List<Suggestion> offered() {
            List<Suggestion> offered = finder.offered(article, fromText, made, rejections, prior.recommended(),
                    prior.elsewhere(), prior.evidence().plus(BoundaryEvidence.of(text,
                            made.stream().map(Annotation::span).toList())).convention(), on).stream()
                    .filter(suggestion -> prior.labels().contains(suggestion.label()))
                    .filter(suggestion -> !prior.hidden().contains(suggestion.source()))
                    .filter(suggestion -> !kept.containsKey(SuggestionFinder.Rejection.of(suggestion))
                            && !passed.containsKey(SuggestionFinder.Rejection.of(suggestion)))
                    .toList();
            return learned.without(text, offered, made);
        }

        /**
         * A right suggestion: {@code Y} (and the subtype's key if it differs) one by one; left for {@code Shift+Y}
         * when accepting all, unless its subtype differs, when the subtype's key tags it at once.
         */
        private void take(Suggestion suggestion, Wanted wanted) {
            missing.remove(wanted);
            work.accepted++;
            boolean subtypeDiffers = !Objects.equals(suggestion.subtype(), wanted.subtype());
            if (subtypeDiffers) {
                work.subtypesSet++;
            }
            if (workflow == Workflow.ONE_BY_ONE) {
                work.acceptKeys++;
                made.add(annotation(suggestion.articleId(), suggestion.span(), wanted));
            } else if (subtypeDiffers) {
                made.add(annotation(suggestion.articleId(), suggestion.span(), wanted));
            } else {
                kept.put(SuggestionFinder.Rejection.of(suggestion), new Kept(suggestion, wanted));
            }
        }

        /**
         * Whether a wrong suggestion overlaps a right one of its label that {@code Shift+Y} takes before it, and so
         * will not be accepted: left be, as the analyst who knows the key would.
         */
        private boolean passedOver(Suggestion wrong) {
            return workflow == Workflow.ACCEPT_ALL && kept.values().stream().map(Kept::suggestion).anyMatch(
                    right -> right.label().equals(wrong.label()) && right.span().overlaps(wrong.span())
                            && SuggestionsToAccept.ORDER.compare(right, wrong) < 0);
        }

        /** {@code Shift+Y}: what is left becomes annotations, which then propagate. */
        private void acceptAll() {
            work.acceptKeys++;
            List<Suggestion> left = new ArrayList<>(kept.values().stream().map(Kept::suggestion).toList());
            left.addAll(passed.values());
            Map<Suggestion, Wanted> wantedBy = new HashMap<>();
            kept.values().forEach(one -> wantedBy.put(one.suggestion(), one.wanted()));
            List<Suggestion> accepted = SuggestionsToAccept.of(left, null);
            for (Suggestion suggestion : left) {
                Wanted wanted = wantedBy.get(suggestion);
                if (wanted == null) {
                    if (accepted.contains(suggestion)) {
                        // A wrong one taken after all: deleted, a key like a rejection.
                        work.rejected++;
                    }
                } else if (accepted.contains(suggestion)) {
                    made.add(annotation(suggestion.articleId(), suggestion.span(), wanted));
                } else {
                    // Overlapped by one accepted before it: covered now, so the analyst draws it.
                    work.accepted--;
                    missing.add(wanted);
                }
            }
            missing.sort(Comparator.comparing(Wanted::span));
            kept.clear();
            passed.clear();
        }
    }

    /** A right suggestion left for {@code Shift+Y}, and the gold annotation it makes. */
    private record Kept(Suggestion suggestion, Wanted wanted) {
    }

    private static Annotation annotation(long articleId, Span span, Wanted wanted) {
        return new Annotation(0, articleId, 0, span, wanted.label(), wanted.subtype(), "", Provenance.MANUAL,
                Instant.EPOCH, Instant.EPOCH);
    }

    /** The gold annotations of an article in text order, each span and label once. */
    private static List<Wanted> wanted(ArticleExport export) {
        Map<List<Object>, Wanted> wanted = new LinkedHashMap<>();
        export.annotations().stream().sorted(Comparator.comparing(ExportedAnnotation::span))
                .forEach(annotation -> wanted.putIfAbsent(List.of(annotation.span(), annotation.label()),
                        new Wanted(annotation.span(), annotation.label(), annotation.subtype())));
        return new ArrayList<>(wanted.values());
    }

    /** The strings annotated in these gold articles, as corpus propagation finds them in the workspace. */
    private static List<AnnotatedText> annotatedIn(List<ArticleExport> gold) {
        Set<AnnotatedText> texts = new LinkedHashSet<>();
        gold.forEach(export -> export.annotations().forEach(annotation -> texts.add(new AnnotatedText(
                export.article().text().slice(annotation.span()), annotation.label(), annotation.subtype()))));
        return List.copyOf(texts);
    }

    /** A gold annotation still to be made. */
    private record Wanted(Span span, String label, String subtype) {
        /** Same label, and the same span once marks and white space are trimmed from the edges of both. */
        boolean matches(ArticleText text, Suggestion suggestion) {
            return label.equals(suggestion.label()) && core(text, span).equals(core(text, suggestion.span()));
        }

        private static Span core(ArticleText text, Span span) {
            return EdgeMarks.core(text, span).orElse(span);
        }
    }
}

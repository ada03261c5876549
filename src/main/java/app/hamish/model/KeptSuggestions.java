package app.hamish.model;

import app.hamish.model.SuggestionFinder.Proposing;
import app.hamish.model.SuggestionFinder.Rejection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * What is offered on one article, kept with what it was computed from, so that an edit of a few annotations is
 * answered by computing again only where it can change anything (decision 0041). An annotation added, removed or
 * changed changes what its string proposes (the places of that one string, in any of its spellings: decision
 * 0100), and what its own span covers; every other place keeps what it had. Anything else changed (the text's own
 * suggestions, the recommender's, the rejections, the convention for edge marks, the sources hidden) means computing
 * everything again, as does an annotation of a string rejected as a suggestion. The result is always the one a
 * computation of everything gives: {@link SuggestionFinder#offered} without the hidden sources and without the
 * rejected strings ({@link RejectedStrings#without}). Immutable, but for the normalised keys of the strings seen,
 * cached across keys.
 */
public final class KeptSuggestions {
    /** More annotations changed at once than this are answered by computing everything again. */
    private static final int FEW_CHANGES = 64;
    /** The order in which the store lists an article's annotations, which propagation's order follows. */
    private static final Comparator<Annotation> STORED_ORDER =
            Comparator.comparing(Annotation::span).thenComparingLong(Annotation::id);

    /** Everything the suggestions come from besides the article's annotations. */
    public record Sources(SuggestionFinder.TextSuggestions fromText, Set<Rejection> rejected,
                          List<Suggestion> recommended, List<AnnotatedText> elsewhere, BoundaryConvention convention,
                          Set<SuggestionSource> hidden, RejectedStrings strings) {
        boolean sameAs(Sources other) {
            return fromText.equals(other.fromText) && rejected.equals(other.rejected)
                    && recommended.equals(other.recommended) && elsewhere.equals(other.elsewhere)
                    && convention.equals(other.convention) && hidden.equals(other.hidden)
                    && strings.rejectsAs(other.strings);
        }
    }

    private final SuggestionFinder finder;
    private final Article article;
    private final Sources sources;
    /** In {@link #STORED_ORDER}. */
    private final List<Annotation> annotations;
    /**
     * Propagation's proposals, spans following the convention, by the annotation that made them (one per
     * annotation, in the order of {@link #annotations}): together, the order a computation of everything has. A key
     * replaces those of the strings it changed and keeps the others, instead of copying all of them, up to 850,000
     * references on the bench article (decision 0059).
     */
    private final List<Proposals> proposals;
    /**
     * What the other sources propose, spans following the convention, in text order: of one span, in the order the
     * sources propose them, which is all a computation of everything reads of their order (it sorts by span, stably).
     * A key looks up the few at its places instead of walking all of them (decision 0071).
     */
    private final InTextOrder<Suggestion> others;
    /**
     * The keys of the strings annotated ({@link ArabicNormalizer#keys}), kept while the article is open: a key reads
     * those of every string that proposes anything. Shared by the suggestions computed from these.
     */
    private final Keys keys;
    /** Whether a suggestion is shown: its source not hidden, its words not rejected. */
    private final Predicate<Suggestion> shown;
    /** What is offered, and where it may differ from what was offered before this. */
    private final OfferedChange offered;
    /**
     * The suggestions this was computed from by {@link #after}, without what those were computed from (so one key
     * back, not the article's history), or null: a deletion of what the last key added, or an undo of the last
     * deletion, brings the annotations back to what they were, and so what was offered then (decision 0075).
     */
    private final KeptSuggestions earlier;
    private final Cost cost;

    private KeptSuggestions(SuggestionFinder finder, Article article, Sources sources, List<Annotation> annotations,
                            List<Proposals> proposals, InTextOrder<Suggestion> others,
                            Keys keys, Predicate<Suggestion> shown, OfferedChange offered,
                            KeptSuggestions earlier, Cost cost) {
        this.finder = finder;
        this.article = article;
        this.sources = sources;
        this.annotations = annotations;
        this.proposals = proposals;
        this.others = others;
        this.keys = keys;
        this.shown = shown;
        this.offered = offered;
        this.earlier = earlier;
        this.cost = cost;
    }

    /**
     * The processor time computing everything took, in two parts: proposing (propagation, in the article and from the
     * corpus's strings) and settling (the proposals and the other sources' suggestions put in text order, without
     * what is covered, rejected or hidden). What the bench prints beside the recommender's and the text's own parts
     * (decision 0091); none for suggestions computed again only where a key changed the annotations.
     */
    public record Cost(long proposingNanos, long settlingNanos, long settlingBesideNanos) {
        static final Cost NONE = new Cost(0, 0, 0);
    }

    /** Everything computed for the article as it stands. */
    public static KeptSuggestions of(SuggestionFinder finder, Article article, List<Annotation> annotations,
                                     Sources sources) {
        return of(finder, article, annotations, sources, Runnable::run);
    }

    /** As {@link #of(SuggestionFinder, Article, List, Sources)}, half of the settling run on {@code beside}. */
    public static KeptSuggestions of(SuggestionFinder finder, Article article, List<Annotation> annotations,
                                     Sources sources, Executor beside) {
        requireOf(article, sources);
        return of(finder, article, sources, propose(finder, article, sources.fromText().text(), annotations,
                sources.convention(), sources.elsewhere()), beside);
    }

    /**
     * Propagation's proposals for the article as it stands, in the article and from the corpus's strings: the part
     * of a computation of everything that needs only the normalised text, the annotations, the convention and the
     * strings annotated elsewhere, so that it can run while another thread finds the rest of the sources
     * (decision 0095).
     */
    public static Proposed propose(SuggestionFinder finder, Article article, NormalizedText text,
                                   List<Annotation> annotations, BoundaryConvention convention,
                                   List<AnnotatedText> elsewhere) {
        long start = ProcessorTime.now();
        List<Annotation> sorted = inStoredOrder(annotations);
        List<Proposals> proposals = Collections.unmodifiableList(
                finder.proposedBy(article, text, sorted, following(convention, article.text())));
        List<Suggestion> corpus = finder.corpus(article, text, elsewhere);
        return new Proposed(article, text, sorted, convention, elsewhere, proposals, corpus,
                ProcessorTime.now() - start);
    }

    /** What {@link #propose} found, to be settled with the other sources. */
    public static final class Proposed {
        private final Article article;
        private final NormalizedText text;
        private final List<Annotation> sorted;
        private final BoundaryConvention convention;
        private final List<AnnotatedText> elsewhere;
        private final List<Proposals> proposals;
        private final List<Suggestion> corpus;
        private final long nanos;

        private Proposed(Article article, NormalizedText text, List<Annotation> sorted, BoundaryConvention convention,
                         List<AnnotatedText> elsewhere, List<Proposals> proposals, List<Suggestion> corpus,
                         long nanos) {
            this.article = article;
            this.text = text;
            this.sorted = sorted;
            this.convention = convention;
            this.elsewhere = elsewhere;
            this.proposals = proposals;
            this.corpus = corpus;
            this.nanos = nanos;
        }

        /** Whether these are the proposals of this article, text and sources. */
        private boolean of(Article article, Sources sources) {
            return this.article.id() == article.id() && this.article.text().equals(article.text())
                    && text == sources.fromText().text() && convention.equals(sources.convention())
                    && elsewhere.equals(sources.elsewhere());
        }
    }

    /**
     * Everything computed for the article as it stands, propagation's proposals being {@code proposed}. The second
     * half of the text is settled on {@code beside} while the calling thread settles the first: a span's
     * suggestions all start where it does, and settling keeps each span's first of a label in text order, so the
     * halves settle apart into what settling the whole gives (decision 0095).
     */
    public static KeptSuggestions of(SuggestionFinder finder, Article article, Sources sources, Proposed proposed,
                                     Executor beside) {
        requireOf(article, sources);
        if (!proposed.of(article, sources)) {
            throw new IllegalArgumentException("proposals of article " + proposed.article.id()
                    + " settled with other sources or on another text");
        }
        long settling = ProcessorTime.now();
        List<Annotation> sorted = proposed.sorted;
        List<Proposals> proposals = proposed.proposals;
        List<Suggestion> others = new ArrayList<>(proposed.corpus);
        others.addAll(sources.fromText().found());
        others.addAll(sources.recommended());
        others.replaceAll(found -> sources.convention().apply(article.text(), found));
        int middle = article.text().codePointLength() / 2;
        List<Suggestion> first = new ArrayList<>();
        List<Suggestion> second = new ArrayList<>();
        proposals.forEach(made -> made.suggestions().forEach(suggestion -> halfOf(suggestion, middle, first, second)
                .add(suggestion)));
        others.forEach(suggestion -> halfOf(suggestion, middle, first, second).add(suggestion));
        Set<SuggestionSource> hidden = sources.hidden();
        Predicate<Suggestion> keeping = sources.strings().keeping(article.text(), sorted);
        Predicate<Suggestion> shown = suggestion -> !hidden.contains(suggestion.source()) && keeping.test(suggestion);
        Thread caller = Thread.currentThread();
        CompletableFuture<Timed<List<Suggestion>>> secondSettled = CompletableFuture.supplyAsync(
                () -> Timed.of(() -> SuggestionFinder.settle(second, sources.rejected(), sorted)), beside);
        List<Suggestion> firstSettled = SuggestionFinder.settle(first, sources.rejected(), sorted);
        List<Suggestion> othersInTextOrder = new ArrayList<>(others);
        SpanOrder.sort(othersInTextOrder);
        OfferedList.Builder offered = new OfferedList.Builder();
        Timed<List<Suggestion>> secondHalf = Beside.result(secondSettled);
        for (List<Suggestion> half : List.of(firstSettled, secondHalf.value())) {
            for (Suggestion settled : half) {
                if (shown.test(settled)) {
                    offered.add(settled);
                }
            }
        }
        OfferedChange whole = OfferedChange.whole(offered.build());
        return new KeptSuggestions(finder, article, sources, sorted, proposals,
                InTextOrder.of(othersInTextOrder, suggestion -> suggestion), new Keys(article.text()), shown, whole,
                null, new Cost(proposed.nanos, ProcessorTime.now() - settling + secondHalf.nanosBeside(caller),
                secondHalf.nanosBeside(caller)));
    }

    private static void requireOf(Article article, Sources sources) {
        if (!sources.fromText().of(article)) {
            throw new IllegalArgumentException("suggestions of article " + sources.fromText().articleId()
                    + " offered on " + article.id());
        }
    }

    private static List<Suggestion> halfOf(Suggestion suggestion, int middle, List<Suggestion> first,
                                           List<Suggestion> second) {
        return suggestion.span().start() < middle ? first : second;
    }

    /** The processor time computing everything took; none if these were computed again only where a key changed. */
    public Cost cost() {
        return cost;
    }

    /** What is offered, in text order. */
    public List<Suggestion> offered() {
        return offered.offered();
    }

    /** What is offered, and where it may differ from what the suggestions this was computed from offered. */
    public OfferedChange change() {
        return offered;
    }

    /**
     * The suggestions with the article's annotations now {@code now} and the rest now {@code given}, computed again
     * only where the annotations changed; null when that cannot be done (another article, other sources, many
     * changes, a rejected string annotated or no longer), and then everything is to be computed again.
     */
    public KeptSuggestions after(Article now, List<Annotation> stored, Sources given) {
        if (!given.fromText().of(now) || now.id() != article.id() || !sources.sameAs(given)) {
            return null;
        }
        List<Annotation> sorted = inStoredOrder(stored);
        if (earlier != null && earlier.annotations.size() == sorted.size() && earlier.annotations.equals(sorted)) {
            // The same article, and sources the same as this one's, as this one's were the same as those before:
            // what was offered then is what a computation of everything gives now.
            return new KeptSuggestions(finder, article, given, earlier.annotations, earlier.proposals, earlier.others,
                    keys, earlier.shown, offered.reversed(), alone(), Cost.NONE);
        }
        List<Annotation> changed = changes(annotations, sorted);
        if (changed == null) {
            return null;
        }
        if (changed.isEmpty()) {
            return new KeptSuggestions(finder, article, given, annotations, proposals, others, keys,
                    shown, OfferedChange.same(offered()), alone(), Cost.NONE);
        }
        Set<Proposing> strings = new HashSet<>();
        for (Annotation annotation : changed) {
            String words = article.text().slice(annotation.span());
            if (given.strings().rejects(words, annotation.label())) {
                return null;
            }
            strings.add(Proposing.of(keys.of(words), annotation));
        }
        boolean[] proposedBefore = ofStrings(annotations, strings);
        boolean[] proposingNow = ofStrings(sorted, strings);
        List<Annotation> proposers = new ArrayList<>();
        for (int k = 0; k < sorted.size(); k++) {
            if (proposingNow[k]) {
                proposers.add(sorted.get(k));
            }
        }
        Places places = new Places();
        changed.forEach(annotation -> places.add(annotation.span()));
        Places own = new Places();
        changed.forEach(annotation -> own.add(annotation.span()));
        own.close();
        List<Proposals> came = sameAsBefore(finder.proposedBy(article, sources.fromText().text(), proposers,
                following(sources.convention(), article.text())),
                proposedBefore, places, strings.size() == 1 ? alongside(strings.iterator().next(), proposedBefore)
                        : List.of(), strings.size() == 1);
        places.close();

        List<Proposals> merged = replaced(sorted, proposingNow, came);
        List<String> changedKeys = strings.stream().flatMap(string -> string.keys().stream()).toList();
        // Spans grown over the marks against them can meet where their matches in the normalised text only touch,
        // which the keys cannot tell: under such a convention every string is read at every place.
        boolean spansGrow = sources.convention().leading() == BoundaryConvention.Edge.INCLUDED
                || sources.convention().trailing() == BoundaryConvention.Edge.INCLUDED;
        List<Suggestion> proposedThere = new ArrayList<>();
        for (int k = 0; k < merged.size(); k++) {
            // The places of the changed strings' proposals, besides the changed annotations' own spans, are where
            // their keys are found: a string whose keys cannot overlap those there proposes nothing there.
            if (!merged.get(k).isEmpty()) {
                within(merged.get(k).suggestions(), suggestion -> suggestion, proposingNow[k] || spansGrow
                        || OverlappingKeys.mayOverlap(keys.at(sorted.get(k).span()), changedKeys) ? places : own,
                        proposedThere);
            }
        }
        within(others, suggestion -> suggestion, places, proposedThere);
        List<Suggestion> there = SuggestionFinder.settle(proposedThere, sources.rejected(), sorted).stream()
                .filter(shown).toList();
        return new KeptSuggestions(finder, article, given, sorted, merged, others, keys, shown,
                merge(OfferedList.of(offered()), places, there), alone(), Cost.NONE);
    }

    /** These suggestions without what they were computed from: held as the one key back, not a chain of them. */
    private KeptSuggestions alone() {
        return earlier == null ? this
                : new KeptSuggestions(finder, article, sources, annotations, proposals, others, keys, shown, offered,
                        null, cost);
    }

    /**
     * The proposals of the changed strings {@code came}, each one equal to a proposal the annotations
     * {@code proposedBefore} made being that very object, and each suggestion equal to one they proposed being that
     * suggestion; the places of the proposals that went, came or changed added to {@code places}. A tag, a deletion or
     * an undo computes again a string's proposals at the thousands of places of its words, mostly the same: new
     * objects for them lived until the string changed again, several keys, so the young collections copied and
     * promoted them, and each differed by reference from what was offered, so the offered list was rebuilt there
     * (decision 0066). Where a proposal is the very one it was, by the same annotation, nothing offered changes.
     *
     * <p>Nor where it is the same suggestion found at the same place by another annotation of the one string
     * changed, in the same spelling ({@code oneString}): a tag before the string's first annotation, or the
     * deletion of that one, moves every place of the word to another proposer, and only the order of the proposals
     * at a place can follow from it, which changes only where a proposal of another string, one of
     * {@code alongside}, stands there by an annotation between the two proposers (decision 0071).
     */
    private List<Proposals> sameAsBefore(List<Proposals> came, boolean[] proposedBefore, Places places,
                                         List<Proposals> alongside, boolean oneString) {
        Map<Suggestion, Was> had = new HashMap<>();
        for (int k = 0; k < annotations.size(); k++) {
            if (proposedBefore[k]) {
                Proposals of = proposals.get(k);
                for (int at = 0; at < of.size(); at++) {
                    had.put(of.get(at), new Was(of, at));
                }
            }
        }
        List<Proposals> kept = new ArrayList<>(came.size());
        for (Proposals now : came) {
            Suggestion[] suggestions = new Suggestion[now.size()];
            boolean keptAny = false;
            for (int at = 0; at < now.size(); at++) {
                Suggestion proposed = now.get(at);
                Was before = had.remove(proposed);
                if (before == null) {
                    places.add(proposed.span());
                    suggestions[at] = proposed;
                    continue;
                }
                if (!before.of().by().equals(now.by())
                        && (!oneString || reordered(before.of().by(), now.by(), proposed.span(), alongside))) {
                    places.add(proposed.span());
                }
                suggestions[at] = before.of().get(before.at());
                keptAny |= suggestions[at] != proposed;
            }
            kept.add(keptAny ? now.keeping(suggestions) : now);
        }
        had.values().forEach(went -> places.add(went.of().get(went.at()).span()));
        return kept;
    }

    /** Where a proposal was among the proposals of its annotation. */
    private record Was(Proposals of, int at) {
    }

    /**
     * The proposals of the annotations (as they were and still are) of other strings that may propose where
     * {@code string} does: those sharing one of its keys, since two proposals at one span were found at one range of
     * the normalised text, so by one key. Only annotations that propose something are read.
     */
    private List<Proposals> alongside(Proposing string, boolean[] ofString) {
        Set<String> itsKeys = Set.copyOf(string.keys());
        List<Proposals> alongside = new ArrayList<>();
        for (int k = 0; k < annotations.size(); k++) {
            if (!ofString[k] && !proposals.get(k).isEmpty()
                    && keys.at(annotations.get(k).span()).stream().anyMatch(itsKeys::contains)) {
                alongside.add(proposals.get(k));
            }
        }
        return alongside;
    }

    /**
     * Whether a proposal at {@code span} moving from annotation {@code from} to {@code to} changes its order among
     * the proposals there: one of {@code alongside} proposes there by an annotation stored between the two.
     */
    private static boolean reordered(Annotation from, Annotation to, Span span,
                                     List<Proposals> alongside) {
        for (Proposals proposals : alongside) {
            Annotation by = proposals.by();
            InTextOrder<Suggestion> of = proposals.suggestions();
            if (Integer.signum(STORED_ORDER.compare(by, from)) != Integer.signum(STORED_ORDER.compare(by, to))) {
                for (int at = of.firstStartingFrom(0, span.start()); at < of.size() && of.start(at) == span.start();
                     at++) {
                    if (of.get(at).span().equals(span)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The suggestions of {@code of} that overlap the places, added to {@code into} in text order. Each stretch is
     * looked up from the last one's items on, by doubling steps, from where an item overlapping it may begin (the
     * list's longest span before it), over the items' starts alone: a key walked all 850,000 proposals of the bench
     * article to find those at its places (decision 0066), and with many places, a tag's thousands, it still did, as
     * it did the other sources' suggestions at every key (decision 0071).
     */
    private static <T> void within(InTextOrder<T> of, Function<T, Suggestion> suggestion, Places places,
                                   List<Suggestion> into) {
        int at = 0;
        int k = 0;
        while (at < of.size() && k < places.stretches()) {
            if (of.start(at) < places.start(k) - of.longest()) {
                at = of.firstStartingFrom(at, places.start(k) - of.longest());
            } else if (of.start(at) >= places.end(k)) {
                k = places.firstEndingAfter(k, of.start(at));
            } else {
                // It may reach stretch k; an earlier one ended before it, a later one begins after it ends, if it
                // does not reach k.
                Suggestion item = suggestion.apply(of.get(at++));
                if (item.span().end() > places.start(k)) {
                    into.add(item);
                }
            }
        }
    }

    /**
     * The annotations that went from {@code before} or came to {@code now} (both in stored order), a changed one as
     * both; null when there are more than a few.
     */
    private static List<Annotation> changes(List<Annotation> before, List<Annotation> now) {
        List<Annotation> changed = new ArrayList<>();
        int i = 0;
        int j = 0;
        while ((i < before.size() || j < now.size()) && changed.size() <= FEW_CHANGES) {
            int order = i == before.size() ? 1 : j == now.size() ? -1 : STORED_ORDER.compare(before.get(i), now.get(j));
            if (order < 0) {
                changed.add(before.get(i++));
            } else if (order > 0) {
                changed.add(now.get(j++));
            } else {
                if (!before.get(i).equals(now.get(j))) {
                    changed.add(before.get(i));
                    changed.add(now.get(j));
                }
                i++;
                j++;
            }
        }
        return changed.size() <= FEW_CHANGES ? changed : null;
    }

    /** Which of {@code all} are annotations of these strings, in any spelling: those that propagate them. */
    private boolean[] ofStrings(List<Annotation> all, Set<Proposing> strings) {
        // The label first: the keys at each of thousands of annotations are kept, but found once each.
        Set<String> labels = new HashSet<>();
        strings.forEach(string -> labels.add(string.label()));
        boolean[] of = new boolean[all.size()];
        for (int i = 0; i < all.size(); i++) {
            Annotation annotation = all.get(i);
            of[i] = labels.contains(annotation.label())
                    && strings.contains(Proposing.of(keys.at(annotation.span()), annotation));
        }
        return of;
    }

    /**
     * The proposals of {@code now}'s annotations: those of the annotations {@code proposingNow}, in turn those
     * {@code came}; of every other one, what it proposed before, as does one whose proposals came the very ones it
     * made. Every annotation not proposing a changed string is unchanged, so it is found in {@link #annotations}, in
     * the same order.
     */
    private List<Proposals> replaced(List<Annotation> now, boolean[] proposingNow, List<Proposals> came) {
        List<Proposals> replaced = new ArrayList<>(now.size());
        int before = 0;
        int next = 0;
        for (int k = 0; k < now.size(); k++) {
            while (before < annotations.size() && STORED_ORDER.compare(annotations.get(before), now.get(k)) < 0) {
                before++;
            }
            if (!proposingNow[k]) {
                replaced.add(proposals.get(before));
                continue;
            }
            Proposals proposed = came.get(next++);
            if (before < annotations.size() && annotations.get(before).equals(now.get(k))
                    && proposals.get(before).sameAs(proposed)) {
                // Its proposals the very ones they were: the list of them too, not a copy that outlives the key.
                replaced.add(proposals.get(before));
            } else {
                replaced.add(proposed);
            }
        }
        return Collections.unmodifiableList(replaced);
    }

    /** Each suggestion with its span following the convention: under most the suggestion as found. */
    private static UnaryOperator<Suggestion> following(BoundaryConvention convention, ArticleText text) {
        return suggestion -> convention.apply(text, suggestion);
    }

    private static List<Annotation> inStoredOrder(List<Annotation> annotations) {
        List<Annotation> sorted = new ArrayList<>(annotations);
        sorted.sort(STORED_ORDER);
        return Collections.unmodifiableList(sorted);
    }

    /**
     * The suggestions offered before without those in {@code places}, and those computed again there, {@code there},
     * as one list in text order. Those left out and those computed again are named by their places, so that only
     * they are compared with each other (decision 0062); but a span whose suggestions were computed again to the very
     * same ones (a string's proposals elsewhere are kept by reference) is kept, not named. A piece of the list before
     * that no place touches and nothing computed again falls within is kept whole, not walked: the new list shares it,
     * and a key makes new pieces only where it changed something (decision 0066).
     */
    private static OfferedChange merge(OfferedList before, Places places, List<Suggestion> there) {
        OfferedList.Builder merged = new OfferedList.Builder();
        OfferedList.Reader read = before.reader();
        Positions went = new Positions();
        Positions came = new Positions();
        int i = 0;
        int j = 0;
        int piece = 0;
        // The suggestions from here to i are kept as they are, added at once when something else is to be added: a
        // piece whose places were computed again to the very suggestions it holds is kept whole (decision 0071).
        int keptFrom = 0;
        while (i < before.size() || j < there.size()) {
            while (piece < before.pieceCount() && before.pieceStart(piece) < i) {
                piece++;
            }
            if (piece < before.pieceCount() && before.pieceStart(piece) == i
                    && untouched(before.piece(piece), places, j < there.size() ? there.get(j) : null)) {
                i += before.piece(piece).size();
            } else if (i == before.size() || j < there.size()
                    && compare(there.get(j).span(), read.spanStart(i), read.spanEnd(i)) < 0) {
                merged.add(before, keptFrom, i);
                keptFrom = i;
                came.add(merged.size());
                merged.add(there.get(j++));
            } else if (!places.overlapRange(read.spanStart(i), read.spanEnd(i))) {
                i++;
            } else {
                Span span = read.get(i).span();
                int beforeEnd = sameSpanEnd(read::get, before.size(), i, span);
                int thereEnd = sameSpanEnd(there::get, there.size(), j, span);
                boolean same = beforeEnd - i == thereEnd - j;
                for (int k = 0; same && k < beforeEnd - i; k++) {
                    same = read.get(i + k) == there.get(j + k);
                }
                if (same) {
                    j = thereEnd;
                } else {
                    merged.add(before, keptFrom, i);
                    for (int k = i; k < beforeEnd; k++) {
                        went.add(k);
                    }
                    keptFrom = beforeEnd;
                }
                i = beforeEnd;
            }
        }
        merged.add(before, keptFrom, i);
        return OfferedChange.between(before, merged.build(), went.values, went.size, came.values, came.size);
    }

    /** A span compared with the span from {@code start} to {@code end}, as spans are ordered. */
    private static int compare(Span span, int start, int end) {
        int byStart = Integer.compare(span.start(), start);
        return byStart != 0 ? byStart : Integer.compare(span.end(), end);
    }

    /**
     * Whether a piece of the offered list is kept whole: no place overlaps its suggestions, and the next suggestion
     * computed again, {@code next} (null if none), comes after them all.
     */
    private static boolean untouched(OfferedPiece piece, Places places, Suggestion next) {
        return !places.overlapRange(piece.first().span().start(), piece.furthestEnd())
                && (next == null || next.span().compareTo(piece.last().span()) > 0);
    }

    /** The end of the suggestions from {@code from} on whose span is {@code span}. */
    private static int sameSpanEnd(IntFunction<Suggestion> suggestions, int size, int from, Span span) {
        int end = from;
        while (end < size && suggestions.apply(end).span().equals(span)) {
            end++;
        }
        return end;
    }

    /**
     * The keys of annotated strings, by string and by the span of an annotation: a key reads those of every
     * annotation proposing anything, and slicing each one's text again for it was thousands of strings per key
     * (decision 0075). The article's text does not change while its suggestions are kept.
     */
    private static final class Keys {
        private final ArticleText text;
        private final Map<String, List<String>> byString = new ConcurrentHashMap<>();
        private final Map<Span, List<String>> bySpan = new ConcurrentHashMap<>();

        Keys(ArticleText text) {
            this.text = text;
        }

        List<String> of(String string) {
            return byString.computeIfAbsent(string, ArabicNormalizer::keys);
        }

        List<String> at(Span span) {
            return bySpan.computeIfAbsent(span, annotated -> of(text.slice(annotated)));
        }
    }

    /** Places in a list, as plain ints. */
    private static final class Positions {
        private int[] values = new int[16];
        private int size;

        void add(int position) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = position;
        }
    }

    /**
     * The stretches of text where an edit can change what is offered: a suggestion overlapping one is computed
     * again.
     */
    private static final class Places {
        private final List<Span> spans = new ArrayList<>();
        private int[] starts;
        private int[] ends;
        /** The stretch the last span asked about was compared with. */
        private int last;

        void add(Span span) {
            spans.add(span);
        }

        /** Joins overlapping stretches, so that they can be searched by halving. */
        void close() {
            spans.sort(Comparator.naturalOrder());
            List<int[]> joined = new ArrayList<>();
            for (Span span : spans) {
                if (!joined.isEmpty() && span.start() < joined.getLast()[1]) {
                    joined.getLast()[1] = Math.max(joined.getLast()[1], span.end());
                } else {
                    joined.add(new int[] {span.start(), span.end()});
                }
            }
            starts = joined.stream().mapToInt(stretch -> stretch[0]).toArray();
            ends = joined.stream().mapToInt(stretch -> stretch[1]).toArray();
        }

        /** How many stretches there are, once closed. */
        int stretches() {
            return starts.length;
        }

        int start(int stretch) {
            return starts[stretch];
        }

        int end(int stretch) {
            return ends[stretch];
        }

        /** The first stretch from {@code from} on ending after {@code offset}, by doubling steps. */
        int firstEndingAfter(int from, int offset) {
            return SortedInts.firstAbove(ends, from, offset);
        }

        /** Whether a stretch overlaps the range from {@code start} to {@code end}. */
        boolean overlapRange(int start, int end) {
            int at = firstEndingAfter(start);
            last = at;
            return at < starts.length && starts[at] < end;
        }

        /**
         * The first stretch ending after {@code offset}: the last one found or the next when spans are asked for in
         * text order, as the offered suggestions and each annotation's proposals are, else from the first. Halving for
         * each of a million suggestions per key was a quarter of the background's time (decision 0059); halving
         * over all stretches for a span further on was still a sixth (decision 0062).
         */
        private int firstEndingAfter(int offset) {
            boolean onwards = last == 0 || ends[last - 1] <= offset;
            // Onwards by doubling steps: a tag's thousands of stretches, most spans a few stretches on from the last.
            return firstEndingAfter(onwards ? last : 0, offset);
        }
    }
}

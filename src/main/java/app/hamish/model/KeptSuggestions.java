package app.hamish.model;

import app.hamish.model.SuggestionFinder.Annotated;
import app.hamish.model.SuggestionFinder.Proposed;
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
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * What is offered on one article, kept with what it was computed from, so that an edit of a few annotations is
 * answered by computing again only where it can change anything (decision 0041). An annotation added, removed or
 * changed changes what its string proposes (the places of that one string), and what its own span covers; every
 * other place keeps what it had. Anything else changed (the text's own suggestions, the recommender's, the
 * rejections, the convention for edge marks, the sources hidden) means computing everything again, as does an
 * annotation of a string rejected as a suggestion. The result is always the one a computation of everything gives:
 * {@link SuggestionFinder#offered} without the hidden sources and without the rejected strings
 * ({@link RejectedStrings#without}). Immutable.
 */
public final class KeptSuggestions {
    /** More annotations changed at once than this are answered by computing everything again. */
    private static final int FEW_CHANGES = 64;
    /**
     * Stretches up to this many are looked up in each annotation's proposals by halving; more are met walking them.
     */
    private static final int FEW_STRETCHES = 32;
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
     * Propagation's proposals, spans following the convention, by the annotation that made them (each list in text
     * order, one per annotation, in the order of {@link #annotations}): together, the order a computation of
     * everything has. A key replaces the lists of the strings it changed and keeps the others, instead of copying
     * all of them, up to 850,000 references on the bench article (decision 0059).
     */
    private final List<List<Proposed>> proposals;
    /** No proposal's span is longer: how far before a place a proposal overlapping it may begin. */
    private final int longest;
    /** What the other sources propose, spans following the convention, in the same order as there. */
    private final List<Suggestion> others;
    /** Whether a suggestion is shown: its source not hidden, its words not rejected. */
    private final Predicate<Suggestion> shown;
    /** What is offered, and where it may differ from what was offered before this. */
    private final OfferedChange offered;

    private KeptSuggestions(SuggestionFinder finder, Article article, Sources sources, List<Annotation> annotations,
                            List<List<Proposed>> proposals, int longest, List<Suggestion> others,
                            Predicate<Suggestion> shown, OfferedChange offered) {
        this.finder = finder;
        this.article = article;
        this.sources = sources;
        this.annotations = annotations;
        this.proposals = proposals;
        this.longest = longest;
        this.others = others;
        this.shown = shown;
        this.offered = offered;
    }

    /** Everything computed for the article as it stands. */
    public static KeptSuggestions of(SuggestionFinder finder, Article article, List<Annotation> annotations,
                                     Sources sources) {
        if (!sources.fromText().of(article)) {
            throw new IllegalArgumentException("suggestions of article " + sources.fromText().articleId()
                    + " offered on " + article.id());
        }
        List<Annotation> sorted = inStoredOrder(annotations);
        NormalizedText text = sources.fromText().text();
        List<Proposed> proposals = finder.proposals(article, text, sorted).stream()
                .map(proposed -> following(sources.convention(), article.text(), proposed)).toList();
        List<Suggestion> others = new ArrayList<>(finder.corpus(article, text, sources.elsewhere()));
        others.addAll(sources.fromText().found());
        others.addAll(sources.recommended());
        others.replaceAll(found -> sources.convention().apply(article.text(), found));
        List<Suggestion> all = new ArrayList<>(proposals.size() + others.size());
        proposals.forEach(proposed -> all.add(proposed.suggestion()));
        all.addAll(others);
        Set<SuggestionSource> hidden = sources.hidden();
        Predicate<Suggestion> keeping = sources.strings().keeping(article.text(), sorted);
        Predicate<Suggestion> shown = suggestion -> !hidden.contains(suggestion.source()) && keeping.test(suggestion);
        return new KeptSuggestions(finder, article, sources, sorted, byAnnotation(sorted, proposals),
                longest(proposals, 0), List.copyOf(others), shown, OfferedChange.whole(OfferedList.of(
                        SuggestionFinder.settle(all, sources.rejected(), sorted).stream().filter(shown).toList())));
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
        List<Annotation> changed = changes(annotations, sorted);
        if (changed == null) {
            return null;
        }
        if (changed.isEmpty()) {
            return new KeptSuggestions(finder, article, given, annotations, proposals, longest, others, shown,
                    OfferedChange.same(offered()));
        }
        Set<Annotated> strings = new HashSet<>();
        for (Annotation annotation : changed) {
            String words = article.text().slice(annotation.span());
            if (given.strings().rejects(words, annotation.label())) {
                return null;
            }
            strings.add(new Annotated(words, annotation.label(), annotation.subtype()));
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
        List<Proposed> came = sameAsBefore(finder.proposals(article, sources.fromText().text(), proposers).stream()
                .map(proposed -> following(sources.convention(), article.text(), proposed)).toList(),
                proposedBefore, places);
        places.close();

        List<List<Proposed>> merged = replaced(sorted, proposingNow, byAnnotation(sorted, came));
        int longestNow = longest(came, longest);
        List<Suggestion> proposedThere = new ArrayList<>();
        for (List<Proposed> of : merged) {
            proposedWithin(of, places, longestNow, proposedThere);
        }
        others.forEach(suggestion -> {
            if (places.overlap(suggestion.span())) {
                proposedThere.add(suggestion);
            }
        });
        List<Suggestion> there = SuggestionFinder.settle(proposedThere, sources.rejected(), sorted).stream()
                .filter(shown).toList();
        return new KeptSuggestions(finder, article, given, sorted, merged, longestNow, others, shown,
                merge(OfferedList.of(offered()), places, there));
    }

    /**
     * The proposals of the changed strings {@code came}, each one equal to a proposal the annotations
     * {@code proposedBefore} made being that very object, and each suggestion equal to one they proposed being that
     * suggestion; the places of the proposals that went, came or changed added to {@code places}. A tag, a deletion or
     * an undo computes again a string's proposals at the thousands of places of its words, mostly the same: new
     * objects for them lived until the string changed again, several keys, so the young collections copied and
     * promoted them, and each differed by reference from what was offered, so the offered list was rebuilt there
     * (decision 0066). Where a proposal is the very one it was, by the same annotation, nothing offered changes.
     */
    private List<Proposed> sameAsBefore(List<Proposed> came, boolean[] proposedBefore, Places places) {
        Map<Proposed, Proposed> had = new HashMap<>();
        Map<Suggestion, Suggestion> suggested = new HashMap<>();
        for (int k = 0; k < annotations.size(); k++) {
            if (proposedBefore[k]) {
                for (Proposed proposed : proposals.get(k)) {
                    had.put(proposed, proposed);
                    suggested.put(proposed.suggestion(), proposed.suggestion());
                }
            }
        }
        List<Proposed> kept = new ArrayList<>(came.size());
        for (Proposed proposed : came) {
            Proposed same = had.remove(proposed);
            if (same == null) {
                places.add(proposed.suggestion().span());
                Suggestion known = suggested.get(proposed.suggestion());
                same = known == null ? proposed : new Proposed(proposed.by(), proposed.found(), known);
            }
            kept.add(same);
        }
        had.keySet().forEach(went -> places.add(went.suggestion().span()));
        return kept;
    }

    /**
     * The suggestions of one annotation's proposals {@code of} (in text order) that overlap the places, added to
     * {@code into} in that order. A few places are looked up by halving from where a proposal overlapping each may
     * begin: a key that changes what is offered at one place walked all 850,000 proposals of the bench article to
     * find the few there (decision 0066).
     */
    private static void proposedWithin(List<Proposed> of, Places places, int longest, List<Suggestion> into) {
        if (places.stretches() > FEW_STRETCHES) {
            for (Proposed proposed : of) {
                if (places.overlap(proposed.suggestion().span())) {
                    into.add(proposed.suggestion());
                }
            }
            return;
        }
        int next = 0;
        for (int k = 0; k < places.stretches() && next < of.size(); k++) {
            int at = Math.max(next, firstStartingFrom(of, places.start(k) - longest));
            for (; at < of.size() && of.get(at).suggestion().span().start() < places.end(k); at++) {
                if (of.get(at).suggestion().span().end() > places.start(k)) {
                    into.add(of.get(at).suggestion());
                }
            }
            next = at;
        }
    }

    /** The first of these proposals (in text order) beginning at or after {@code offset}. */
    private static int firstStartingFrom(List<Proposed> proposals, int offset) {
        int low = 0;
        int high = proposals.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (proposals.get(mid).suggestion().span().start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The longest span of these proposals, or {@code atLeast}. */
    private static int longest(List<Proposed> proposals, int atLeast) {
        int longest = atLeast;
        for (Proposed proposed : proposals) {
            longest = Math.max(longest, proposed.suggestion().span().length());
        }
        return longest;
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

    /** Which of {@code all} are annotations of these strings: those that propagate them. */
    private boolean[] ofStrings(List<Annotation> all, Set<Annotated> strings) {
        // Label and length first: slicing each of thousands of annotations would be garbage for nothing.
        List<Annotated> wanted = List.copyOf(strings);
        int[] lengths = wanted.stream().mapToInt(string -> string.text().codePointCount(0, string.text().length()))
                .toArray();
        boolean[] of = new boolean[all.size()];
        for (int i = 0; i < all.size(); i++) {
            Annotation annotation = all.get(i);
            boolean maybe = false;
            for (int k = 0; k < lengths.length && !maybe; k++) {
                maybe = lengths[k] == annotation.span().length() && wanted.get(k).label().equals(annotation.label());
            }
            of[i] = maybe && strings.contains(Annotated.of(article.text(), annotation));
        }
        return of;
    }

    /**
     * The proposals of {@code now}'s annotations: those of the annotations {@code proposingNow}, {@code came}; of
     * every other one, what it proposed before, as does one whose proposals came the very ones it made. Every
     * annotation not proposing a changed string is unchanged, so it is found in {@link #annotations}, in the same
     * order.
     */
    private List<List<Proposed>> replaced(List<Annotation> now, boolean[] proposingNow, List<List<Proposed>> came) {
        List<List<Proposed>> replaced = new ArrayList<>(now.size());
        int before = 0;
        for (int k = 0; k < now.size(); k++) {
            while (before < annotations.size() && STORED_ORDER.compare(annotations.get(before), now.get(k)) < 0) {
                before++;
            }
            if (!proposingNow[k]) {
                replaced.add(proposals.get(before));
            } else if (before < annotations.size() && annotations.get(before).equals(now.get(k))
                    && sameObjects(proposals.get(before), came.get(k))) {
                // Its proposals the very ones they were: the list of them too, not a copy that outlives the key.
                replaced.add(proposals.get(before));
            } else {
                replaced.add(came.get(k));
            }
        }
        return Collections.unmodifiableList(replaced);
    }

    private static boolean sameObjects(List<Proposed> before, List<Proposed> now) {
        if (before.size() != now.size()) {
            return false;
        }
        for (int k = 0; k < before.size(); k++) {
            if (before.get(k) != now.get(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Proposals ordered by the annotation that made each (in {@code annotations}' stored order), then by where they
     * were found, as one list per annotation.
     */
    private static List<List<Proposed>> byAnnotation(List<Annotation> annotations, List<Proposed> proposals) {
        List<List<Proposed>> by = new ArrayList<>(annotations.size());
        int from = 0;
        for (Annotation annotation : annotations) {
            int to = from;
            while (to < proposals.size() && proposals.get(to).by().id() == annotation.id()) {
                to++;
            }
            by.add(from == to ? List.of() : List.copyOf(proposals.subList(from, to)));
            from = to;
        }
        if (from != proposals.size()) {
            throw new IllegalStateException("proposals not in the annotations' order");
        }
        return Collections.unmodifiableList(by);
    }

    private static Proposed following(BoundaryConvention convention, ArticleText text, Proposed proposed) {
        return new Proposed(proposed.by(), proposed.found(), convention.apply(text, proposed.suggestion()));
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
        while (i < before.size() || j < there.size()) {
            while (piece < before.pieceCount() && before.pieceStart(piece) < i) {
                piece++;
            }
            if (piece < before.pieceCount() && before.pieceStart(piece) == i
                    && untouched(before.piece(piece), places, j < there.size() ? there.get(j) : null)) {
                merged.add(before.piece(piece));
                i += before.piece(piece).size();
            } else if (i == before.size()
                    || j < there.size() && there.get(j).span().compareTo(read.get(i).span()) < 0) {
                came.add(merged.size());
                merged.add(there.get(j++));
            } else if (!places.overlap(read.get(i).span())) {
                merged.add(read.get(i++));
            } else {
                Span span = read.get(i).span();
                int beforeEnd = sameSpanEnd(read::get, before.size(), i, span);
                int thereEnd = sameSpanEnd(there::get, there.size(), j, span);
                boolean same = beforeEnd - i == thereEnd - j;
                for (int k = 0; same && k < beforeEnd - i; k++) {
                    same = read.get(i + k) == there.get(j + k);
                }
                for (int k = i; k < beforeEnd; k++) {
                    if (same) {
                        merged.add(read.get(k));
                    } else {
                        went.add(k);
                    }
                }
                if (same) {
                    j = thereEnd;
                }
                i = beforeEnd;
            }
        }
        return OfferedChange.between(before, merged.build(), went.values, went.size, came.values, came.size);
    }

    /**
     * Whether a piece of the offered list is kept whole: no place overlaps its suggestions, and the next suggestion
     * computed again, {@code next} (null if none), comes after them all.
     */
    private static boolean untouched(OfferedList.Piece piece, Places places, Suggestion next) {
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

        boolean overlap(Span span) {
            return overlapRange(span.start(), span.end());
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

        /** Whether a stretch overlaps the range from {@code start} to {@code end}. */
        boolean overlapRange(int start, int end) {
            int at = firstEndingAfter(start);
            last = at;
            return at < starts.length && starts[at] < end;
        }

        /**
         * The first stretch ending after {@code offset}: the last one found or the next when spans are asked for in
         * text order, as the offered suggestions and each annotation's proposals are, else by halving. Halving for
         * each of a million suggestions per key was a quarter of the background's time (decision 0059); halving
         * over all stretches for a span further on was still a sixth (decision 0062).
         */
        private int firstEndingAfter(int offset) {
            int at = last;
            boolean onwards = at == 0 || ends[at - 1] <= offset;
            if (onwards && (at == ends.length || ends[at] > offset)) {
                return at;
            }
            if (onwards && (at + 1 == ends.length || ends[at + 1] > offset)) {
                return at + 1;
            }
            int low = onwards ? at + 2 : 0;
            int high = onwards ? ends.length : at;
            // Onwards by doubling steps: a tag's thousands of stretches, most spans a few stretches on from the last.
            for (int step = 1; onwards && low + step - 1 < high; step *= 2) {
                if (ends[low + step - 1] > offset) {
                    high = low + step - 1;
                } else {
                    low += step;
                }
            }
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (ends[mid] <= offset) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        }
    }
}

package app.hamish.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The offered list kept in pieces across keys (decision 0066): after any sequence of tags, deletions and relabellings
 * it is the list a computation of everything gives, every suggestion the change does not name is the very object it
 * was, and a key that changes what is offered at one place makes new pieces there alone.
 */
class KeptSuggestionsPiecesTest {
    private static final String[] WORDS = {"القاهرة", "دمشق", "مصادر", "مطلعة", "الرئيس", "وزير", "الخارجية",
            "زيارة", "أمني", "رفيع", "المستوى", "مملوك", "السيسي", "والقاهرة", "التنسيق", "وقالت", "،"};
    private static final String[] LABELS = {Label.ENTITY, Label.CLAIM, Label.UNVERIFIED_SOURCE};
    private static final SuggestionFinder FINDER = new SuggestionFinder(CueLexicon.parse(List.of("مصادر مطلعة")));

    private final Article article = article(new Random(5), 4_000);
    private final List<Span> words = words(article);
    private final SuggestionFinder.TextSuggestions fromText = FINDER.fromText(article);
    private long nextId = 1;

    @Test
    void piecesKeptAcrossRandomChangesGiveWhatAComputationOfEverythingGives() {
        Random random = new Random(23);
        List<Annotation> annotations = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            annotations.add(annotation(words.get(random.nextInt(words.size())), LABELS[random.nextInt(3)]));
        }
        KeptSuggestions kept = KeptSuggestions.of(FINDER, article, annotations, sources());
        assertThat(((OfferedList) kept.offered()).pieceCount()).as("a list of many pieces").isGreaterThan(8);
        for (int step = 0; step < 300; step++) {
            String did = change(random, annotations);
            List<Suggestion> before = kept.offered();
            kept = kept.after(article, annotations, sources());
            assertThat(kept).as("step %d (%s) computed where it changed", step, did).isNotNull();
            assertThat(kept.offered()).as("after step %d (%s)", step, did)
                    .isEqualTo(KeptSuggestions.of(FINDER, article, annotations, sources()).offered());
            assertThat(replayed(before, kept.change())).as("the change replayed, step %d (%s)", step, did)
                    .containsExactlyElementsOf(kept.offered());
        }
    }

    /**
     * A deletion of the annotation the last key added, and the undo of that deletion, bring the annotations back to
     * what they were: what is offered is the very list offered then, its change the way back, and the keys after it
     * compute from there what a computation of everything gives (decision 0075).
     */
    @Test
    void aDeletionOfWhatTheLastKeyAddedAndItsUndoOfferWhatWasOfferedThen() {
        Random random = new Random(47);
        List<Annotation> annotations = everyWordAnnotatedAt(1);
        KeptSuggestions kept = KeptSuggestions.of(FINDER, article, annotations, sources());
        for (int step = 0; step < 80; step++) {
            List<Suggestion> beforeTag = kept.offered();
            Annotation tagged = annotation(words.get(random.nextInt(words.size())), LABELS[random.nextInt(3)]);
            annotations.add(tagged);
            kept = checkedAfter(kept, annotations, step, "tag");
            List<Suggestion> afterTag = kept.offered();

            annotations.remove(tagged);
            kept = checkedAfter(kept, annotations, step, "delete");
            assertThat(kept.offered()).as("step %d: the list offered before the tag", step).isSameAs(beforeTag);

            annotations.add(tagged);
            kept = checkedAfter(kept, annotations, step, "undo");
            assertThat(kept.offered()).as("step %d: the list offered before the deletion", step).isSameAs(afterTag);

            kept = checkedAfter(kept, annotations, step, change(random, annotations));
            kept = checkedAfter(kept, annotations, step, "nothing");
        }
    }

    /** The suggestions after {@code annotations} changed, checked against a computation of everything. */
    private KeptSuggestions checkedAfter(KeptSuggestions kept, List<Annotation> annotations, int step, String did) {
        KeptSuggestions after = kept.after(article, annotations, sources());
        assertThat(after).as("step %d (%s) computed where it changed", step, did).isNotNull();
        assertThat(after.offered()).as("after step %d (%s)", step, did)
                .isEqualTo(KeptSuggestions.of(FINDER, article, annotations, sources()).offered());
        assertThat(replayed(kept.offered(), after.change())).as("the change replayed, step %d (%s)", step, did)
                .containsExactlyElementsOf(after.offered());
        return after;
    }

    /**
     * Spans of one to three words, punctuation within and at their edges, labels and subtypes at random, so that
     * strings of one word with its proclitic, of several words, of a mark alone and of one word as two labels or
     * two subtypes propose at the same places: a key that moves a word's places to another annotation of its string
     * computes nothing there unless a proposal of another string stands between the two (decision 0071), and a key
     * reads only the proposals of strings whose keys can overlap the changed one's.
     */
    @Test
    void stringsOfSeveralWordsAndMarksKeptAcrossRandomChangesGiveWhatAComputationOfEverythingGives() {
        stringsOfSeveralWordsKeptAcrossRandomChanges(new Random(31), BoundaryConvention.WORD_RULES, new String[] {" "},
                400);
    }

    /**
     * Spans that take in the invisible marks against their words grow into each other where their matches only touch
     * with a mark between (a claim ending in » and a name beginning with « on either side of an RLM): every convention
     * for the marks, with marks between the words, gives what a computation of everything gives.
     */
    @Test
    void spansGrownOverMarksKeptAcrossRandomChangesGiveWhatAComputationOfEverythingGives() {
        BoundaryConvention.Edge[] edges = BoundaryConvention.Edge.values();
        Random random = new Random(41);
        for (BoundaryConvention.Edge leading : edges) {
            for (BoundaryConvention.Edge trailing : edges) {
                stringsOfSeveralWordsKeptAcrossRandomChanges(random, new BoundaryConvention(leading, trailing),
                        new String[] {" ", "\u200F", " \u200F", "\u200E "}, 120);
            }
        }
    }

    /**
     * Spellings of one string (tatweel, diacritics, a final ha for a ta marbuta) annotated apart propose together
     * (decision 0100): a key that tags or deletes one of them computes again the proposals of every spelling, and
     * gives what a computation of everything gives.
     */
    @Test
    void spellingsOfOneStringKeptAcrossRandomChangesGiveWhatAComputationOfEverythingGives() {
        String[] words = {"القاهرة", "القاهره", "القاهـرة", "والقاهرة", "دمشق", "دمشـق", "مصادر", "مطلعة", "مُطلعة",
                "مملوك", "مَملوك", "قالت", "،"};
        assertThat(ArabicNormalizer.keys("القاهره")).as("spellings of one string")
                .isEqualTo(ArabicNormalizer.keys("القاهـرة")).isEqualTo(ArabicNormalizer.keys("القاهرة"));
        assertThat(ArabicNormalizer.keys("مَملوك")).isEqualTo(ArabicNormalizer.keys("مملوك"));
        stringsOfSeveralWordsKeptAcrossRandomChanges(new Random(37), BoundaryConvention.WORD_RULES,
                new String[] {" "}, 400, words);
    }

    private void stringsOfSeveralWordsKeptAcrossRandomChanges(Random random, BoundaryConvention convention,
                                                              String[] separators, int steps) {
        stringsOfSeveralWordsKeptAcrossRandomChanges(random, convention, separators, steps, new String[] {"القاهرة",
                "والقاهرة", "دمشق", "مصادر", "مطلعة", "«علي", "مملوك»", "مملوك", "بـ59", "(Tomahawk)", "مواجـ.ـهة",
                "وقالت", "قالت", "،", "الرئيس", "علي»", "«مملوك"});
    }

    private void stringsOfSeveralWordsKeptAcrossRandomChanges(Random random, BoundaryConvention convention,
                                                              String[] separators, int steps, String[] words) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 3_000; i++) {
            text.append(words[random.nextInt(words.length)])
                    .append(i % 120 == 0 ? "\n\n" : separators[random.nextInt(separators.length)]);
        }
        Article marked = SuggestionFinderTest.article(text.toString().strip());
        List<Span> tokens = new ArrayList<>();
        Matcher token = Pattern.compile("[^\\s\u200E\u200F]+").matcher(marked.text().value());
        while (token.find()) {
            tokens.add(marked.text().spanFromUtf16(token.start(), token.end()));
        }
        SuggestionFinder.TextSuggestions itsText = FINDER.fromText(marked);
        KeptSuggestions.Sources sources = new KeptSuggestions.Sources(itsText, Set.of(), List.of(), List.of(),
                convention, Set.of(), RejectedStrings.NONE);
        List<Annotation> annotations = new ArrayList<>();
        KeptSuggestions kept = KeptSuggestions.of(FINDER, marked, annotations, sources);
        for (int step = 0; step < steps; step++) {
            String did;
            if (annotations.isEmpty() || random.nextInt(3) > 0) {
                int first = random.nextInt(tokens.size() - 2);
                Span span = new Span(tokens.get(first).start(), tokens.get(first + random.nextInt(3)).end());
                String label = LABELS[random.nextInt(3)];
                String subtype = random.nextInt(4) == 0 ? "person" : null;
                annotations.add(new Annotation(nextId++, marked.id(), 1, span, label, subtype, "",
                        Provenance.MANUAL, Instant.EPOCH, Instant.EPOCH));
                did = "tag";
            } else {
                annotations.remove(random.nextInt(annotations.size()));
                did = "delete";
            }
            List<Suggestion> before = kept.offered();
            kept = kept.after(marked, annotations, sources);
            assertThat(kept).as("step %d (%s) computed where it changed, %s", step, did, convention).isNotNull();
            assertThat(kept.offered()).as("after step %d (%s), %s", step, did, convention)
                    .isEqualTo(KeptSuggestions.of(FINDER, marked, annotations, sources).offered());
            assertThat(replayed(before, kept.change())).as("the change replayed, step %d (%s)", step, did)
                    .containsExactlyElementsOf(kept.offered());
        }
    }

    /**
     * A string annotated again with a subtype proposes at every place of its word, where the same word without one
     * already proposes the same label: what is offered changes at its own place alone, and the pieces of the offered
     * list elsewhere, whose places were computed again to the very suggestions they hold, are kept whole.
     */
    @Test
    void placesComputedAgainToTheSameSuggestionsKeepTheirPieces() {
        piecesMadeAnewAdding(() -> new Annotation(nextId++, article.id(), 1, placeOf(WORDS[0], 3), Label.ENTITY,
                "city", "", Provenance.MANUAL, Instant.EPOCH, Instant.EPOCH));
    }

    @Test
    void aKeyChangingOnePlaceMakesNewPiecesThereAlone() {
        // A third place of a word annotated at its second: every other place is still proposed by that annotation.
        KeptSuggestions kept = piecesMadeAnewAdding(() -> annotation(placeOf(WORDS[1], 2), Label.ENTITY));
        assertThat(kept.change().wentSize() + kept.change().cameSize()).as("suggestions named").isEqualTo(1);
    }

    /**
     * Each word annotated at its second place, then the annotation {@code added}: the offered list it leaves is a
     * computation of everything, made anew in one or two of its pieces.
     */
    private KeptSuggestions piecesMadeAnewAdding(Supplier<Annotation> added) {
        List<Annotation> annotations = everyWordAnnotatedAt(1);
        KeptSuggestions kept = KeptSuggestions.of(FINDER, article, annotations, sources());
        OfferedList before = (OfferedList) kept.offered();

        annotations.add(added.get());
        kept = kept.after(article, annotations, sources());
        OfferedList after = (OfferedList) kept.offered();

        assertThat(after).isEqualTo(KeptSuggestions.of(FINDER, article, annotations, sources()).offered());
        assertThat(before.pieceCount()).as("a list of many pieces").isGreaterThan(8);
        assertThat(madeAnew(before, after)).as("pieces made anew of %d", after.pieceCount()).isBetween(1, 2);
        return kept;
    }

    @Test
    void aWordsPlacesProposedByAnotherAnnotationAreTheSameSuggestions() {
        List<Annotation> annotations = everyWordAnnotatedAt(1);
        KeptSuggestions kept = KeptSuggestions.of(FINDER, article, annotations, sources());
        List<Suggestion> before = kept.offered();

        // The word's first place, before the annotation at its second in the stored order: it proposes them now.
        annotations.add(annotation(placeOf(WORDS[1], 0), Label.ENTITY));
        kept = kept.after(article, annotations, sources());

        assertThat(kept.offered()).isEqualTo(KeptSuggestions.of(FINDER, article, annotations, sources()).offered());
        Map<Suggestion, Suggestion> had = new HashMap<>();
        before.forEach(suggestion -> had.put(suggestion, suggestion));
        assertThat(kept.offered()).as("suggestions offered before").allSatisfy(
                suggestion -> assertThat(suggestion).isSameAs(had.get(suggestion)));
        assertThat(kept.change().wentSize() + kept.change().cameSize()).as("suggestions named").isEqualTo(1);
    }

    /**
     * Words tagged in a row where they were not annotated, each then proposing itself at its ~235 places, in every
     * piece of the offered list; a suggestion accepted among those just proposed, a deletion and its undo, another
     * analyst's annotation: each key offers what a computation of everything gives, and holds anew only what it
     * added, the pieces before it kept beside as runs of them, not copied (decision 0080).
     */
    @Test
    void wordsTaggedInARowHoldAnewOnlyWhatTheyAdd() {
        List<Annotation> annotations = new ArrayList<>(everyWordAnnotatedAt(1).subList(0, 8));
        KeptSuggestions kept = KeptSuggestions.of(FINDER, article, annotations, sources());
        int copied = 0;
        int offered = 0;
        for (int k = 8; k < WORDS.length - 1; k++) {
            annotations.add(annotation(placeOf(WORDS[k], 0), Label.ENTITY));
            KeptSuggestions tagged = checkedAfter(kept, annotations, k, "tag of " + WORDS[k]);
            int added = tagged.offered().size() - kept.offered().size() + 1;
            int held = heldAnew((OfferedList) kept.offered(), (OfferedList) tagged.offered());
            assertThat(held).as("suggestions held anew by tag %d of %d added", k, added)
                    .isLessThanOrEqualTo(k == 8 ? added : tagged.offered().size());
            copied += held;
            offered += tagged.offered().size();
            kept = tagged;
        }
        assertThat(copied).as("suggestions held anew over the tags, of %d offered after them", offered)
                .isLessThan(offered * 2 / 3);

        Suggestion accepted = kept.offered().get(kept.offered().size() / 2);
        annotations.add(new Annotation(nextId++, article.id(), 1, accepted.span(), accepted.label(),
                accepted.subtype(), "", Provenance.SUGGESTED, Instant.EPOCH, Instant.EPOCH));
        kept = checkedAfter(kept, annotations, 0, "accept");
        Annotation deleted = annotations.remove(annotations.size() - 2);
        kept = checkedAfter(kept, annotations, 0, "delete");
        annotations.add(deleted);
        kept = checkedAfter(kept, annotations, 0, "undo");
        annotations.add(new Annotation(nextId++, article.id(), 2, placeOf(WORDS[16 - 1], 3), Label.CLAIM, null, "",
                Provenance.MANUAL, Instant.EPOCH, Instant.EPOCH));
        checkedAfter(kept, annotations, 0, "another analyst's tag");
    }

    /** How many suggestions of {@code after} are held in arrays that no piece of {@code before} holds. */
    private static int heldAnew(OfferedList before, OfferedList after) {
        Map<OfferedPiece.Flat, Boolean> had = new IdentityHashMap<>();
        for (int k = 0; k < before.pieceCount(); k++) {
            OfferedPiece piece = before.piece(k);
            piece.runs(0, piece.size(), (flat, from, count) -> had.put(flat, true));
        }
        int[] held = {0};
        for (int k = 0; k < after.pieceCount(); k++) {
            OfferedPiece piece = after.piece(k);
            piece.runs(0, piece.size(), (flat, from, count) -> held[0] += had.containsKey(flat) ? 0 : count);
        }
        return held[0];
    }

    /** How many of the pieces of {@code after} are not pieces of {@code before}. */
    private static int madeAnew(OfferedList before, OfferedList after) {
        Map<OfferedPiece, Boolean> had = new IdentityHashMap<>();
        for (int k = 0; k < before.pieceCount(); k++) {
            had.put(before.piece(k), true);
        }
        int made = 0;
        for (int k = 0; k < after.pieceCount(); k++) {
            made += had.containsKey(after.piece(k)) ? 0 : 1;
        }
        return made;
    }

    /** Each word annotated as an entity at its {@code place}th place: its other places are proposed. */
    private List<Annotation> everyWordAnnotatedAt(int place) {
        List<Annotation> annotations = new ArrayList<>();
        for (String word : WORDS) {
            if (!word.equals("،")) {
                annotations.add(annotation(placeOf(word, place), Label.ENTITY));
            }
        }
        return annotations;
    }

    /** Tags a word, deletes an annotation or relabels one, at random, in {@code annotations}. */
    private String change(Random random, List<Annotation> annotations) {
        int what = random.nextInt(4);
        String label = LABELS[random.nextInt(3)];
        if (what <= 1 || annotations.isEmpty()) {
            Span word = words.get(random.nextInt(words.size()));
            if (annotations.stream().noneMatch(annotation -> annotation.span().equals(word)
                    && annotation.label().equals(label))) {
                annotations.add(annotation(word, label));
            }
            return "tag";
        }
        Annotation chosen = annotations.remove(random.nextInt(annotations.size()));
        if (what == 2) {
            return "delete";
        }
        annotations.add(new Annotation(chosen.id(), chosen.articleId(), chosen.annotatorId(), chosen.span(), label,
                null, "", Provenance.MANUAL, Instant.EPOCH, Instant.EPOCH, chosen.version() + 1));
        return "relabel";
    }

    /**
     * The list before without the suggestions the change says went, with those it says came at their places, every
     * other one taken from the list before: checked by reference, as the workbench compares only those named.
     */
    private static List<Suggestion> replayed(List<Suggestion> before, OfferedChange change) {
        List<Suggestion> kept = new ArrayList<>();
        int went = 0;
        for (int i = 0; i < before.size(); i++) {
            if (went < change.wentSize() && change.went(went) == i) {
                went++;
            } else {
                kept.add(before.get(i));
            }
        }
        List<Suggestion> now = new ArrayList<>();
        int came = 0;
        int from = 0;
        for (int i = 0; i < change.offered().size(); i++) {
            if (came < change.cameSize() && change.came(came) == i) {
                now.add(change.offered().get(i));
                came++;
            } else {
                Suggestion same = kept.get(from++);
                assertThat(change.offered().get(i)).as("the suggestion kept at %d", i).isSameAs(same);
                now.add(same);
            }
        }
        assertThat(from).as("every suggestion kept is in the new list").isEqualTo(kept.size());
        return now;
    }

    private Span placeOf(String word, int k) {
        return words.stream().filter(span -> slice(span).equals(word)).skip(k).findFirst().orElseThrow();
    }

    private String slice(Span span) {
        return article.text().slice(span);
    }

    private Annotation annotation(Span span, String label) {
        return new Annotation(nextId++, article.id(), 1, span, label, null, "", Provenance.MANUAL, Instant.EPOCH,
                Instant.EPOCH);
    }

    @Test
    void proposalsFromAnotherCorpusOrConventionAreNotSettledWithTheseSources() {
        KeptSuggestions.Proposed otherCorpus = KeptSuggestions.propose(FINDER, article, fromText.text(), List.of(),
                BoundaryConvention.WORD_RULES, List.of(new AnnotatedText("القاهرة", Label.ENTITY, null)));
        KeptSuggestions.Proposed otherConvention = KeptSuggestions.propose(FINDER, article, fromText.text(),
                List.of(), new BoundaryConvention(BoundaryConvention.Edge.INCLUDED, BoundaryConvention.Edge.INCLUDED),
                List.of());

        for (KeptSuggestions.Proposed proposed : List.of(otherCorpus, otherConvention)) {
            assertThatThrownBy(() -> KeptSuggestions.of(FINDER, article, sources(), proposed, Runnable::run))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("settled with other sources");
        }
        KeptSuggestions.Proposed these = KeptSuggestions.propose(FINDER, article, fromText.text(), List.of(),
                BoundaryConvention.WORD_RULES, List.of());
        assertThat(KeptSuggestions.of(FINDER, article, sources(), these, Runnable::run).offered())
                .isEqualTo(KeptSuggestions.of(FINDER, article, List.of(), sources()).offered());
    }

    private KeptSuggestions.Sources sources() {
        return new KeptSuggestions.Sources(fromText, Set.of(), List.of(), List.of(),
                BoundaryConvention.WORD_RULES, Set.of(), RejectedStrings.NONE);
    }

    private static Article article(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= words; i++) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(i % 120 == 0 ? "\n\n" : " ");
        }
        return SuggestionFinderTest.article(text.toString().strip());
    }

    private static List<Span> words(Article article) {
        List<Span> words = new ArrayList<>();
        Matcher word = Pattern.compile("\\p{L}+").matcher(article.text().value());
        while (word.find()) {
            words.add(article.text().spanFromUtf16(word.start(), word.end()));
        }
        return words;
    }
}

package app.hamish.service.recommender;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.Span;

/**
 * Finds names in one article's paragraphs as OpenNLP's {@code NameFinderME} does with the same model, to the same
 * spans, types and probabilities (decision 0090), at a tenth of its cost: the features of Hamish's descriptor are
 * computed from each distinct token's weights found once ({@link TokenFeatures}), the scores of a token's features
 * that do not depend on the outcomes before it are summed once for all candidates of the beam, candidates ending in
 * the same two outcomes share one evaluation ({@link OutcomeProbabilities}), and a candidate sequence points at the
 * one it extends instead of copying it. The beam search, the sequence validator, the adaptive data (each token's
 * last outcome, carried from paragraph to paragraph) and the order of every sum are OpenNLP's, so the doubles are
 * the same. One article at a time, on one thread: the adaptive data is the article's.
 */
final class NameDecoder {
    /** OpenNLP's {@code BeamSearch}: a sequence less likely than this is dropped. */
    private static final double LEAST_SCORE = -100000;
    /** {@code Sequence}'s order: the likelier first. */
    private static final Comparator<Candidate> LIKELIER_FIRST = (one, other) -> Double.compare(other.score, one.score);

    private final NameWeights weights;
    private final Map<String, TokenFeatures> tokens = new HashMap<>();
    /** {@code def}, and {@code S=begin} on a paragraph's first token. */
    private final Context prior;
    private final Context first;
    /** {@code pd=}: the outcome a token was last given, by outcome, {@code pd=null} first. */
    private final Context[] lastGiven;
    /** {@code po=} and {@code ppo=}: the outcome one and two tokens before, by outcome, "other" first. */
    private final Context[] oneBefore;
    private final Context[] twoBefore;
    /** The probabilities evaluated at the current token, one for each pair of outcomes before it in the beam. */
    private final OutcomeProbabilities[] evaluations;

    NameDecoder(NameWeights weights) {
        this.weights = weights;
        prior = weights.feature("def");
        first = weights.feature("S=begin");
        int outcomes = weights.outcomeCount();
        lastGiven = new Context[outcomes + 1];
        oneBefore = new Context[outcomes + 1];
        twoBefore = new Context[outcomes + 1];
        evaluations = new OutcomeProbabilities[weights.beamSize()];
        Arrays.setAll(evaluations, e -> new OutcomeProbabilities(outcomes));
        for (int outcome = NameWeights.NONE; outcome < outcomes; outcome++) {
            lastGiven[outcome + 1] = weights.feature("pd=" + (outcome == NameWeights.NONE ? null
                    : weights.outcome(outcome)));
            oneBefore[outcome + 1] = weights.feature("po=" + weights.outcome(outcome));
            twoBefore[outcome + 1] = weights.feature("ppo=" + weights.outcome(outcome));
        }
    }

    /** One candidate of the beam: its last outcome and the candidate it extends. */
    private record Candidate(Candidate before, int outcome, double probability, double score) {
        static final Candidate START = new Candidate(null, NameWeights.NONE, 1, 0);

        int outcomeBefore() {
            return before == null ? NameWeights.NONE : before.outcome;
        }
    }

    /**
     * The names in a paragraph's tokens, as {@code NameFinderME.find} gives them: each with its type and the mean of
     * its tokens' probabilities; the tokens' outcomes are then remembered for the paragraphs after.
     */
    Span[] find(String[] forms) {
        TokenFeatures[] paragraph = new TokenFeatures[forms.length];
        for (int i = 0; i < forms.length; i++) {
            paragraph[i] = tokens.computeIfAbsent(forms[i], form -> new TokenFeatures(form, weights));
        }
        Candidate best = best(paragraph);
        if (best == null) {
            // NameFinderME fails here (every sequence fell below the least score, which takes tens of thousands of
            // tokens in one paragraph): no name is found in it instead.
            return new Span[0];
        }
        int[] outcomes = new int[forms.length];
        double[] probabilities = new double[forms.length];
        for (int i = forms.length - 1; i >= 0; i--) {
            outcomes[i] = best.outcome;
            probabilities[i] = best.probability;
            best = best.before;
        }
        List<String> named = new ArrayList<>(forms.length);
        for (int i = 0; i < forms.length; i++) {
            paragraph[i].lastOutcome = outcomes[i];
            named.add(weights.outcome(outcomes[i]));
        }
        Span[] names = weights.codec().decode(named);
        for (int n = 0; n < names.length; n++) {
            double sum = 0;
            for (int i = names[n].getStart(); i < names[n].getEnd(); i++) {
                sum += probabilities[i];
            }
            names[n] = new Span(names[n], sum / names[n].length());
        }
        return names;
    }

    /** OpenNLP's {@code BeamSearch.bestSequences} for one sequence, step for step, or null when none is left. */
    private Candidate best(TokenFeatures[] paragraph) {
        int size = weights.beamSize();
        int outcomes = weights.outcomeCount();
        PriorityQueue<Candidate> previous = new PriorityQueue<>(size, LIKELIER_FIRST);
        PriorityQueue<Candidate> next = new PriorityQueue<>(size, LIKELIER_FIRST);
        previous.add(Candidate.START);
        double[] common = new double[outcomes];
        double[] scores = new double[outcomes];
        for (int i = 0; i < paragraph.length; i++) {
            Arrays.fill(common, 0);
            addCommon(common, paragraph, i);
            int evaluated = 0;
            int extended = Math.min(size, previous.size());
            for (int k = 0; !previous.isEmpty() && k < extended; k++) {
                Candidate top = previous.remove();
                OutcomeProbabilities after = evaluatedAfter(top, evaluated);
                if (after == null) {
                    System.arraycopy(common, 0, scores, 0, outcomes);
                    addAfter(scores, paragraph[i], top);
                    after = evaluations[evaluated++];
                    after.fill(scores, top.outcome, top.outcomeBefore(), size);
                }
                for (int outcome = 0; outcome < outcomes; outcome++) {
                    if (after.likely(outcome)) {
                        extend(top, outcome, after, next);
                    }
                }
                if (next.isEmpty()) {
                    for (int outcome = 0; outcome < outcomes; outcome++) {
                        extend(top, outcome, after, next);
                    }
                }
            }
            previous.clear();
            PriorityQueue<Candidate> swap = previous;
            previous = next;
            next = swap;
        }
        return previous.isEmpty() ? null : previous.remove();
    }

    /** The probabilities already evaluated at this token after the candidate's last two outcomes, or null. */
    private OutcomeProbabilities evaluatedAfter(Candidate top, int evaluated) {
        for (int e = 0; e < evaluated; e++) {
            if (evaluations[e].after(top.outcome, top.outcomeBefore())) {
                return evaluations[e];
            }
        }
        return null;
    }

    private void extend(Candidate top, int outcome, OutcomeProbabilities after, PriorityQueue<Candidate> next) {
        if (weights.mayFollow(top.outcome, outcome)) {
            Candidate extended = new Candidate(top, outcome, after.probability(outcome),
                    top.score + after.logarithm(outcome));
            if (extended.score > LEAST_SCORE) {
                next.add(extended);
            }
        }
    }

    /**
     * The features of the token at {@code i} that do not depend on the outcomes before it, in the order Hamish's
     * descriptor generates them: class and word windows, {@code def}, the token's last outcome, bigrams, the
     * paragraph's start, the affix window.
     */
    private void addCommon(double[] scores, TokenFeatures[] paragraph, int i) {
        addWindow(scores, paragraph, i, TokenFeatures.WIDE, TokenFeatures::classes);
        addWindow(scores, paragraph, i, TokenFeatures.WIDE, TokenFeatures::words);
        add(scores, prior);
        TokenFeatures token = paragraph[i];
        add(scores, lastGiven[token.lastOutcome + 1]);
        if (i > 0) {
            TokenFeatures.Bigrams bigrams = paragraph[i - 1].followedBy(token, weights);
            add(scores, bigrams.previousAndWord());
            add(scores, bigrams.previousAndWordKinds());
        }
        if (i + 1 < paragraph.length) {
            TokenFeatures.Bigrams bigrams = token.followedBy(paragraph[i + 1], weights);
            add(scores, bigrams.wordAndNext());
            add(scores, bigrams.wordAndNextKinds());
        }
        if (i == 0) {
            add(scores, first);
        }
        addWindow(scores, paragraph, i, TokenFeatures.NARROW, TokenFeatures::affixes);
    }

    /** The features the context generator adds last, of the candidate's outcomes before the token. */
    private void addAfter(double[] scores, TokenFeatures token, Candidate top) {
        add(scores, oneBefore[top.outcome + 1]);
        add(scores, token.afterOutcome(top.outcome));
        add(scores, token.afterOutcomeAndKind(top.outcome));
        add(scores, twoBefore[top.outcomeBefore() + 1]);
    }

    private interface Window {
        Context[] at(TokenFeatures token, int offset);
    }

    /** As OpenNLP's {@code WindowFeatureGenerator}: the token, then those before it, then those after. */
    private static void addWindow(double[] scores, TokenFeatures[] paragraph, int i, int width, Window window) {
        for (Context feature : window.at(paragraph[i], 0)) {
            NameWeights.add(scores, feature);
        }
        for (int k = 1; k <= width && i - k >= 0; k++) {
            for (Context feature : window.at(paragraph[i - k], -k)) {
                NameWeights.add(scores, feature);
            }
        }
        for (int k = 1; k <= width && i + k < paragraph.length; k++) {
            for (Context feature : window.at(paragraph[i + k], k)) {
                NameWeights.add(scores, feature);
            }
        }
    }

    private static void add(double[] scores, Context feature) {
        if (feature != null) {
            NameWeights.add(scores, feature);
        }
    }
}

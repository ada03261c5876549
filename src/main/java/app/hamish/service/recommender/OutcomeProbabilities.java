package app.hamish.service.recommender;

import java.util.Arrays;

/**
 * One token's outcome probabilities after one pair of outcomes before it, as OpenNLP's {@code BeamSearch} reads
 * them from the model, with their logarithms found once each when a candidate first needs them. Candidates of the
 * beam that end in the same two outcomes (in a stretch outside any name, often all of them) have the same context,
 * so OpenNLP evaluated the same probabilities and logarithms for each; here they are reused. Kept by one
 * {@link NameDecoder} and filled again at every token.
 */
final class OutcomeProbabilities {
    private final double[] probabilities;
    private final double[] sorted;
    private final double[] logarithms;
    private final boolean[] known;
    private int before;
    private int twoBefore;
    /** The beam's threshold: an outcome less likely than the beam-size-th likeliest is not tried first. */
    private double least;

    OutcomeProbabilities(int outcomes) {
        probabilities = new double[outcomes];
        sorted = new double[outcomes];
        logarithms = new double[outcomes];
        known = new boolean[outcomes];
    }

    /** Filled from the token's scores after these two outcomes, normalised as the perceptron does. */
    void fill(double[] scores, int before, int twoBefore, int beamSize) {
        this.before = before;
        this.twoBefore = twoBefore;
        System.arraycopy(scores, 0, probabilities, 0, probabilities.length);
        NameWeights.normalize(probabilities);
        System.arraycopy(probabilities, 0, sorted, 0, sorted.length);
        Arrays.sort(sorted);
        least = sorted[Math.max(0, sorted.length - beamSize)];
        Arrays.fill(known, false);
    }

    boolean after(int outcomeBefore, int outcomeTwoBefore) {
        return before == outcomeBefore && twoBefore == outcomeTwoBefore;
    }

    double probability(int outcome) {
        return probabilities[outcome];
    }

    /** Whether the beam tries the outcome first: it is among the beam-size likeliest, ties included. */
    boolean likely(int outcome) {
        return probabilities[outcome] >= least;
    }

    double logarithm(int outcome) {
        if (!known[outcome]) {
            logarithms[outcome] = StrictMath.log(probabilities[outcome]);
            known[outcome] = true;
        }
        return logarithms[outcome];
    }
}

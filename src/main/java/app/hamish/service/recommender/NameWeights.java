package app.hamish.service.recommender;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderSequenceValidator;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;

/**
 * A trained name finder's perceptron read directly, for {@link NameDecoder}: what each feature adds to each
 * outcome's score, the outcomes, the beam's width and which outcome may follow which. Only a model of Hamish's own
 * features ({@code name-features.xml}), trained as a perceptron with BIO outcomes, is read: the decoder computes
 * those features and that evaluation and no others. Immutable.
 */
final class NameWeights {
    /** The outcome of a token outside any name, and what the context generator reads before the first token. */
    static final String OTHER = "other";
    /** No outcome: before a paragraph's first token, or for a token not yet decoded. */
    static final int NONE = -1;
    /** OpenNLP's key of the maximum-entropy model among a name finder model's artifacts. */
    private static final String MODEL_ENTRY = "nameFinder.model";
    /** OpenNLP's key of the feature descriptor among a name finder model's artifacts. */
    private static final String DESCRIPTOR_ENTRY = "generator.featuregen";
    /** The manifest's beam width, as {@link TokenNameFinderModel#getNameFinderSequenceModel()} reads it. */
    private static final String BEAM_SIZE = "BeamSize";
    private static final int DEFAULT_BEAM_SIZE = 3;

    private final Map<String, Context> parameters;
    private final String[] outcomes;
    private final int beamSize;
    /** Whether an outcome may follow another: a first row for the paragraph's first token, then one per outcome. */
    private final boolean[][] mayFollow;
    private final SequenceCodec<String> codec;

    private NameWeights(Map<String, Context> parameters, String[] outcomes, int beamSize, boolean[][] mayFollow,
            SequenceCodec<String> codec) {
        this.parameters = parameters;
        this.outcomes = outcomes;
        this.beamSize = beamSize;
        this.mayFollow = mayFollow;
        this.codec = codec;
    }

    /** The model's weights, or none when it is not one the decoder computes as OpenNLP does. */
    static Optional<NameWeights> of(TokenNameFinderModel model, byte[] descriptor) {
        SequenceCodec<String> codec = model.getFactory().createSequenceCodec();
        SequenceValidator<String> validator = codec.createSequenceValidator();
        if (!(model.getArtifact(MODEL_ENTRY) instanceof PerceptronModel perceptron)
                || !(model.getArtifact(DESCRIPTOR_ENTRY) instanceof byte[] features)
                || !Arrays.equals(features, descriptor) || codec.getClass() != BioCodec.class
                || validator.getClass() != NameFinderSequenceValidator.class) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        Map<String, Context> parameters = (Map<String, Context>) perceptron.getDataStructures()[1];
        String[] outcomes = new String[perceptron.getNumOutcomes()];
        Arrays.setAll(outcomes, perceptron::getOutcome);
        String beam = model.getManifestProperty(BEAM_SIZE);
        return Optional.of(new NameWeights(parameters, outcomes, beam == null ? DEFAULT_BEAM_SIZE
                : Integer.parseInt(beam), mayFollow(validator, outcomes), codec));
    }

    /**
     * The validator asked once for every pair: BIO's reads only the outcome before (a name continues only the same
     * type's start or continuation).
     */
    private static boolean[][] mayFollow(SequenceValidator<String> validator, String[] outcomes) {
        String[] tokens = {"", ""};
        boolean[][] may = new boolean[outcomes.length + 1][outcomes.length];
        for (int outcome = 0; outcome < outcomes.length; outcome++) {
            for (int before = 0; before < outcomes.length; before++) {
                may[before + 1][outcome] = validator.validSequence(1, tokens, new String[] {outcomes[before]},
                        outcomes[outcome]);
            }
            may[0][outcome] = validator.validSequence(0, tokens, new String[0], outcomes[outcome]);
        }
        return may;
    }

    /** The weights of a feature, or null for a feature the model never saw (it adds nothing). */
    Context feature(String name) {
        return parameters.get(name);
    }

    int outcomeCount() {
        return outcomes.length;
    }

    /** The outcome's name; {@link #NONE} reads as {@link #OTHER}, as OpenNLP's context generator reads it. */
    String outcome(int index) {
        return index == NONE ? OTHER : outcomes[index];
    }

    int beamSize() {
        return beamSize;
    }

    /** Whether {@code outcome} may follow {@code before}, or start a paragraph when {@code before} is {@link #NONE}. */
    boolean mayFollow(int before, int outcome) {
        return mayFollow[before + 1][outcome];
    }

    SequenceCodec<String> codec() {
        return codec;
    }

    /**
     * Adds a feature's weights to the scores, as OpenNLP's {@code ArrayMath.sumFeatures} does (its value 1.0
     * multiplies nothing away): outcome by outcome in the order the model keeps them, so the sums are the same
     * doubles.
     */
    static void add(double[] scores, Context feature) {
        int[] to = feature.getOutcomes();
        double[] weights = feature.getParameters();
        for (int k = 0; k < to.length; k++) {
            scores[to[k]] += weights[k];
        }
    }

    /** The scores made probabilities as {@code PerceptronModel.eval} makes them, to the same doubles. */
    static void normalize(double[] scores) {
        double largest = 1;
        for (double score : scores) {
            if (largest < StrictMath.abs(score)) {
                largest = StrictMath.abs(score);
            }
        }
        double sum = 0;
        for (int k = 0; k < scores.length; k++) {
            scores[k] = StrictMath.exp(scores[k] / largest);
            sum += scores[k];
        }
        for (int k = 0; k < scores.length; k++) {
            scores[k] /= sum;
        }
    }
}

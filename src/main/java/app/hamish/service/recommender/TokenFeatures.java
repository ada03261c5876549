package app.hamish.service.recommender;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import opennlp.tools.util.featuregen.TokenClassFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;

/**
 * What one distinct token adds to the model's features wherever it stands, found once: the weights of its class,
 * word and affix features as {@code name-features.xml}'s windows name them at each offset ({@code p1wc=…},
 * {@code n2w=…}), of the features it makes with the outcome before it, and of its bigrams with each token seen after
 * it. A long article repeats its words many times, and OpenNLP built and looked up each of these strings again for
 * every token and every candidate of the beam. Features the model never saw are left out: they add nothing. Also
 * holds the token's adaptive data, the outcome it was last given in the article. Belongs to one {@link NameDecoder},
 * which makes one for each distinct form, so that tokens are told apart by identity.
 */
final class TokenFeatures {
    /** {@code name-features.xml}'s generators of one token; none reads beyond the token. */
    private static final AdaptiveFeatureGenerator CLASS = new TokenClassFeatureGenerator(true);
    private static final AdaptiveFeatureGenerator WORD = new TokenFeatureGenerator(true);
    private static final AdaptiveFeatureGenerator AFFIXES = new ArabicAffixFeatures();
    /** {@code name-features.xml}'s windows: two tokens either side for class and word, one for the affixes. */
    static final int WIDE = 2;
    static final int NARROW = 1;

    final String form;
    /** Its class as OpenNLP's bigram and outcome features read it ({@code lc}, {@code num}, {@code other}…). */
    final String kind;
    private final Context[][] classes;
    private final Context[][] words;
    private final Context[][] affixes;
    /** {@code pow=} and {@code powf=} by the outcome before the token, {@link NameWeights#NONE} first. */
    private final Context[] afterOutcome;
    private final Context[] afterOutcomeAndKind;
    /** The bigram features of this token and each token seen after it, by that token. */
    private final Map<TokenFeatures, Bigrams> followedBy = new HashMap<>();
    /** The outcome the token was last given in the article being decoded, or {@link NameWeights#NONE}. */
    int lastOutcome = NameWeights.NONE;

    /**
     * OpenNLP's {@code BigramNameFeatureGenerator} of two tokens in a row, as the second reads them ({@code pw,w=},
     * {@code pwc,wc=}) and as the first reads them ({@code w,nw=}, {@code wc,nc=}).
     */
    record Bigrams(Context previousAndWord, Context previousAndWordKinds, Context wordAndNext,
            Context wordAndNextKinds) {
    }

    TokenFeatures(String form, NameWeights weights) {
        this.form = form;
        this.kind = FeatureGeneratorUtil.tokenFeature(form);
        classes = window(CLASS, WIDE, weights);
        words = window(WORD, WIDE, weights);
        affixes = window(AFFIXES, NARROW, weights);
        afterOutcome = new Context[weights.outcomeCount() + 1];
        afterOutcomeAndKind = new Context[weights.outcomeCount() + 1];
        for (int before = NameWeights.NONE; before < weights.outcomeCount(); before++) {
            afterOutcome[before + 1] = weights.feature("pow=" + weights.outcome(before) + "," + form);
            afterOutcomeAndKind[before + 1] = weights.feature("powf=" + weights.outcome(before) + "," + kind);
        }
    }

    /** The token's class features seen from {@code offset} tokens away (negative: it stands before). */
    Context[] classes(int offset) {
        return classes[offset + WIDE];
    }

    Context[] words(int offset) {
        return words[offset + WIDE];
    }

    Context[] affixes(int offset) {
        return affixes[offset + NARROW];
    }

    /** {@code pow=}: the outcome before the token and the token. */
    Context afterOutcome(int before) {
        return afterOutcome[before + 1];
    }

    /** {@code powf=}: the outcome before the token and its class. */
    Context afterOutcomeAndKind(int before) {
        return afterOutcomeAndKind[before + 1];
    }

    /** The bigram features of this token followed by {@code next}, found the first time the two stand so. */
    Bigrams followedBy(TokenFeatures next, NameWeights weights) {
        Bigrams known = followedBy.get(next);
        if (known == null) {
            String words = form + "," + next.form;
            String kinds = kind + "," + next.kind;
            known = new Bigrams(weights.feature("pw,w=" + words), weights.feature("pwc,wc=" + kinds),
                    weights.feature("w,nw=" + words), weights.feature("wc,nc=" + kinds));
            followedBy.put(next, known);
        }
        return known;
    }

    /** The features at each offset from -width to width, named as OpenNLP's {@code WindowFeatureGenerator} does. */
    private Context[][] window(AdaptiveFeatureGenerator generator, int width, NameWeights weights) {
        List<String> features = new ArrayList<>();
        generator.createFeatures(features, new String[] {form}, 0, null);
        Context[][] at = new Context[2 * width + 1][];
        for (int offset = -width; offset <= width; offset++) {
            String prefix = offset < 0 ? "p" + -offset : offset > 0 ? "n" + offset : "";
            at[offset + width] = features.stream().map(feature -> weights.feature(prefix + feature))
                    .filter(Objects::nonNull).toArray(Context[]::new);
        }
        return at;
    }
}

package app.hamish.service.recommender;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * What an Arabic word's clitics and affixes say about it, as name-finder features: a conjunction or preposition
 * written onto it (و ف ب ك ل), the definite article, and a possessive or feminine ending (ة ه ها هم هما هن, and the
 * plural endings ون ين ات). Names rarely carry a possessive ending and often the article; a preposition before a
 * word is good evidence of a place. Tokens arrive normalised ({@link app.hamish.model.ArabicNormalizer}), so ة is
 * already ه.
 */
public final class ArabicAffixFeatures implements AdaptiveFeatureGenerator {
    private static final String PROCLITICS = "وفبكل";
    private static final String ARTICLE = "ال";
    /** Longest first, so that هما is not read as ها. */
    private static final List<String> ENDINGS = List.of("هما", "ها", "هم", "هن", "ون", "ين", "ات", "ه");
    /** The shortest stem an affix leaves: a shorter word is its own stem, not a stem and an affix. */
    private static final int SHORTEST_STEM = 2;

    /** The factory OpenNLP instantiates, by class name, from the feature descriptor kept in the model. */
    public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() {
            return new ArabicAffixFeatures();
        }
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        String word = tokens[index];
        int stem = 0;
        while (stem < 2 && word.length() - stem > SHORTEST_STEM + 1 && PROCLITICS.indexOf(word.charAt(stem)) >= 0) {
            features.add("ar.proclitic=" + word.charAt(stem));
            stem++;
        }
        if (word.startsWith(ARTICLE, stem) && word.length() - stem - ARTICLE.length() >= SHORTEST_STEM) {
            features.add("ar.article");
        }
        for (String ending : ENDINGS) {
            if (word.endsWith(ending) && word.length() - stem - ending.length() >= SHORTEST_STEM) {
                features.add("ar.ending=" + ending);
                break;
            }
        }
    }
}

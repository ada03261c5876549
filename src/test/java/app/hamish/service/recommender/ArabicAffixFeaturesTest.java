package app.hamish.service.recommender;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The clitic and affix features the recommender reads from each (normalised) word. */
class ArabicAffixFeaturesTest {
    @Test
    void proclitisTheArticleAndEndingsAreFeaturesAndShortWordsAreTheirOwnStem() {
        assertThat(features("بدمشق")).containsExactly("ar.proclitic=ب");
        assertThat(features("وبالقاهره")).containsExactly("ar.proclitic=و", "ar.proclitic=ب", "ar.article",
                "ar.ending=ه");
        assertThat(features("حكومتهما")).containsExactly("ar.ending=هما");
        assertThat(features("المصريين")).containsExactly("ar.article", "ar.ending=ين");
        assertThat(features("ولي")).as("too short for a clitic and a stem").isEmpty();
        assertThat(features("به")).isEmpty();
    }

    private static List<String> features(String word) {
        List<String> features = new ArrayList<>();
        new ArabicAffixFeatures().createFeatures(features, new String[] {word}, 0, new String[0]);
        return features;
    }
}

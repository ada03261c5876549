package app.hamish.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Strings found where they overlap: the earlier wins, and of two at one place the longer (decision 0091). */
class WordRangesTest {
    @Test
    void ofOverlappingStringsTheEarlierAndThenTheLongerIsFound() {
        String text = "زار القاهرة الكبرى اليوم";
        NormalizedText normalized = ArabicNormalizer.normalize(ArticleText.of(text));
        List<String> keys = new ArrayList<>();
        for (String query : List.of("القاهرة", "الكبرى اليوم", "القاهرة الكبرى", "اليوم")) {
            keys.addAll(ArabicNormalizer.keys(query));
        }

        List<String> found = normalized.findWords(keys, 0, normalized.value().length()).stream()
                .map(range -> ArticleText.of(text).slice(normalized.original(range[0], range[1]))).toList();

        assertThat(found).containsExactly("القاهرة الكبرى", "اليوم");
    }
}

package app.hamish.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Looking for many keys in one pass finds, key by key, what looking for each key in turn finds: the same whole
 * words, with proclitics, overlapping keys and keys that are suffixes of others; and so does looking for a few keys
 * one by one.
 */
class KeyMatcherTest {
    private static final String[] WORDS = {"القاهرة", "القاهره", "والقاهرة", "دمشق", "مصادر", "مطلعة", "و", "ب",
            "ال", "قاهرة", "مصادر مطلعة", "اا", "ا", "1", "«علي", "مملوك»", "،", "مواجـ.ـهة", "\u200Eدمشق"};

    @Test
    void onePassFindsWhatASearchPerKeyFinds() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            String text = randomWords(random);
            NormalizedText normalized = ArabicNormalizer.normalize(ArticleText.of(text));
            List<List<String>> queries = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String start = WORDS[random.nextInt(WORDS.length)];
                queries.add(ArabicNormalizer.keys(random.nextBoolean() ? start
                        : start + " " + WORDS[random.nextInt(WORDS.length)]));
            }
            Map<String, WordRanges> occurrences = normalized.wordOccurrences(
                    queries.stream().flatMap(List::stream).toList());
            for (List<String> keys : queries) {
                assertThat(NormalizedText.words(keys, occurrences))
                        .as("%s in %s", keys, text)
                        .usingRecursiveFieldByFieldElementComparator()
                        .containsExactlyElementsOf(normalized.findWords(keys, 0, normalized.value().length()));
            }
        }
    }

    /** A key's strings are one or two: searched one by one (decision 0071), they are found as in one pass. */
    @Test
    void aFewKeysSearchedOneByOneFindWhatOnePassFinds() {
        Random random = new Random(13);
        for (int round = 0; round < 200; round++) {
            String text = randomWords(random);
            NormalizedText normalized = ArabicNormalizer.normalize(ArticleText.of(text));
            List<String> all = new ArrayList<>();
            for (String word : WORDS) {
                all.addAll(ArabicNormalizer.keys(word));
                all.addAll(ArabicNormalizer.keys(word + " " + WORDS[random.nextInt(WORDS.length)]));
            }
            Map<String, WordRanges> inOnePass = normalized.wordOccurrences(all);
            for (int i = 0; i < 12; i++) {
                String key = all.get(random.nextInt(all.size()));
                assertThat(normalized.wordOccurrences(List.of(key)).get(key)).as("%s in %s", key, text)
                        .usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(inOnePass.get(key));
            }
        }
    }

    @Test
    void keysInsideOtherKeysAreAllReported() {
        NormalizedText text = ArabicNormalizer.normalize(ArticleText.of("و و و ال القاهرة"));
        Map<String, WordRanges> found = text.wordOccurrences(List.of("و و", "و", "القاهره", "قاهره"));
        assertThat(found.get("و و")).as("overlapping occurrences of one key").hasSize(2);
        assertThat(found.get("و")).hasSize(3);
        assertThat(found.get("قاهره")).as("not a whole word").isEmpty();
        assertThat(found.get("القاهره")).containsExactly(new int[] {9, 16});
    }

    /** Sixty of the words at random, most with a space after them. */
    private static String randomWords(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(5) == 0 ? "" : " ");
        }
        return text.toString();
    }
}

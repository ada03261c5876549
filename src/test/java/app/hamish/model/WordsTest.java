package app.hamish.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Double-click and drag selection in the workbench. In the tables, {@code |} marks where the analyst double-clicks
 * and {@code [ ]} the selection they drag; the markers are not part of the text. Snippets are from {@code seeds/}
 * unless marked as made up.
 */
class WordsTest {

    static Stream<Arguments> doubleClicks() {
        return Stream.of(
                arguments("اللواء «علي |مملوك» زار القاهرة", "مملوك"),
                arguments("اللواء «|علي مملوك» زار القاهرة", "علي"),
                arguments("اللواء «علي مملوك|» زار القاهرة", "مملوك"), // just after the word's last letter
                arguments("اللواء |«علي مملوك» زار القاهرة", null), // on the guillemet after a space
                arguments("وجّهتها الولايات المتحدة ب|ـ59 صاروخ توماهوك", "بـ59"),
                arguments("وجّهتها الولايات المتحدة بـ5|9 صاروخ توماهوك", "بـ59"),
                arguments("لا سيما في مواج|ـ.ـهة تركيا.", "مواجـ.ـهة"),
                arguments("لا سيما في مواجـ|.ـهة تركيا.", "مواجـ.ـهة"), // on the dot itself
                arguments("أحد أهم أهداف المباحثات السـ.ـر|ية بين الجانبين", "السـ.ـرية"),
                arguments("لا سيما في مواجـ.ـهة تركيا|.", "تركيا"), // a full stop is no tatweel-dot-tatweel
                arguments("نهاية الكلاب السعرانـــــــــة..ا|يه", "ايه"),
                arguments("وهي الزيارة السابعة ل|ـ”مملوك” خلال شهرين", "لـ"),
                arguments("وهي الزيارة السابعة لـ”مم|لوك” خلال شهرين", "مملوك"),
                arguments("مصادر صحفية أكدت لـ\"آ|رام\" أنَّ بشار", "آرام"),
                arguments("الزيارة السابعة لـ’مم|لوك’ خلال شهرين", "مملوك"), // made up: apostrophe after a tatweel
                arguments("عن مصادر دبلوماسية مصرية -ل|م يسمها- أن القاهرة", "لم"),
                arguments("عن مصادر دبلوماسية مصرية -لم يسم|ها- أن القاهرة", "يسمها"),
                arguments("the Trump|’s administration", "Trump’s"), // made up
                arguments("spoke to al-As|sad in Damascus", "al-Assad"), // made up
                arguments("من أيام الوحدة بينهما سنة 195|8، والتي استمرت", "1958"),
                arguments("عام ١٩|٥٨ ميلادي", "١٩٥٨"), // made up: Arabic-Indic digits
                arguments("سال ۱۴|۰۲ شمسی", "۱۴۰۲"), // made up: Persian digits
                arguments("زار الرئيس مُحَ|مَّد القاهرة", "مُحَمَّد"), // made up
                arguments("تنسيق المواقف سياسي|ًا بين سوريا ومصر", "سياسيًا"), // on the tanween
                arguments("في عدة مناطق لم تأتِ| على ذكر أسمائها", "تأتِ"),
                arguments("قال |\u200F والقاهرة", null),
                arguments("قال \u200F |والقاهرة", "والقاهرة"), // the clitic و stays on
                arguments("\u200Fعلي مملوك|\u200F زار", "مملوك"),
                arguments("من می\u200Cخوا|هم", "می\u200Cخواهم"), // made up: ZWNJ inside a Persian word
                arguments("القاهرة\u200C |\u200C زار", null), // a ZWNJ between spaces joins nothing
                arguments("قاعدة الشعيرات (Toma|hawk) الجوية", "Tomahawk"), // made up
                arguments("مكتباً لـ\"مجلس سوريا الديمقراطية\"(م|سد) وأقامت", "مسد"),
                arguments("مصادر تكشف تفاصيلها والهدف منها..|!", null),
                arguments("مسئولين مصريين؛ |في إطار التنسيق", "في"),
                arguments("|😀 في القاهرة", null), // an emoji is not a word
                arguments("نحب القاهرة ❤|\uFE0F", null), // made up: nor is the variation selector on one
                arguments("نحب القاهرة |\u064E", null), // made up: a stray fatha after a space
                arguments("😀 في القاهرة|", "القاهرة"), // at the very end of the text
                arguments("القاهرة|😀", "القاهرة"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("doubleClicks")
    void doubleClickSelectsTheWholeWord(String marked, String expected) {
        int index = marked.indexOf('|');
        String text = marked.replace("|", "");
        int[] word = Words.wordAt(text, index);
        if (expected == null) {
            assertThat(word).isNull();
        } else {
            assertThat(text.substring(word[0], word[1])).isEqualTo(expected);
            assertThat(word[0]).isLessThanOrEqualTo(index);
            assertThat(word[1]).isGreaterThanOrEqualTo(index);
        }
    }

    @Test
    void selectionsNeverSplitAnEmoji() {
        String before = "😀القاهرة";
        String after = "القاهرة😀";
        assertThat(Words.wordAt(before, 1)).isNull();
        assertThat(Words.wordAt(after, after.length() - 1)).containsExactly(0, "القاهرة".length());
        assertThat(Words.snap(before, 1, 4)).containsExactly(0, before.length());
        assertThat(Words.snap(after, 0, after.length() - 1)).containsExactly(0, after.length());
    }

    static Stream<Arguments> drags() {
        return Stream.of(
                arguments("اللواء «عل[ي مم]لوك» زار القاهرة", "علي مملوك"),
                arguments("اللواء[ «علي مملوك» ]زار القاهرة", "علي مملوك"),
                arguments("اللواء «[علي مملوك]» زار القاهرة", "علي مملوك"),
                arguments("لا سيما في مواجـ[.ـهة تر]كيا.", "مواجـ.ـهة تركيا"),
                arguments("لا سيما في [مواجـ.ـهة تركيا.]", "مواجـ.ـهة تركيا"),
                arguments("الولايات المتحدة بـ[5]9 صاروخ", "بـ59"),
                arguments("وهي الزيارة السابعة [لـ”مملوك”] خلال شهرين", "لـ”مملوك"),
                arguments("وهي الزيارة السابعة لـ”م[ملوك” خلال] شهرين", "مملوك” خلال"),
                arguments("للمزيد [(اضغط هنا)]", "اضغط هنا"),
                arguments("قاعدة الشعيرات [(Tomahawk)] الجوية", "Tomahawk"), // made up
                arguments("زار الرئيس مُحَ[مَّ]د القاهرة", "مُحَمَّد"), // made up
                arguments("زار الرئيس [مُحَمَّد] القاهرة", "مُحَمَّد"), // made up
                arguments("قال \u200F و[القاهرة]", "والقاهرة"),
                arguments("قال[ \u200F ]والقاهرة", null),
                arguments("زار[\u200F\u200Cعلي مملوك\u200F\u200D] القاهرة", "علي مملوك"),
                arguments("خلال شهرين[.\n\n\u00a0\n\nوقالت] المصادر", "وقالت"),
                arguments("عن مصادر دبلوماسية مصرية [-لم يسمها-] أن القاهرة", "لم يسمها"),
                arguments("مسئولين مصريين[؛ في إطار ،]", "في إطار"),
                arguments("تفاصيلها والهدف منها[..!]", null),
                arguments("اللواء «علي [مملوك]» زار", "مملوك"),
                arguments("اللواء «علي مم[]لوك» زار", null), // nothing selected
                arguments("[القاهرة 😀]", "القاهرة 😀"), // an emoji is kept whole, not trimmed
                arguments("20°[اسطنبول]", "اسطنبول"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("drags")
    void dragSelectionSnapsToWholeWords(String marked, String expected) {
        int start = marked.indexOf('[');
        int end = marked.indexOf(']') - 1;
        String text = marked.replace("[", "").replace("]", "");
        int[] snapped = Words.snap(text, start, end);
        if (expected == null) {
            assertThat(snapped).isNull();
        } else {
            assertThat(text.substring(snapped[0], snapped[1])).isEqualTo(expected);
        }
    }

    @Test
    void everyDoubleClickInTheSampleArticlesSelectsAWordThatSnappingKeeps() throws IOException {
        List<Path> seeds;
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            seeds = files.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(seeds).hasSize(5);
        for (Path seed : seeds) {
            String text = Files.readString(seed, StandardCharsets.UTF_8);
            for (int index = 0; index <= text.length(); index++) {
                int[] word = Words.wordAt(text, index);
                if (word != null) {
                    assertThat(Words.snap(text, word[0], word[1])).as("%s at %d", seed, index).isEqualTo(word);
                    String selected = text.substring(word[0], word[1]);
                    assertThat(selected).doesNotContainAnyWhitespaces();
                    assertThat(Character.isLetterOrDigit(selected.codePointAt(0))).as(selected).isTrue();
                }
            }
        }
    }

    @Test
    void indicesOutsideTheTextAreRefused() {
        assertThatThrownBy(() -> Words.wordAt("نص", 3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> Words.snap("نص", 2, 1)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}

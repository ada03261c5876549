package app.hamish.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleTextTest {
    // "😀 في القاهرة": an emoji (two UTF-16 units, one code point) before the Arabic words.
    private static final String TEXT = "😀 في القاهرة 👩‍💻 والقاهرة";

    @Test
    void slicesByCodePointsAsPythonDoes() {
        ArticleText text = ArticleText.of(TEXT);
        // Python: "😀 في القاهرة 👩‍💻 والقاهرة"[5:12] == "القاهرة"
        assertThat(text.slice(new Span(5, 12))).isEqualTo("القاهرة");
        assertThat(text.codePointLength()).isEqualTo(TEXT.codePointCount(0, TEXT.length()));
    }

    @Test
    void convertsEveryOffsetBothWays() {
        ArticleText text = ArticleText.of(TEXT);
        for (int codePoint = 0; codePoint <= text.codePointLength(); codePoint++) {
            int utf16 = text.toUtf16(codePoint);
            assertThat(utf16).isEqualTo(TEXT.offsetByCodePoints(0, codePoint));
            assertThat(text.toCodePoints(utf16)).isEqualTo(codePoint);
        }
    }

    @Test
    void spanAfterZwjSequenceFromJavaFxSelection() {
        ArticleText text = ArticleText.of(TEXT);
        int utf16Start = TEXT.lastIndexOf("القاهرة");
        Span span = text.spanFromUtf16(utf16Start, utf16Start + "القاهرة".length());
        assertThat(text.slice(span)).isEqualTo("القاهرة");
        assertThat(span.start()).isEqualTo(TEXT.codePointCount(0, utf16Start));
    }

    @Test
    void refusesAnIndexBetweenTheHalvesOfASurrogatePair() {
        ArticleText text = ArticleText.of(TEXT);
        assertThatThrownBy(() -> text.toCodePoints(1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("splits a surrogate pair");
    }

    @Test
    void refusesUnpairedSurrogates() {
        assertThatThrownBy(() -> ArticleText.of("abc\uD83Ddef")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unpaired surrogate U+D83D at character 3");
    }

    @Test
    void spansOutsideTheTextAreRefused() {
        ArticleText text = ArticleText.of("نص");
        assertThatThrownBy(() -> text.slice(new Span(1, 3))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Span(2, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Span(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void trimsCodePointsAtBothEndsAfterAndAroundSupplementaryCharacters() {
        // "😀 «في 𝐀𝐅𝐏»": the emoji before the span and the mathematical letters inside it are one code point each.
        ArticleText text = ArticleText.of("😀 «في 𝐀𝐅𝐏» 😀");
        Span trimmed = text.trim(new Span(1, 11), codePoint -> !Character.isLetterOrDigit(codePoint)).orElseThrow();
        assertThat(trimmed).isEqualTo(new Span(3, 9));
        assertThat(text.slice(trimmed)).isEqualTo("في 𝐀𝐅𝐏");
        assertThat(text.trim(new Span(0, 12), codePoint -> codePoint == 0x1F600)).hasValue(new Span(1, 11));
    }

    @Test
    void trimmingEverythingLeavesNothing() {
        ArticleText text = ArticleText.of("😀 «»😀");
        assertThat(text.trim(new Span(1, 4), codePoint -> !Character.isLetterOrDigit(codePoint))).isEmpty();
        assertThat(text.trim(new Span(0, 5), codePoint -> true)).isEmpty();
    }

    @Test
    void splitsASpanAtLineBreaksLeavingThemOut() {
        // Python: "😀 في\n𝐀𝐅𝐏 قال\n\nو😀\n"[2:17] == "في\n𝐀𝐅𝐏 قال\n\nو😀\n"
        ArticleText text = ArticleText.of("😀 في\n𝐀𝐅𝐏 قال\n\nو😀\n");
        List<Span> lines = text.splitAtLineBreaks(new Span(2, 17));
        assertThat(lines).containsExactly(new Span(2, 4), new Span(5, 12), new Span(14, 16));
        assertThat(lines).extracting(text::slice).containsExactly("في", "𝐀𝐅𝐏 قال", "و😀");
        assertThat(text.splitAtLineBreaks(new Span(4, 12))).containsExactly(new Span(5, 12));
    }

    @Test
    void aSpanWithoutLineBreaksIsOneLineAndOneOfOnlyBreaksIsNone() {
        ArticleText text = ArticleText.of("😀\n\nقال 😀");
        assertThat(text.splitAtLineBreaks(new Span(3, 7))).containsExactly(new Span(3, 7));
        assertThat(text.splitAtLineBreaks(new Span(1, 3))).isEmpty();
    }

    @Test
    void wordsAreCodePointSpansAfterEmojiAndZwjSequences() {
        ArticleText text = ArticleText.of(TEXT);
        assertThat(text.words()).extracting(text::slice).containsExactly("في", "القاهرة", "والقاهرة");
        assertThat(text.words()).containsExactly(new Span(2, 4), new Span(5, 12), new Span(17, 25));
        assertThat(ArticleText.of("😀 «» ...").words()).isEmpty();
    }

    @Test
    void aWordStartsOnlyAtItsFirstCharacter() {
        ArticleText text = ArticleText.of(TEXT);
        assertThat(text.wordStartingAt(5)).hasValue(new Span(5, 12));
        assertThat(text.wordStartingAt(6)).isEmpty();
        assertThat(text.wordStartingAt(12)).isEmpty();
        assertThat(text.wordAt(12)).hasValue(new Span(5, 12));
    }

    @Test
    void aGraphemeHoldsAnEmojiZwjSequenceAndAMarkedLetter() {
        // 👩‍💻 is three code points (woman, ZWJ, laptop) drawn as one; بِ is a letter and its kasra.
        ArticleText text = ArticleText.of(TEXT + " بِ");
        assertThat(text.graphemeAt(13)).isEqualTo(new Span(13, 16));
        assertThat(text.slice(text.graphemeAt(13))).isEqualTo("👩‍💻");
        assertThat(text.graphemeAt(0)).isEqualTo(new Span(0, 1));
        assertThat(text.graphemeAt(26)).isEqualTo(new Span(26, 28));
    }

    @Test
    void codePointsAreReadByCodePointOffset() {
        ArticleText text = ArticleText.of(TEXT);
        assertThat(text.codePointAt(0)).isEqualTo(0x1F600);
        assertThat(text.codePointAt(2)).isEqualTo('ف');
        assertThat(Character.toString(text.codePointAt(15))).isEqualTo("💻");
    }

    @Test
    void anIndexBetweenTheHalvesOfAPairIsOneCheck() {
        ArticleText text = ArticleText.of(TEXT);
        assertThat(text.splitsPair(1)).isTrue();
        assertThat(text.splitsPair(0)).isFalse();
        assertThat(text.splitsPair(2)).isFalse();
        assertThat(text.toCodePointsRoundingDown(1)).isEqualTo(0);
        assertThat(Words.wordAt("😀في", 1)).isNull();
        assertThat(text.snapToWords(new Span(1, 3))).isEqualTo(Optional.of(new Span(2, 4)));
    }

    @Test
    void arabicTextIsRightToLeft() {
        assertThat(ScriptDirection.of("قال الوزير (Tomahawk) 59")).isEqualTo(ScriptDirection.RTL);
        assertThat(ScriptDirection.of("The minister said")).isEqualTo(ScriptDirection.LTR);
    }

    @Test
    void lettersOutsideTheBmpCountOnceByTheirOwnDirection() {
        // Adlam letters are right-to-left, mathematical bold ones left-to-right; each is two chars, one letter.
        assertThat(ScriptDirection.of("\uD83A\uDD00\uD83A\uDD01 ab")).isEqualTo(ScriptDirection.RTL);
        assertThat(ScriptDirection.of("\uD835\uDC00\uD835\uDC01\uD835\uDC02\uD835\uDC03 قال"))
                .isEqualTo(ScriptDirection.LTR);
        assertThat(ScriptDirection.of("قال 😀😀😀 \uD800")).isEqualTo(ScriptDirection.RTL);
    }
}

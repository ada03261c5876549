package app.hamish.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void arabicTextIsRightToLeft() {
        assertThat(ScriptDirection.of("قال الوزير (Tomahawk) 59")).isEqualTo(ScriptDirection.RTL);
        assertThat(ScriptDirection.of("The minister said")).isEqualTo(ScriptDirection.LTR);
    }
}

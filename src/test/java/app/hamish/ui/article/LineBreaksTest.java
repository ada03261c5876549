package app.hamish.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class LineBreaksTest {
    /** Every character 10 px wide, a space 5 px: easy to reason about. */
    private static final ToDoubleFunction<String> WIDTH = piece -> piece.chars().map(c -> c == ' ' ? 5 : 10).sum();

    @Test
    void breaksAtSpacesKeepingEveryOffset() {
        String paragraph = "زار علي مملوك القاهرة سرا في ثلاثة أيام";
        LineBreaks.Result result = LineBreaks.breakLines(paragraph, 120, WIDTH);
        assertThat(result.display()).hasSameSizeAs(paragraph);
        for (int i = 0; i < paragraph.length(); i++) {
            char shown = result.display().charAt(i);
            assertThat(shown == paragraph.charAt(i) || (shown == '\n' && paragraph.charAt(i) == ' '))
                    .as("character %d", i).isTrue();
        }
        for (String line : result.display().split("\n")) {
            assertThat(WIDTH.applyAsDouble(line.stripTrailing())).isLessThanOrEqualTo(120);
        }
        assertThat(result.lines()).isEqualTo(result.display().split("\n").length).isGreaterThan(1);
    }

    @Test
    void aParagraphThatFitsIsLeftAlone() {
        LineBreaks.Result result = LineBreaks.breakLines("قال الوزير", 500, WIDTH);
        assertThat(result.display()).isEqualTo("قال الوزير");
        assertThat(result.widestLine()).isEqualTo(95);
        assertThat(result.lines()).isEqualTo(1);
    }

    @Test
    void breaksAtTheLastOfSeveralSpacesSoTheNextLineStartsWithItsWord() {
        LineBreaks.Result result = LineBreaks.breakLines("كلمة   أخرى", 50, WIDTH);
        assertThat(result.display()).isEqualTo("كلمة  \nأخرى");
    }

    @Test
    void aWordWiderThanTheLineGetsALineOfItsOwn() {
        LineBreaks.Result result = LineBreaks.breakLines("أ https://example.org/very/long/path ب", 100, WIDTH);
        assertThat(result.display().split("\n")).containsExactly("أ", "https://example.org/very/long/path", "ب");
        assertThat(result.widestLine()).isGreaterThan(100);
    }

    @Test
    void leadingSpacesAndEmptyParagraphsAreKept() {
        assertThat(LineBreaks.breakLines("", 100, WIDTH).display()).isEmpty();
        assertThat(LineBreaks.breakLines("  نص", 100, WIDTH).display()).isEqualTo("  نص");
    }
}

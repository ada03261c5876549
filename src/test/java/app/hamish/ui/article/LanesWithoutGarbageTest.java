package app.hamish.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.ArticleText;
import app.hamish.model.Span;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/**
 * A key changes the suggestions of hundreds of paragraphs, and each one's lanes are given again: arrays the size of
 * its highlights, made anew for each, were garbage at every key (decision 0087). Counted in bytes the thread
 * allocates, which no load moves; never timed.
 */
class LanesWithoutGarbageTest {
    private static final int WORDS = 4000;
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @Test
    void givingALongParagraphsLanesAgainMakesNoArraysOfItsHighlights() {
        String paragraph = "كلمة ".repeat(WORDS).strip();
        ArticleText text = ArticleText.of(paragraph);
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < WORDS; i++) {
            marks.add(new Mark(new Span(i * 5, i * 5 + 4), "entity", Mark.Look.SUGGESTION, null));
        }
        HighlightIndex index = HighlightIndex.build(Paragraph.split(paragraph), text, marks, label -> Color.GRAY);
        Mark overlapping = new Mark(new Span(2, 7), "claim", Mark.Look.SUGGESTION, null);
        // Once before measuring: the paragraph's list grows to hold one more, as it would at the first key.
        index.change(List.of(), List.of(overlapping));
        index.change(List.of(overlapping), List.of());

        long before = THREADS.getCurrentThreadAllocatedBytes();
        index.change(List.of(), List.of(overlapping));
        long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;

        assertThat(index.in(0).get(1).mark()).isEqualTo(overlapping);
        assertThat(index.in(0).subList(0, 3)).extracting(Highlight::lane).containsExactly(0, 1, 0);
        assertThat(allocated).as("bytes allocated giving lanes to %d highlights again", WORDS)
                .isLessThan(WORDS * 4L);
    }
}

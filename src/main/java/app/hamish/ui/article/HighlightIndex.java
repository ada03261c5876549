package app.hamish.ui.article;

import app.hamish.model.ArticleText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import javafx.scene.paint.Color;

/**
 * Each paragraph's highlights, computed once per change of the marks. Marks arrive in code points; here, at the
 * drawing's edge, they become the UTF-16 offsets JavaFX draws and hit-tests in.
 */
final class HighlightIndex {
    static final HighlightIndex EMPTY = new HighlightIndex(List.of());

    private final List<List<Highlight>> byParagraph;

    private HighlightIndex(List<List<Highlight>> byParagraph) {
        this.byParagraph = byParagraph;
    }

    static HighlightIndex build(List<Paragraph> paragraphs, ArticleText text, List<Mark> marks,
                                Function<String, Color> colourOfLabel) {
        return build(paragraphs, text, marks, colourOfLabel, null);
    }

    /** As above, each mark in the lane {@code laneOf} gives it; {@code null}: the lowest lane free at its start. */
    static HighlightIndex build(List<Paragraph> paragraphs, ArticleText text, List<Mark> marks,
                                Function<String, Color> colourOfLabel, ToIntFunction<Mark> laneOf) {
        List<List<Highlight>> byParagraph = new ArrayList<>(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            byParagraph.add(new ArrayList<>(0));
        }
        List<Mark> sorted = marks.stream().sorted(Comparator.comparing(Mark::span)).toList();
        int[] starts = new int[sorted.size()];
        int[] ends = new int[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            starts[i] = text.toUtf16(sorted.get(i).span().start());
            ends[i] = text.toUtf16(sorted.get(i).span().end());
        }
        int[] lanes = laneOf == null ? Lanes.assign(starts, ends) : sorted.stream().mapToInt(laneOf).toArray();
        for (int i = 0; i < sorted.size(); i++) {
            Mark mark = sorted.get(i);
            Color colour = colourOfLabel.apply(mark.label());
            for (int p = firstParagraphEndingAfter(paragraphs, starts[i]); p < paragraphs.size()
                    && paragraphs.get(p).start() < ends[i]; p++) {
                Paragraph paragraph = paragraphs.get(p);
                int start = Math.max(starts[i], paragraph.start()) - paragraph.start();
                int end = Math.min(ends[i], paragraph.end()) - paragraph.start();
                if (end > start) {
                    byParagraph.get(p).add(new Highlight(mark, start, end, colour, lanes[i]));
                }
            }
        }
        return new HighlightIndex(byParagraph);
    }

    private static int firstParagraphEndingAfter(List<Paragraph> paragraphs, int offset) {
        int low = 0;
        int high = paragraphs.size() - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (paragraphs.get(mid).end() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    List<Highlight> in(int paragraph) {
        return paragraph < byParagraph.size() ? byParagraph.get(paragraph) : List.of();
    }
}

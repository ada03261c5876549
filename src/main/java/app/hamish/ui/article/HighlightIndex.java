package app.hamish.ui.article;

import app.hamish.model.ArticleText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import javafx.scene.paint.Color;

/**
 * Each paragraph's highlights. Marks arrive in code points; here, at the drawing's edge, they become the UTF-16
 * offsets JavaFX draws and hit-tests in. Built once per article, then changed mark by mark: an edit recomputes
 * only the paragraphs its marks cross, so its cost follows the edit, not the article (decision 0029). Underline
 * lanes are given per paragraph, the unit that is drawn, which is what lets one paragraph be recomputed alone.
 */
final class HighlightIndex {
    private final List<Paragraph> paragraphs;
    private final ArticleText text;
    private final Function<String, Color> colourOfLabel;
    /** Each mark's lane where the view gives them (a lane per layer, for adjudication); null: the lowest free. */
    private final ToIntFunction<Mark> laneOf;
    private final List<List<Highlight>> byParagraph;
    /** Used again for every paragraph whose lanes are given: by one thread at a time, the one building or changing. */
    private final Lanes lanes = new Lanes();

    private HighlightIndex(List<Paragraph> paragraphs, ArticleText text, Function<String, Color> colourOfLabel,
                           ToIntFunction<Mark> laneOf) {
        this.paragraphs = paragraphs;
        this.text = text;
        this.colourOfLabel = colourOfLabel;
        this.laneOf = laneOf;
        this.byParagraph = new ArrayList<>(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            byParagraph.add(new ArrayList<>(0));
        }
    }

    /** An index of no article: nothing drawn, and any change changes nothing. */
    static HighlightIndex empty() {
        return new HighlightIndex(List.of(), null, name -> Color.GRAY, null);
    }

    static HighlightIndex build(List<Paragraph> paragraphs, ArticleText text, List<Mark> marks,
                                Function<String, Color> colourOfLabel) {
        return build(paragraphs, text, marks, colourOfLabel, null);
    }

    /** As above, each mark in the lane {@code laneOf} gives it; {@code null}: the lowest lane free at its start. */
    static HighlightIndex build(List<Paragraph> paragraphs, ArticleText text, List<Mark> marks,
                                Function<String, Color> colourOfLabel, ToIntFunction<Mark> laneOf) {
        HighlightIndex index = new HighlightIndex(paragraphs, text, colourOfLabel, laneOf);
        for (Mark mark : marks) {
            index.place(mark, null);
        }
        for (int p = 0; p < paragraphs.size(); p++) {
            index.byParagraph.get(p).sort(HighlightOrder.ORDER);
            index.assignLanes(p);
        }
        return index;
    }

    /**
     * Takes marks away and adds others (a mark that changed is in both: its old self removed, its new self
     * added). Of marks equal to one removed, one goes. Each is found or placed in its paragraph's list by halving,
     * which stays in order: no paragraph's list is sorted again (decision 0050).
     *
     * @return the indexes of the paragraphs whose highlights changed, the only ones to draw again
     */
    SortedSet<Integer> change(Collection<Mark> removed, Collection<Mark> added) {
        SortedSet<Integer> changed = new TreeSet<>();
        if (text == null) {
            return changed;
        }
        for (Mark mark : removed) {
            remove(mark, changed);
        }
        for (Mark mark : added) {
            place(mark, changed);
        }
        changed.forEach(this::assignLanes);
        return changed;
    }

    /**
     * Adds a mark's parts, without lanes yet, to the paragraphs it crosses: in order, after those equal to it, where
     * a change places it ({@code changed} notes the paragraphs); at the end when the index is built, sorted after.
     */
    private void place(Mark mark, SortedSet<Integer> changed) {
        int start = text.toUtf16(mark.span().start());
        int end = text.toUtf16(mark.span().end());
        Color colour = colourOfLabel.apply(mark.label());
        for (int p = firstParagraphEndingAfter(start); p < paragraphs.size() && paragraphs.get(p).start() < end; p++) {
            Paragraph paragraph = paragraphs.get(p);
            int from = Math.max(start, paragraph.start()) - paragraph.start();
            int to = Math.min(end, paragraph.end()) - paragraph.start();
            if (to > from) {
                List<Highlight> highlights = byParagraph.get(p);
                Highlight highlight = new Highlight(mark, from, to, colour, 0);
                if (changed == null) {
                    highlights.add(highlight);
                } else {
                    highlights.add(after(highlights, highlight), highlight);
                    changed.add(p);
                }
            }
        }
    }

    private void remove(Mark mark, SortedSet<Integer> changed) {
        int start = text.toUtf16(mark.span().start());
        int end = text.toUtf16(mark.span().end());
        for (int p = firstParagraphEndingAfter(start); p < paragraphs.size() && paragraphs.get(p).start() < end; p++) {
            List<Highlight> highlights = byParagraph.get(p);
            Paragraph paragraph = paragraphs.get(p);
            Highlight probe = new Highlight(mark, Math.max(start, paragraph.start()) - paragraph.start(),
                    Math.min(end, paragraph.end()) - paragraph.start(), null, 0);
            for (int i = before(highlights, probe); i < highlights.size()
                    && HighlightOrder.ORDER.compare(highlights.get(i), probe) == 0; i++) {
                if (highlights.get(i).mark().equals(mark)) {
                    highlights.remove(i);
                    changed.add(p);
                    break;
                }
            }
        }
    }

    /** The place of the first highlight not before this one in the order. */
    private static int before(List<Highlight> highlights, Highlight highlight) {
        return firstAbove(highlights, highlight, -1);
    }

    /** The place after the last highlight not after this one: where a sort of it appended would leave it. */
    private static int after(List<Highlight> highlights, Highlight highlight) {
        return firstAbove(highlights, highlight, 0);
    }

    /**
     * By halving, the place of the first highlight whose place beside this one in the order (the sign of
     * {@link HighlightOrder}'s comparison: -1 before, 0 equal, 1 after) is above {@code atMost}.
     */
    private static int firstAbove(List<Highlight> highlights, Highlight highlight, int atMost) {
        int low = 0;
        int high = highlights.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (Integer.signum(HighlightOrder.ORDER.compare(highlights.get(mid), highlight)) <= atMost) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Gives a paragraph's highlights, in order, their lanes. */
    private void assignLanes(int paragraph) {
        List<Highlight> highlights = byParagraph.get(paragraph);
        lanes.clear();
        for (int i = 0; i < highlights.size(); i++) {
            Highlight highlight = highlights.get(i);
            int lane = laneOf == null ? lanes.next(highlight.start(), highlight.end())
                    : laneOf.applyAsInt(highlight.mark());
            if (highlight.lane() != lane) {
                highlights.set(i, new Highlight(highlight.mark(), highlight.start(), highlight.end(),
                        highlight.colour(), lane));
            }
        }
    }

    private int firstParagraphEndingAfter(int offset) {
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
        return paragraph < byParagraph.size() ? List.copyOf(byParagraph.get(paragraph)) : List.of();
    }

    /** Every paragraph's highlights, to compare one index with another. */
    List<List<Highlight>> all() {
        return byParagraph.stream().map(List::copyOf).toList();
    }
}

package app.hamish.ui.article;

import java.util.function.ToDoubleFunction;

/**
 * Chooses where a paragraph's lines end, because JavaFX's own wrapping garbles Arabic on Linux (see
 * docs/decisions/0005). The result is a display copy of the paragraph of the same length in which the space at
 * each break is replaced by a line feed, so every offset in the display copy is the offset in the stored text.
 */
public final class LineBreaks {
    /** The display copy and the width of its widest line, measured as the break decisions were. */
    public record Result(String display, double widestLine, int lines) {
    }

    private LineBreaks() {
    }

    /**
     * Greedy breaking at spaces. Words are measured one at a time: Arabic letters do not join across a space, so a
     * line is as wide as its words and spaces. A word wider than {@code maxWidth} gets a line of its own.
     */
    public static Result breakLines(String paragraph, double maxWidth, ToDoubleFunction<String> width) {
        char[] display = paragraph.toCharArray();
        double spaceWidth = width.applyAsDouble(" ");
        double lineWidth = 0;
        double widest = 0;
        boolean lineHasWord = false;
        int lines = 1;
        int i = 0;
        int spacesStart = -1;
        while (i < display.length) {
            if (display[i] == ' ') {
                spacesStart = i;
                while (i < display.length && display[i] == ' ') {
                    i++;
                }
                continue;
            }
            int wordEnd = i;
            while (wordEnd < display.length && display[wordEnd] != ' ') {
                wordEnd++;
            }
            double wordWidth = width.applyAsDouble(paragraph.substring(i, wordEnd));
            double spaces = spacesStart >= 0 ? (i - spacesStart) * spaceWidth : 0;
            if (lineHasWord && spacesStart >= 0 && lineWidth + spaces + wordWidth > maxWidth) {
                // Break at the last space before the word; the others trail the previous line, invisibly.
                display[i - 1] = '\n';
                widest = Math.max(widest, lineWidth);
                lineWidth = wordWidth;
                lines++;
            } else {
                lineWidth += spaces + wordWidth;
            }
            lineHasWord = true;
            spacesStart = -1;
            i = wordEnd;
        }
        return new Result(new String(display), Math.max(widest, lineWidth), lines);
    }
}

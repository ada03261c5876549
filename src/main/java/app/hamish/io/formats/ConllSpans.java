package app.hamish.io.formats;

import app.hamish.model.Span;
import java.util.List;

/**
 * Turns the tag columns of a document's tokens into spans: BIO (IOB2), IOB1 (an {@code I-} tag after another
 * label or {@code O} opens a span) and BIOES / BILOU ({@code E-}/{@code L-} close a span, {@code S-}/{@code U-}
 * are a one-token span). A sentence break closes every open span.
 */
final class ConllSpans {
    private final DocumentBuilder document;
    private final List<List<String>> tags;
    private final List<Integer> lines;
    private final List<Boolean> sentenceStarts;

    ConllSpans(DocumentBuilder document, List<List<String>> tags, List<Integer> lines, List<Boolean> sentenceStarts) {
        this.document = document;
        this.tags = tags;
        this.lines = lines;
        this.sentenceStarts = sentenceStarts;
    }

    /** Reads every column; {@code places} are the tokens' code-point ranges. */
    void read(List<Span> places) {
        int columns = tags.stream().mapToInt(List::size).max().orElse(0);
        for (int column = 0; column < columns; column++) {
            readColumn(column, places);
        }
    }

    private void readColumn(int column, List<Span> places) {
        String label = null;
        int first = -1;
        for (int i = 0; i <= places.size(); i++) {
            String tag = i == places.size() || column >= tags.get(i).size() ? "O" : tags.get(i).get(column);
            String prefix = tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(0, 1) : tag;
            String name = tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(2) : null;
            boolean continues = label != null && name != null && name.equals(label)
                    && (prefix.equals("I") || prefix.equals("E") || prefix.equals("L"))
                    && !sentenceStarts.get(i);
            if (label != null && !continues) {
                close(column, label, first, i - 1, places);
                label = null;
            }
            if (name == null && !tag.equals("O")) {
                document.problem(lines.get(i), "has the tag “" + tag + "”; tags are O or B-, I-, E-, S-, L-, U- "
                        + "and a label");
                continue;
            }
            if (name != null && !continues) {
                if (!"BIESLU".contains(prefix)) {
                    document.problem(lines.get(i), "has the tag “" + tag + "”; its prefix is not B, I, E, S, L or U");
                    continue;
                }
                label = name;
                first = i;
            }
            if (label != null && "ESLU".contains(prefix)) {
                close(column, label, first, i, places);
                label = null;
            }
        }
    }

    private void close(int column, String label, int first, int last, List<Span> places) {
        document.span("c" + column + "t" + first, places.get(first).start(), places.get(last).end(), label, null,
                null, lines.get(first));
    }
}

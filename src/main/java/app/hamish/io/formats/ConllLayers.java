package app.hamish.io.formats;

import app.hamish.model.ArticleText;
import app.hamish.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableSet;

/**
 * Puts possibly overlapping spans into BIO tag columns and tags tokens with them. Each column holds spans that do
 * not overlap, so one BIO tag per token and column says everything; a span goes in the first column where it fits,
 * longer spans first among those starting together, so the first column holds the outermost spans.
 */
final class ConllLayers {
    /** A span and its label as the file names it. */
    record Tagged(Span span, String label) {
    }

    private final List<List<Tagged>> columns = new ArrayList<>();
    private final int[] next;

    ConllLayers(List<Tagged> spans) {
        List<Tagged> ordered = new ArrayList<>(spans);
        ordered.sort(Comparator.comparing((Tagged tagged) -> tagged.span().start())
                .thenComparing(tagged -> -tagged.span().end()));
        for (Tagged tagged : ordered) {
            List<Tagged> column = columns.stream()
                    .filter(candidate -> candidate.getLast().span().end() <= tagged.span().start())
                    .findFirst().orElseGet(() -> {
                        columns.add(new ArrayList<>());
                        return columns.getLast();
                    });
            column.add(tagged);
        }
        next = new int[columns.size()];
    }

    /** At least one: an article without spans still has its column of O tags. */
    int columnCount() {
        return Math.max(1, columns.size());
    }

    /** The tags of the next token; tokens must come in text order and never straddle a span boundary. */
    List<String> tags(Span token) {
        List<String> tags = new ArrayList<>(columnCount());
        for (int c = 0; c < columnCount(); c++) {
            List<Tagged> column = c < columns.size() ? columns.get(c) : List.of();
            while (next.length > c && next[c] < column.size() && column.get(next[c]).span().end() <= token.start()) {
                next[c]++;
            }
            Tagged current = next.length > c && next[c] < column.size() ? column.get(next[c]) : null;
            if (current == null || current.span().start() > token.start()) {
                tags.add("O");
            } else {
                tags.add((current.span().start() == token.start() ? "B-" : "I-") + current.label());
            }
        }
        return tags;
    }

    /** The word cut at each boundary strictly inside it. */
    static List<Span> split(Span word, NavigableSet<Integer> boundaries) {
        List<Span> pieces = new ArrayList<>();
        int start = word.start();
        for (int boundary : boundaries.subSet(word.start(), false, word.end(), false)) {
            pieces.add(new Span(start, boundary));
            start = boundary;
        }
        pieces.add(new Span(start, word.end()));
        return pieces;
    }

    /** A line break between two tokens ends a sentence block, unless a span runs across it. */
    static boolean breaksBlock(ArticleText text, Span previous, Span next, List<Tagged> spans) {
        if (previous.end() == next.start() || !text.slice(new Span(previous.end(), next.start())).contains("\n")) {
            return false;
        }
        return spans.stream().noneMatch(tagged -> tagged.span().start() < next.start()
                && tagged.span().end() > previous.end());
    }
}

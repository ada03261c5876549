package app.hamish.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.Annotation;
import app.hamish.model.Provenance;
import app.hamish.model.Span;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

class HighlightOrderTest {
    /**
     * Highlights in the order lanes are given in: by place, then by look, annotation, label and span. Each one comes
     * after the one before it by one of those, and each of them decides at least one pair.
     */
    private static final List<Highlight> IN_ORDER = List.of(
            highlight(0, 4, annotated(7, "Entity", 0, 4)),
            highlight(0, 9, annotated(7, "Entity", 0, 9)),
            highlight(2, 9, annotated(7, "Entity", 2, 9)),
            highlight(2, 9, annotated(8, "Entity", 2, 9)),
            highlight(2, 9, new Mark(new Span(2, 9), "Claim", Mark.Look.REJECTED, annotation(3, "Claim", 2, 9))),
            highlight(2, 9, suggested("Claim", 2, 9)),
            highlight(2, 9, suggested("Entity", 2, 9)),
            highlight(2, 9, suggested("Entity", 2, 12)));

    @Test
    void theSameHighlightsAreOrderedAlikeHoweverTheyArrive() {
        Random shuffles = new Random(93);
        for (int round = 0; round < 50; round++) {
            List<Highlight> arrived = new ArrayList<>(IN_ORDER);
            Collections.shuffle(arrived, shuffles);
            arrived.sort(HighlightOrder.ORDER);
            assertThat(arrived).as("sorted from %s", arrived).containsExactlyElementsOf(IN_ORDER);
        }
    }

    @Test
    void onlyTheSameMarkAtTheSamePlaceComparesEqual() {
        for (Highlight one : IN_ORDER) {
            for (Highlight other : IN_ORDER) {
                int order = HighlightOrder.ORDER.compare(one, other);
                assertThat(order == 0).as("%s against %s", one, other).isEqualTo(one == other);
                assertThat(Integer.signum(order)).isEqualTo(-Integer.signum(HighlightOrder.ORDER.compare(other, one)));
            }
        }
    }

    private static Highlight highlight(int start, int end, Mark mark) {
        return new Highlight(mark, start, end, Color.GRAY, 0);
    }

    private static Mark annotated(long id, String label, int start, int end) {
        return new Mark(new Span(start, end), label, Mark.Look.ANNOTATION, annotation(id, label, start, end));
    }

    private static Mark suggested(String label, int start, int end) {
        return new Mark(new Span(start, end), label, Mark.Look.SUGGESTION, null);
    }

    private static Annotation annotation(long id, String label, int start, int end) {
        Instant made = Instant.parse("2026-01-01T00:00:00Z");
        return new Annotation(id, 1, 1, new Span(start, end), label, "", "", Provenance.MANUAL, made, made);
    }
}

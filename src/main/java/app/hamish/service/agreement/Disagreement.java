package app.hamish.service.agreement;

import app.hamish.model.Annotation;
import app.hamish.model.Span;
import java.util.List;
import java.util.Objects;

/**
 * An annotation one annotator made that the other did not make exactly (same span, same label), for a reviewer
 * to look at.
 *
 * @param annotator the name of the annotator who made {@code annotation}
 * @param counterparts the other annotator's annotations that nearly match, in text order: the ones on the same
 *     span ({@link Kind#LABEL_DIFFERS}) or the overlapping ones of the same label ({@link Kind#BOUNDARY_DIFFERS});
 *     empty for {@link Kind#MISSING_IN_OTHER}
 */
public record Disagreement(Kind kind, Annotation annotation, String annotator, List<Annotation> counterparts) {
    public enum Kind {
        /** The other annotator has nothing of this label here. */
        MISSING_IN_OTHER,
        /** The other annotator put another label on exactly this span. */
        LABEL_DIFFERS,
        /** The other annotator put this label on an overlapping span with other offsets. */
        BOUNDARY_DIFFERS
    }

    public Disagreement {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(annotation);
        Objects.requireNonNull(annotator);
        counterparts = List.copyOf(counterparts);
    }

    /** Where to jump to. */
    public Span span() {
        return annotation.span();
    }
}

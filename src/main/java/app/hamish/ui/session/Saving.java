package app.hamish.ui.session;

import app.hamish.model.Annotation;
import app.hamish.model.Span;
import java.util.List;

/**
 * What a key is about to change, shown on the article as saving until its edit is committed: a highlight coming
 * ({@link Kind#ADDED}, drawn as its label's outline without the fill) or going ({@link Kind#REMOVED}, drawn faded).
 *
 * @param span in code points, as stored
 * @param label the label's name, for its colour
 */
public record Saving(Span span, String label, Kind kind) {
    public enum Kind { ADDED, REMOVED }

    /** The annotation's highlight coming. */
    public static Saving adding(Annotation annotation) {
        return new Saving(annotation.span(), annotation.label(), Kind.ADDED);
    }

    /** The annotation's highlight going. */
    public static Saving removing(Annotation annotation) {
        return new Saving(annotation.span(), annotation.label(), Kind.REMOVED);
    }

    /**
     * One highlight turning into another; nothing where its span and label stay (a note or a subtype changes no
     * highlight, and drawing it going and coming at once would say it did).
     */
    public static List<Saving> replacing(Annotation from, Annotation to) {
        if (from.span().equals(to.span()) && from.label().equals(to.label())) {
            return List.of();
        }
        return List.of(removing(from), adding(to));
    }
}

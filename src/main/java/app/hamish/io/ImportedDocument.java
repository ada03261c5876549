package app.hamish.io;

import app.hamish.model.ArticleText;
import app.hamish.model.Span;
import java.util.List;
import java.util.Objects;

/**
 * One article read from an interchange file: its text as Hamish stores it, with spans already converted to that
 * text's code points, and links between spans by the file's own ids.
 *
 * @param externalId the id to give the article if the workspace does not hold its text yet
 * @param title null to take the first line
 */
public record ImportedDocument(Origin origin, String externalId, String title, ArticleText text, String metaJson,
                               List<Mark> marks, List<Link> links) {
    /** Where something was read: a file (or archive entry) and 1-based line, 0 for the whole file. */
    public record Origin(String file, int line) {
        public InputException.Problem problem(String message) {
            return new InputException.Problem(file, line, message);
        }
    }

    /**
     * A labelled span; {@code key} is the file's id for it (what links refer to), {@code label} the file's name,
     * {@code annotator} who made it as the file records it, or null where the file does not say.
     */
    public record Mark(String key, Span span, String label, String note, String annotator, Origin origin) {
    }

    /** A directed link from one mark to another, by their keys. */
    public record Link(String fromKey, String toKey, String type, Origin origin) {
    }

    public ImportedDocument {
        Objects.requireNonNull(origin);
        Objects.requireNonNull(externalId);
        Objects.requireNonNull(text);
        Objects.requireNonNull(metaJson);
        marks = List.copyOf(marks);
        links = List.copyOf(links);
    }
}

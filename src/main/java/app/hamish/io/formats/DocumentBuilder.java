package app.hamish.io.formats;

import app.hamish.io.ImportedDocument;
import app.hamish.io.InputException;
import app.hamish.model.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects one document's spans and links as a reader finds them, checking each against the text as the source
 * tool counted it (bounds, and the span's text where the file gives it), and moves the offsets to the text Hamish
 * stores. Problems are collected, not thrown, so one import reports all of them.
 */
final class DocumentBuilder {
    private final ImportedDocument.Origin origin;
    private final SourceText text;
    private final List<ImportedDocument.Mark> marks = new ArrayList<>();
    private final List<ImportedDocument.Link> links = new ArrayList<>();
    private final Set<String> keys = new HashSet<>();
    private final List<InputException.Problem> problems;

    /**
     * @param problems where problems go, shared by all documents of one import
     * @throws InputException if the text cannot be an article's (an unpaired surrogate)
     */
    DocumentBuilder(ImportedDocument.Origin origin, String sourceText, List<InputException.Problem> problems) {
        this.origin = origin;
        this.problems = problems;
        try {
            this.text = SourceText.of(sourceText);
        } catch (IllegalArgumentException e) {
            throw new InputException(origin.file(), origin.line(), "has a text with an " + e.getMessage());
        }
    }

    /** A document whose text is the string field {@code field} of a JSON object, starting where the object does. */
    static DocumentBuilder of(JsonTree.Node object, String field, List<InputException.Problem> problems) {
        return new DocumentBuilder(new ImportedDocument.Origin(object.file(), object.line()), object.string(field),
                problems);
    }

    SourceText text() {
        return text;
    }

    void problem(int line, String message) {
        problems.add(new InputException.Problem(origin.file(), line, message));
    }

    /**
     * A span {@code [start, end)} in the source's code points.
     *
     * @param key the file's id for the span, which links refer to
     * @param expectedText the span's text as the file gives it, or null where the format gives none
     */
    void span(String key, long start, long end, String label, String expectedText, String note, int line) {
        ImportedDocument.Origin at = new ImportedDocument.Origin(origin.file(), line);
        if (!keys.add(key)) {
            problems.add(at.problem("span id '" + key + "' is used twice in one document"));
            return;
        }
        int length = text.source().codePointLength();
        if (label == null || label.isBlank()) {
            problems.add(at.problem("span [" + start + "," + end + ") has no label"));
        } else if (start < 0 || end <= start) {
            problems.add(at.problem("span [" + start + "," + end + ") is empty or ends before it starts"));
        } else if (end > length) {
            problems.add(at.problem("span [" + start + "," + end + ") ends after the text, which has " + length
                    + " characters (code points)" + SpanTextMismatch.utf16Hint(text.source(), start, end,
                    expectedText)));
        } else {
            Span span = new Span((int) start, (int) end);
            String actual = text.source().slice(span);
            if (expectedText != null && !expectedText.equals(actual)) {
                problems.add(at.problem(SpanTextMismatch.describe(text.source(), span, expectedText)));
                return;
            }
            int storedStart = text.toStored(span.start());
            int storedEnd = text.toStored(span.end());
            if (storedStart == storedEnd) {
                problems.add(at.problem("span " + span + " holds only a line ending or byte-order mark"));
                return;
            }
            marks.add(new ImportedDocument.Mark(key, new Span(storedStart, storedEnd), label.strip(),
                    note == null ? "" : note, at));
        }
    }

    void link(String fromKey, String toKey, String type, int line) {
        ImportedDocument.Origin at = new ImportedDocument.Origin(origin.file(), line);
        if (type == null || type.isBlank()) {
            problems.add(at.problem("relation has no type"));
        } else if (!keys.contains(fromKey) || !keys.contains(toKey)) {
            problems.add(at.problem("relation refers to span '" + (keys.contains(fromKey) ? toKey : fromKey)
                    + "', which this document does not have"));
        } else {
            links.add(new ImportedDocument.Link(fromKey, toKey, type.strip(), at));
        }
    }

    /** Links whose ends were refused are dropped here: the refused span's own problem says what went wrong. */
    ImportedDocument build(String externalId, String title, String metaJson) {
        Set<String> accepted = new HashSet<>();
        marks.forEach(mark -> accepted.add(mark.key()));
        List<ImportedDocument.Link> kept = links.stream()
                .filter(link -> accepted.contains(link.fromKey()) && accepted.contains(link.toKey())).toList();
        return new ImportedDocument(origin, externalId, title, text.stored(), metaJson, marks, kept);
    }
}

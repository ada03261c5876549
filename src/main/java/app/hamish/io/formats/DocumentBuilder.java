package app.hamish.io.formats;

import app.hamish.io.ImportedDocument;
import app.hamish.io.InputException;
import app.hamish.io.TextDecoding;
import app.hamish.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects one document's spans and links as a reader finds them, checking each against the text as the source
 * tool counted it (bounds, and the span's text where the file gives it), and moves the offsets to the text Hamish
 * stores. Problems are collected, not thrown, so one import reports all of them.
 */
final class DocumentBuilder {
    private static final String OPTION_HINT = ": import it with --offset-unit utf16";
    private final ImportedDocument.Origin origin;
    private final SourceText text;
    private final List<ImportedDocument.Mark> marks = new ArrayList<>();
    private final List<ImportedDocument.Link> links = new ArrayList<>();
    private final Set<String> keys = new HashSet<>();
    private final Map<String, String> annotators = new HashMap<>();
    private final List<InputException.Problem> problems;
    private final OffsetUnit unit;
    private boolean escapedLineBreaks;

    /**
     * @param problems where problems go, shared by all documents of one import
     * @throws InputException if the text cannot be an article's (an unpaired surrogate)
     */
    DocumentBuilder(ImportedDocument.Origin origin, String sourceText, List<InputException.Problem> problems) {
        this(origin, sourceText, null, problems);
    }

    /**
     * @param unit what the file's offsets count, converted to code points before anything is checked; null where
     *     the format has no choice (code points), so a message never suggests {@code --offset-unit}
     */
    DocumentBuilder(ImportedDocument.Origin origin, String sourceText, OffsetUnit unit,
                    List<InputException.Problem> problems) {
        this.origin = origin;
        this.problems = problems;
        this.unit = unit;
        String nul = TextDecoding.nulProblem(sourceText);
        if (nul != null) {
            throw new InputException(origin.file(), origin.line(), nul);
        }
        try {
            this.text = SourceText.of(sourceText);
        } catch (IllegalArgumentException e) {
            throw new InputException(origin.file(), origin.line(), "has a text with an " + e.getMessage());
        }
    }

    /** A document whose text is the string field {@code field} of a JSON object, starting where the object does. */
    static DocumentBuilder of(JsonTree.Node object, String field, OffsetUnit unit,
                              List<InputException.Problem> problems) {
        return new DocumentBuilder(new ImportedDocument.Origin(object.file(), object.line()), object.string(field),
                unit, problems);
    }

    /**
     * A span's text in the file may write each line break as the two characters {@code \n}, as Label Studio does
     * in {@code value.text}.
     */
    DocumentBuilder acceptingEscapedLineBreaks() {
        escapedLineBreaks = true;
        return this;
    }

    SourceText text() {
        return text;
    }

    void problem(int line, String message) {
        problems.add(new InputException.Problem(origin.file(), line, message));
    }

    /**
     * A span {@code [start, end)} in the source's offsets (code points unless the file counts UTF-16 units).
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
        if (unit == OffsetUnit.UTF16 && start >= 0 && end > start) {
            long[] converted = fromUtf16(start, end, at);
            if (converted == null) {
                return;
            }
            start = converted[0];
            end = converted[1];
        }
        int length = text.source().codePointLength();
        if (label == null || label.isBlank()) {
            problems.add(at.problem("span [" + start + "," + end + ") has no label"));
        } else if (start < 0 || end <= start) {
            problems.add(at.problem("span [" + start + "," + end + ") is empty or ends before it starts"));
        } else if (end > length) {
            problems.add(at.problem("span [" + start + "," + end + ") ends after the text, which has " + length
                    + " characters (code points)" + SpanTextMismatch.utf16Hint(text.source(), start, end, expectedText)
                    + optionHint(start, end, expectedText)));
        } else {
            Span span = new Span((int) start, (int) end);
            String actual = text.source().slice(span);
            if (expectedText != null && !matches(expectedText, actual)) {
                problems.add(at.problem(SpanTextMismatch.describe(text.source(), span, expectedText)
                        + optionHint(start, end, expectedText)));
                return;
            }
            int storedStart = text.toStored(span.start());
            int storedEnd = text.toStored(span.end());
            if (storedStart == storedEnd) {
                problems.add(at.problem("span " + span + " holds only a line ending or byte-order mark"));
                return;
            }
            marks.add(new ImportedDocument.Mark(key, new Span(storedStart, storedEnd), label.strip(),
                    note == null ? "" : note, null, at));
        }
    }

    private boolean matches(String expectedText, String actual) {
        return expectedText.equals(actual) || escapedLineBreaks && (expectedText.equals(actual.replace("\n", "\\n"))
                || expectedText.equals(actual.replace("\r\n", "\\n")));
    }

    /** Where the offsets look like UTF-16 units and the format takes them, how to import them. */
    private String optionHint(long start, long end, String expectedText) {
        return unit == OffsetUnit.CODEPOINT
                && !SpanTextMismatch.utf16Hint(text.source(), start, end, expectedText).isEmpty() ? OPTION_HINT : "";
    }

    /**
     * UTF-16 offsets as code points, or null (with the problem recorded) if they lie beyond the text or cut a
     * character outside the Basic Multilingual Plane in two, which UTF-16 offsets never do.
     */
    private long[] fromUtf16(long start, long end, ImportedDocument.Origin at) {
        String value = text.source().value();
        if (end > value.length()) {
            problems.add(at.problem("span [" + start + "," + end + ") ends after the text, which has "
                    + value.length() + " UTF-16 code units"));
            return null;
        }
        for (long offset : new long[] {start, end}) {
            int i = (int) offset;
            if (text.source().splitsPair(i)) {
                int codePoint = value.codePointAt(i - 1);
                problems.add(at.problem("span [" + start + "," + end + ") cuts “" + Character.toString(codePoint)
                        + "” (U+%X) in two at %d, so its offsets are not UTF-16 code units; read them as code points"
                        .formatted(codePoint, offset) + " (without --offset-unit utf16)"));
                return null;
            }
        }
        return new long[] {text.source().toCodePoints((int) start), text.source().toCodePoints((int) end)};
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

    /** Records who made the span with this key, as the file says. */
    void annotator(String key, String name) {
        annotators.put(key, name);
    }

    /** Links whose ends were refused are dropped here: the refused span's own problem says what went wrong. */
    ImportedDocument build(String externalId, String title, String metaJson) {
        Set<String> accepted = new HashSet<>();
        marks.forEach(mark -> accepted.add(mark.key()));
        List<ImportedDocument.Link> kept = links.stream()
                .filter(link -> accepted.contains(link.fromKey()) && accepted.contains(link.toKey())).toList();
        List<ImportedDocument.Mark> attributed = marks.stream().map(mark -> new ImportedDocument.Mark(mark.key(),
                mark.span(), mark.label(), mark.note(), annotators.get(mark.key()), mark.origin())).toList();
        return new ImportedDocument(origin, externalId, title, text.stored(), metaJson, attributed, kept);
    }
}

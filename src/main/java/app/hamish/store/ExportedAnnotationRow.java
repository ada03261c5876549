package app.hamish.store;

import app.hamish.model.Annotator;
import app.hamish.model.ReviewStatus;
import app.hamish.model.WorkflowState;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * One annotation of an export's scan as the database hands it over: every column the export reads joined into one
 * UTF-8 value by the database itself (decision 0069). A column read through sqlite-jdbc is a native call; nineteen
 * of them a row were most of an export's time (decision 0037), one is not.
 *
 * <p>The value is the numbers and codes, each followed by a comma (empty for SQL NULL), then the byte lengths of the
 * three free texts (empty for NULL), each followed by a comma, then those texts' bytes one after another: a free
 * text may hold any character, a comma or a NUL included, and its length says where it ends.
 */
final class ExportedAnnotationRow {
    /**
     * The value's expression over the export's annotation scan ({@code a} annotations, {@code d} its review decision,
     * {@code s} its layer's state, {@code g} its adjudication, {@code source} and {@code copy} the spans it shares
     * with gold). {@code concat} reads NULL as empty in both SQLite and PostgreSQL, and {@code octet_length} of NULL
     * is NULL.
     */
    static final String VALUE = """
            concat(a.id, ',', a.article_id, ',', a.start_cp, ',', a.end_cp, ',', a.label_id, ',', a.annotator_id, ',',
                   a.created_at, ',', d.decision, ',', d.reviewer_id, ',', d.decided_at, ',', a.updated_at, ',',
                   s.state, ',', g.adjudicator_id, ',', g.adjudicated_at, ',',
                   CASE WHEN a.annotator_id = %1$d THEN source.start_cp ELSE copy.start_cp END, ',',
                   CASE WHEN a.annotator_id = %1$d THEN source.end_cp ELSE copy.end_cp END, ',',
                   octet_length(a.subtype), ',', octet_length(a.note), ',', octet_length(d.comment), ',',
                   a.subtype, a.note, d.comment)""".formatted(Annotator.GOLD_ID);

    private static final ReviewStatus[] DECISIONS = ReviewStatus.values();
    private static final WorkflowState[] STATES = WorkflowState.values();

    private final byte[] value;
    private int at;

    final long id;
    final long articleId;
    final int start;
    final int end;
    final long labelId;
    final long annotatorId;
    final long createdAt;
    final ReviewStatus decision;
    final Long reviewerId;
    final Long decidedAt;
    final long updatedAt;
    final WorkflowState state;
    final Long adjudicatorId;
    final Long adjudicatedAt;
    final Integer linkedStart;
    final Integer linkedEnd;
    final String subtype;
    final String note;
    final String comment;

    /** @throws IllegalStateException if the value is not one {@link #VALUE} makes */
    ExportedAnnotationRow(byte[] value) {
        this.value = value;
        id = number();
        articleId = number();
        start = Math.toIntExact(number());
        end = Math.toIntExact(number());
        labelId = number();
        annotatorId = number();
        createdAt = number();
        decision = code(DECISIONS, ReviewStatus::code);
        reviewerId = optionalNumber();
        decidedAt = optionalNumber();
        updatedAt = number();
        state = code(STATES, WorkflowState::code);
        adjudicatorId = optionalNumber();
        adjudicatedAt = optionalNumber();
        Long linkedFrom = optionalNumber();
        Long linkedTo = optionalNumber();
        linkedStart = linkedFrom == null ? null : Math.toIntExact(linkedFrom);
        linkedEnd = linkedTo == null ? null : Math.toIntExact(linkedTo);
        Long subtypeBytes = optionalNumber();
        Long noteBytes = optionalNumber();
        Long commentBytes = optionalNumber();
        subtype = text(subtypeBytes);
        note = text(noteBytes);
        comment = text(commentBytes);
        if (at != value.length) {
            throw malformed();
        }
    }

    /** The decimal number up to the next comma, or null for none there; the comma is passed. */
    private Long optionalNumber() {
        if (at < value.length && value[at] == ',') {
            at++;
            return null;
        }
        return number();
    }

    /** The decimal number up to the next comma, which is passed. */
    private long number() {
        boolean negative = at < value.length && value[at] == '-';
        if (negative) {
            at++;
        }
        long number = 0;
        int digits = 0;
        while (at < value.length && value[at] != ',') {
            int digit = value[at++] - '0';
            if (digit < 0 || digit > 9) {
                throw malformed();
            }
            number = number * 10 + digit;
            digits++;
        }
        if (digits == 0 || at == value.length) {
            throw malformed();
        }
        at++;
        return negative ? -number : number;
    }

    /** The code up to the next comma, one of {@code codes}, or null for none there; the comma is passed. */
    private <E extends Enum<E>> E code(E[] codes, Function<E, String> code) {
        int from = at;
        while (at < value.length && value[at] != ',') {
            at++;
        }
        if (at == value.length) {
            throw malformed();
        }
        int length = at++ - from;
        if (length == 0) {
            return null;
        }
        for (E known : codes) {
            String name = code.apply(known);
            if (name.length() == length && holds(name, from)) {
                return known;
            }
        }
        throw malformed();
    }

    /** Whether the value holds the ASCII {@code name} at {@code from}. */
    private boolean holds(String name, int from) {
        for (int i = 0; i < name.length(); i++) {
            if (value[from + i] != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private String text(Long bytes) {
        if (bytes == null) {
            return null;
        }
        if (bytes > value.length - at) {
            throw malformed();
        }
        String text = new String(value, at, bytes.intValue(), StandardCharsets.UTF_8);
        at += bytes.intValue();
        return text;
    }

    private IllegalStateException malformed() {
        return new IllegalStateException("an export row the workspace gave is not as its query makes it, at byte "
                + at + ": " + new String(value, StandardCharsets.UTF_8));
    }
}

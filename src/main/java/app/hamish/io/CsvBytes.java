package app.hamish.io;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * CSV records encoded straight into UTF-8 bytes, cell by cell, by {@link CsvCells}' rules: the same bytes as
 * {@link CsvCells#appendRow} followed by {@code String.getBytes(UTF_8)} (an unpaired surrogate becomes {@code ?}),
 * without a string per cell or per record. A cell of an article's text is a copy of that text's bytes
 * ({@link TextBytes}), encoded once for all its cells.
 */
final class CsvBytes {
    private final boolean guard;
    private byte[] bytes = new byte[1 << 16];
    private int length;
    private boolean recordStarted;

    /** @param guard whether to prefix formula-like cells with {@code '}, as {@link CsvCells#cell(String, boolean)} */
    CsvBytes(boolean guard) {
        this.guard = guard;
    }

    /** A cell; null is an empty one. */
    void cell(String value) {
        separate();
        if (value == null || value.isEmpty()) {
            return;
        }
        boolean guarded = guard && CsvCells.startsLikeFormula(value);
        boolean quoted = CsvCells.needsQuotes(value);
        // At most three bytes a character; a doubled quote takes two, a surrogate pair four for two characters.
        ensure(3 * value.length() + 3);
        if (quoted) {
            bytes[length++] = '"';
        }
        if (guarded) {
            bytes[length++] = CsvCells.FORMULA_GUARD;
        }
        encode(value, quoted);
        if (quoted) {
            bytes[length++] = '"';
        }
    }

    /** A number's cell; only a negative one can need a guard. */
    void cell(long number) {
        if (number < 0) {
            cell(Long.toString(number));
            return;
        }
        separate();
        ensure(20);
        int end = length + digits(number);
        length = end;
        long rest = number;
        do {
            bytes[--end] = (byte) ('0' + rest % 10);
            rest /= 10;
        } while (rest > 0);
    }

    /** The cell of the text's code points {@code from} to {@code to}, copied as encoded. */
    void cell(TextBytes text, int from, int to) {
        separate();
        if (from == to) {
            return;
        }
        boolean guarded = guard && text.startsLikeFormula(from, to);
        boolean quoted = text.breaksCell(from, to);
        int start = text.byteAt(from);
        int end = text.byteAt(to);
        // A quote inside is doubled; no other byte of UTF-8 is a quote's.
        ensure(2 * (end - start) + 3);
        if (quoted) {
            bytes[length++] = '"';
        }
        if (guarded) {
            bytes[length++] = CsvCells.FORMULA_GUARD;
        }
        if (quoted && text.holdsQuote(from, to)) {
            byte[] utf8 = text.utf8();
            for (int i = start; i < end; i++) {
                if (utf8[i] == '"') {
                    bytes[length++] = '"';
                }
                bytes[length++] = utf8[i];
            }
        } else {
            System.arraycopy(text.utf8(), start, bytes, length, end - start);
            length += end - start;
        }
        if (quoted) {
            bytes[length++] = '"';
        }
    }

    /**
     * The cell holding the text's code points {@code from} to {@code to} as a JSON string literal; {@code literal}
     * gives the literal when one of them is a character Hamish's JSON escapes. Otherwise the literal is those
     * characters between two quotes.
     */
    void jsonCell(TextBytes text, int from, int to, Supplier<String> literal) {
        if (text.needsJsonEscapes(from, to)) {
            cell(literal.get());
            return;
        }
        separate();
        int start = text.byteAt(from);
        int end = text.byteAt(to);
        ensure(end - start + 6);
        // The literal's quotes, each doubled inside the cell's own: """text""".
        bytes[length++] = '"';
        bytes[length++] = '"';
        bytes[length++] = '"';
        System.arraycopy(text.utf8(), start, bytes, length, end - start);
        length += end - start;
        bytes[length++] = '"';
        bytes[length++] = '"';
        bytes[length++] = '"';
    }

    /** Ends the record with CRLF, as RFC 4180 has it. */
    void endRecord() {
        ensure(2);
        bytes[length++] = '\r';
        bytes[length++] = '\n';
        recordStarted = false;
    }

    /** Writes the records built so far and starts again from none. */
    void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, length);
        length = 0;
    }

    private void separate() {
        if (recordStarted) {
            ensure(1);
            bytes[length++] = ',';
        }
        recordStarted = true;
    }

    /** UTF-8 of the characters, quotes doubled when {@code quoted}; room for them has been made. */
    private void encode(String value, boolean quoted) {
        byte[] out = bytes;
        int at = length;
        int to = value.length();
        for (int i = 0; i < to; i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                if (c == '"' && quoted) {
                    out[at++] = '"';
                }
                out[at++] = (byte) c;
            } else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | c >> 6);
                out[at++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                out[at++] = (byte) (0xE0 | c >> 12);
                out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(value.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, value.charAt(++i));
                out[at++] = (byte) (0xF0 | codePoint >> 18);
                out[at++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
                out[at++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | codePoint & 0x3F);
            } else {
                out[at++] = '?';
            }
        }
        length = at;
    }

    private static int digits(long number) {
        int digits = 1;
        for (long rest = number / 10; rest > 0; rest /= 10) {
            digits++;
        }
        return digits;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}

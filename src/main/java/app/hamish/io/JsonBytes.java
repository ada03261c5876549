package app.hamish.io;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Arrays;

/**
 * JSON string values written from an article's UTF-8 as Hamish's JSON ({@link Json#FACTORY}) writes them from a
 * string, byte for byte, without decoding the text: a run with nothing to escape is copied as it is; otherwise the
 * escapes are the generator's: a short form for backspace, tab, line feed, form feed and carriage return, a
 * backslash, {@code u} and four upper-case hexadecimal digits for the other controls and for NEL, U+2028 and U+2029
 * ({@link Json}), and a backslash before a quote or a backslash. Decision 0069.
 */
final class JsonBytes {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private byte[] escaped = new byte[1 << 12];

    /** Whether Hamish's JSON escapes the code point in a string. */
    static boolean escaped(int c) {
        return c < 0x20 || c == '"' || c == '\\' || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    /** The text's code points {@code from} to {@code to} as the current value of {@code json}. */
    void write(JsonGenerator json, TextBytes text, int from, int to) throws IOException {
        int start = text.byteAt(from);
        int end = text.byteAt(to);
        if (!text.needsJsonEscapes(from, to)) {
            json.writeRawUTF8String(text.utf8(), start, end - start);
            return;
        }
        int length = escape(text.utf8(), start, end);
        json.writeRawUTF8String(escaped, 0, length);
    }

    /** Escapes the bytes into {@link #escaped}; returns how many it holds. */
    private int escape(byte[] utf8, int start, int end) {
        // At most six bytes (an escaped control) for each byte of the text.
        if (escaped.length < 6 * (end - start)) {
            escaped = Arrays.copyOf(escaped, 6 * (end - start));
        }
        byte[] out = escaped;
        int length = 0;
        for (int i = start; i < end; i++) {
            byte b = utf8[i];
            if (b == '"' || b == '\\') {
                out[length++] = '\\';
                out[length++] = b;
            } else if (b >= 0 && b < 0x20) {
                out[length++] = '\\';
                switch (b) {
                    case '\b' -> out[length++] = 'b';
                    case '\t' -> out[length++] = 't';
                    case '\n' -> out[length++] = 'n';
                    case '\f' -> out[length++] = 'f';
                    case '\r' -> out[length++] = 'r';
                    default -> length = unicode(out, length, b);
                }
            } else if (b == (byte) 0xC2 && utf8[i + 1] == (byte) 0x85) {
                out[length++] = '\\';
                length = unicode(out, length, 0x85);
                i++;
            } else if (b == (byte) 0xE2 && utf8[i + 1] == (byte) 0x80
                    && (utf8[i + 2] == (byte) 0xA8 || utf8[i + 2] == (byte) 0xA9)) {
                out[length++] = '\\';
                length = unicode(out, length, utf8[i + 2] == (byte) 0xA8 ? 0x2028 : 0x2029);
                i += 2;
            } else {
                out[length++] = b;
            }
        }
        return length;
    }

    /** {@code u} and the four hexadecimal digits of {@code c}, after the backslash. */
    private static int unicode(byte[] out, int at, int c) {
        out[at++] = 'u';
        out[at++] = HEX[c >> 12 & 0xF];
        out[at++] = HEX[c >> 8 & 0xF];
        out[at++] = HEX[c >> 4 & 0xF];
        out[at++] = HEX[c & 0xF];
        return at;
    }
}

package app.hamish.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns file bytes into article text the one way Hamish allows: strict UTF-8 (an invalid byte is an error with
 * its offset, never a silent U+FFFD), byte-order marks at the start dropped, CRLF and lone CR made LF, nothing else
 * changed.
 */
public final class TextDecoding {
    private TextDecoding() {
    }

    /** @throws InputException naming {@code file}, the line and the byte offset of the first invalid byte */
    public static String decode(byte[] bytes, String file) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw new InputException(file, 1, "is UTF-16; Hamish reads UTF-8 only. Save the file as UTF-8 and "
                    + "import it again.");
        }
        // The JDK's own decoding is several times faster, and equal on valid UTF-8; it marks an invalid byte with
        // U+FFFD, which a valid file may hold too: only then is the text decoded strictly, to name the byte or pass.
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) {
            return normalise(lenient);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            throw new InputException(file, lineAt(bytes, offset), "is not valid UTF-8: invalid byte 0x%02X at byte offset %d"
                    .formatted(bytes[offset] & 0xff, offset));
        }
        CoderResult flushed = decoder.flush(out);
        if (flushed.isError()) {
            throw new InputException(file, lineAt(bytes, bytes.length), "is not valid UTF-8: truncated character at the end");
        }
        return normalise(out.flip().toString());
    }

    /**
     * Whether {@link #decode} gives a text whose UTF-8 is {@code bytes} themselves, when it decodes them at all: no
     * byte-order mark to drop, no carriage return to make a line feed.
     */
    public static boolean keepsBytes(byte[] bytes) {
        if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
            return false;
        }
        for (byte b : bytes) {
            if (b == '\r') {
                return false;
            }
        }
        return true;
    }

    /**
     * Drops the byte-order marks at the start and makes every line ending {@code \n}. Every one of them, not only the
     * first: a text that tools each saved with a mark of their own starts with several, and a text kept with one
     * would lose it on its way back in from Hamish's own export (a JSON text drops its marks as a file does), its
     * spans moved.
     */
    public static String normalise(String text) {
        String withoutBom = text.substring(leadingMarks(text));
        if (withoutBom.indexOf('\r') < 0) {
            return withoutBom;
        }
        return withoutBom.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** How many byte-order marks {@code text} starts with. */
    public static int leadingMarks(String text) {
        int marks = 0;
        while (marks < text.length() && text.charAt(marks) == '\uFEFF') {
            marks++;
        }
        return marks;
    }

    /**
     * Why {@code text} cannot be an article's text, or null: a NUL, which marks binary data, which a server's
     * database cannot store, and which SQLite's {@code length()} stops counting at.
     */
    public static String nulProblem(String text) {
        int nul = text.indexOf('\0');
        return nul < 0 ? null : "has a text holding a NUL character (U+0000) at character "
                + text.codePointCount(0, nul) + "; an article's text cannot hold one";
    }

    /** 1-based line of a byte offset. */
    static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}

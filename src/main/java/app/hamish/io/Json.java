package app.hamish.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** The one JSON configuration Hamish reads and writes with. */
public final class Json {
    /** Article texts are long strings; Jackson's default limit (20 M characters) is below the largest article. */
    public static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength((int) ArticleFiles.MAX_ARTICLE_BYTES + 1)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // Exports write into a stream that must stay open until it is forced to disk.
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            // An emoji is written as itself, not as two escaped surrogates, so exports read and grep as text.
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .characterEscapes(new LineBreakEscapes())
            .build();

    /**
     * U+2028, U+2029 and NEL (U+0085) are valid unescaped in JSON, but line breaks to readers that split on
     * Unicode line boundaries (Python's {@code str.splitlines}, JavaScript before ES2019): escaped, one JSON Lines
     * record stays one line for all of them.
     */
    private static final class LineBreakEscapes extends CharacterEscapes {
        private static final SerializableString NEXT_LINE = new SerializedString("\\u0085");
        private static final SerializableString LINE_SEPARATOR = new SerializedString("\\u2028");
        private static final SerializableString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");
        private final int[] ascii = standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return switch (ch) {
                case 0x85 -> NEXT_LINE;
                case 0x2028 -> LINE_SEPARATOR;
                case 0x2029 -> PARAGRAPH_SEPARATOR;
                default -> null;
            };
        }
    }

    private Json() {
    }

    public static JsonParser parser(String json) throws IOException {
        return FACTORY.createParser(json);
    }

    /** JSON string literals written one after another through one generator, for the cells of a whole file. */
    static final class StringLiterals {
        private final StringWriter out = new StringWriter();
        private final JsonGenerator json;

        StringLiterals() {
            try {
                json = FACTORY.createGenerator(out);
            } catch (IOException e) {
                throw new UncheckedIOException("writing to a string cannot fail", e);
            }
            json.setRootValueSeparator(null);
        }

        /** As {@link Json#string}. */
        String of(String value) {
            out.getBuffer().setLength(0);
            try {
                json.writeString(value);
                json.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("writing to a string cannot fail", e);
            }
            return out.toString();
        }
    }

    /** {@code value} as a JSON string literal, quotes included. */
    public static String string(String value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeString(value);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out.toString();
    }
}

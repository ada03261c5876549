package app.hamish.io;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.ArticleText;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A JSON string written from an article's stored UTF-8 is the one Hamish's JSON writes from the string: for every
 * code point, each alone between two letters (where a run with nothing to escape is copied) and all of a block in
 * one string (where escapes sit among copied bytes).
 */
class JsonBytesTest {
    @Test
    void everyCodePointIsWrittenAsTheGeneratorWritesIt() throws IOException {
        JsonBytes strings = new JsonBytes();
        StringBuilder block = new StringBuilder();
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            if (Character.isSurrogate((char) c) && c <= 0xFFFF) {
                continue;
            }
            String alone = "a" + Character.toString(c) + "b";
            assertThat(fromBytes(strings, alone, 1, 2)).as("U+%04X", c).isEqualTo(fromString(Character.toString(c)));
            block.appendCodePoint(c);
            if (block.length() >= 4096 || c == Character.MAX_CODE_POINT) {
                String text = block.toString();
                assertThat(fromBytes(strings, text, 0, text.codePointCount(0, text.length())))
                        .as("the block ending at U+%04X", c).isEqualTo(fromString(text));
                block.setLength(0);
            }
        }
    }

    /** Code points {@code from} to {@code to} of the text read back from its UTF-8, as a workspace stores it. */
    private static String fromBytes(JsonBytes strings, String text, int from, int to) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = Json.FACTORY.createGenerator(out)) {
            strings.write(json, new TextBytes(ArticleText.ofStored(text.getBytes(StandardCharsets.UTF_8))), from, to);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String fromString(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = Json.FACTORY.createGenerator(out)) {
            json.writeString(text);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}

package app.hamish.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;

/** The one JSON configuration Hamish reads and writes with. */
public final class Json {
    /** Article texts are long strings; Jackson's default limit (20 M characters) is below the largest article. */
    public static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength((int) ArticleFiles.MAX_ARTICLE_BYTES + 1)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // Exports write into a stream that must stay open until it is forced to disk.
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            // An emoji is written as itself, not as two escaped surrogates, so exports read and grep as text.
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    private Json() {
    }

    public static JsonParser parser(String json) throws java.io.IOException {
        return FACTORY.createParser(json);
    }
}

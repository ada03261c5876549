package app.hamish.io;

import app.hamish.model.ArticleExport;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** Writes one JSON object per article and line (JSON Lines), UTF-8 without a byte-order mark. */
public final class JsonLinesWriter implements ExportRun.ArticleWriter {
    /** Writes one article as a single JSON object. */
    @FunctionalInterface
    public interface ArticleObject {
        void write(JsonGenerator json, ArticleExport article) throws IOException;
    }

    private final JsonGenerator json;
    private final ArticleObject object;

    private JsonLinesWriter(JsonGenerator json, ArticleObject object) {
        this.json = json;
        this.object = object;
    }

    public static ExportRun.Opener opener(ArticleObject object) {
        return out -> {
            JsonGenerator json = Json.FACTORY.createGenerator(out);
            json.setRootValueSeparator(null);
            return new JsonLinesWriter(json, object);
        };
    }

    @Override
    public void write(ArticleExport article) throws IOException {
        object.write(json, article);
        json.writeRaw('\n');
    }

    @Override
    public void finish() throws IOException {
        json.close();
    }
}

package app.hamish.model;

import java.time.Instant;
import java.util.Objects;

/**
 * An imported article. {@code text} is exactly what was imported (byte-order mark dropped, line endings made
 * {@code \n}, nothing else), so stored offsets stay valid forever.
 *
 * @param externalId the id the article is known by outside Hamish (file name stem or the JSONL {@code id})
 * @param metaJson free metadata (publisher, URL, date...) as a JSON object, kept verbatim for export
 */
public record Article(long id, String externalId, String title, String sourceName, ArticleText text,
                      String sha256, ScriptDirection direction, String metaJson, Instant importedAt) {
    public Article {
        Objects.requireNonNull(externalId);
        Objects.requireNonNull(title);
        Objects.requireNonNull(sourceName);
        Objects.requireNonNull(text);
        Objects.requireNonNull(sha256);
        Objects.requireNonNull(direction);
        Objects.requireNonNull(metaJson);
        Objects.requireNonNull(importedAt);
    }
}

package app.hamish.model;

import java.util.Objects;

/** An article read from a file, not yet in a workspace. */
public record NewArticle(String externalId, String title, String sourceName, ArticleText text, String metaJson) {
    public NewArticle {
        Objects.requireNonNull(externalId);
        Objects.requireNonNull(title);
        Objects.requireNonNull(sourceName);
        Objects.requireNonNull(text);
        Objects.requireNonNull(metaJson);
        if (externalId.isBlank()) {
            throw new IllegalArgumentException("article id is blank");
        }
    }

    public String sha256() {
        return ContentHash.sha256(text.value());
    }

    public ScriptDirection direction() {
        return ScriptDirection.of(text.value());
    }
}

package app.hamish.model;

import java.nio.charset.StandardCharsets;

/**
 * An article with what an import computes from its whole text, once: its UTF-8 bytes (what the workspace stores),
 * their SHA-256 (how the workspace recognises a text it holds) and its direction. Computed where the article is
 * read, so that the one thread writing the workspace does not wait for it. The bytes are null once a store that
 * sends the text as a string (a server) has let them go.
 */
public record PreparedArticle(NewArticle article, byte[] utf8, String sha256, ScriptDirection direction) {
    public static PreparedArticle of(NewArticle article) {
        return ofUtf8(article, article.text().value().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * As {@link #of(NewArticle)}, with {@code utf8}, which must be exactly the UTF-8 encoding of the article's text
     * (a file's bytes that decoding left as they were), instead of encoding the text once more.
     */
    public static PreparedArticle ofUtf8(NewArticle article, byte[] utf8) {
        return new PreparedArticle(article, utf8, ContentHash.sha256(utf8), article.direction());
    }

    /**
     * As {@link #of(NewArticle)}, for an article whose text is the one {@code plain} found in its bytes: those bytes
     * are stored and the direction is the one the scan counted, so the text is never decoded for the import.
     */
    public static PreparedArticle of(NewArticle article, PlainUtf8 plain) {
        if (article.text() != plain.text()) {
            throw new IllegalArgumentException("the article's text is not the one scanned");
        }
        return new PreparedArticle(article, plain.utf8(), ContentHash.sha256(plain.utf8()), plain.direction());
    }
}

package app.hamish.model;

/** One occurrence of a searched text in an article: its span (code points) and its original text. */
public record CorpusMatch(String articleId, Span span, String text) {
}

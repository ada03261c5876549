package app.hamish.model;

/**
 * One occurrence of a searched text in an article: its span (code points), its original text, and a few words on
 * either side of it (line breaks shown as spaces) for a list of results.
 */
public record CorpusMatch(String articleId, String title, Span span, String text, String before, String after) {
}

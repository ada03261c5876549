package app.hamish.model;

/** What the article list shows for one article, without loading its text. */
public record ArticleSummary(long id, String externalId, String title, int characters, int annotationCount) {
}

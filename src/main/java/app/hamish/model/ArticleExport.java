package app.hamish.model;

import java.util.List;

/** One article with the annotations and relations an export selected, annotations in text order. */
public record ArticleExport(Article article, List<ExportedAnnotation> annotations, List<Relation> relations) {
}

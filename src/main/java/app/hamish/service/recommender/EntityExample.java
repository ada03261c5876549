package app.hamish.service.recommender;

import app.hamish.model.Article;
import app.hamish.model.ArticleExport;
import app.hamish.model.ExportedAnnotation;
import app.hamish.model.Label;
import app.hamish.model.Span;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * An article and the entities annotated in it: what the recommender learns from. An article counts only with at
 * least one entity, since an article nobody has annotated yet says nothing about where names are not.
 */
public record EntityExample(Article article, List<Mention> mentions) {
    /** One annotated entity; {@code subtype} is null when the analyst gave none. */
    public record Mention(Span span, String subtype) {
    }

    public EntityExample {
        Objects.requireNonNull(article);
        mentions = mentions.stream().distinct()
                .sorted(Comparator.comparing(Mention::span)).toList();
    }

    /** The entity annotations of an export; other labels are left out. */
    public static EntityExample of(ArticleExport export) {
        return new EntityExample(export.article(), mentionsOf(export.annotations()));
    }

    static List<Mention> mentionsOf(List<ExportedAnnotation> annotations) {
        return annotations.stream().filter(annotation -> annotation.label().equals(Label.ENTITY))
                .map(annotation -> new Mention(annotation.span(), annotation.subtype())).toList();
    }
}

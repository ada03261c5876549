package app.hamish.service;

import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.service.agreement.AgreementCalculator;
import app.hamish.service.agreement.AgreementReport;
import app.hamish.service.agreement.ArticleAnnotations;
import app.hamish.service.agreement.Disagreement;
import app.hamish.service.agreement.Disagreements;
import app.hamish.store.WorkspaceStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** How far annotators agree, over articles they both annotated, and where they disagree. */
public final class AgreementService {
    private final WorkspaceStore store;
    private final ArticleReads reads;

    AgreementService(WorkspaceStore store, ArticleReads reads) {
        this.store = store;
        this.reads = reads;
    }

    /** Agreement over the given articles (all of them when empty). */
    public AgreementReport report(List<Long> articleIds) {
        Map<Long, String> names = names();
        List<ArticleAnnotations> loaded = new ArrayList<>();
        List<Long> ids = articleIds.isEmpty()
                ? store.articleSummaries().stream().map(summary -> summary.id()).toList() : articleIds;
        for (long id : ids) {
            load(id, names).ifPresent(loaded::add);
        }
        return AgreementCalculator.compute(loaded);
    }

    /** Where two annotators disagree on one article, in text order, for the reviewer to step through. */
    public List<Disagreement> disagreements(long articleId, long annotatorA, long annotatorB) {
        return load(articleId, names()).map(article -> Disagreements.find(article, annotatorA, annotatorB))
                .orElse(List.of());
    }

    /** An article with annotations by at least two annotators; one alone has no one to agree with. */
    private Optional<ArticleAnnotations> load(long articleId, Map<Long, String> names) {
        // Gold is the reviewers' answer, not an annotator's: agreement measures the annotators as they annotated.
        List<Annotation> annotations = reads.annotations(articleId).stream()
                .filter(annotation -> annotation.annotatorId() != Annotator.GOLD_ID).toList();
        if (annotations.stream().map(Annotation::annotatorId).distinct().count() < 2) {
            return Optional.empty();
        }
        Article article = store.article(articleId).orElseThrow();
        return Optional.of(new ArticleAnnotations(articleId, article.externalId(), article.text(), annotations,
                names));
    }

    private Map<Long, String> names() {
        return store.annotators().stream().collect(Collectors.toUnmodifiableMap(Annotator::id, Annotator::name));
    }
}

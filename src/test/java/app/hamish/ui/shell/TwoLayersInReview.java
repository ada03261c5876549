package app.hamish.ui.shell;

import app.hamish.io.SampleCorpus;
import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.Provenance;
import app.hamish.model.WorkflowTransition;
import app.hamish.service.Workspace;
import java.nio.file.Path;
import java.util.List;

/**
 * A sample article on which mona and ali marked the same claim and submitted it, in a real workspace file; the
 * reviewer samir has taken the layers named.
 */
record TwoLayersInReview(Path file, long articleId, long monaClaim, long aliClaim) {
    static final String ARTICLE = "000_8c93457ec6c28807";
    static final String CLAIM = "زار القاهرة سرا";

    static TwoLayersInReview create(Path file, String... taken) {
        try (Workspace workspace = Workspace.open(file)) {
            workspace.corpus().importSamplesIfEmpty(SampleCorpus::load);
            Article article = workspace.corpus().article(ARTICLE).orElseThrow();
            Annotator samir = workspace.annotations().annotator("samir", Annotator.Role.REVIEWER);
            long[] claims = new long[2];
            String[] names = {"mona", "ali"};
            for (int i = 0; i < names.length; i++) {
                Annotator annotator = workspace.annotations().annotator(names[i], Annotator.Role.ANNOTATOR);
                int at = article.text().value().indexOf(CLAIM);
                claims[i] = workspace.annotations().create(new NewAnnotation(article.id(), annotator.id(),
                        article.text().spanFromUtf16(at, at + CLAIM.length()), Label.CLAIM, null, "",
                        Provenance.MANUAL)).id();
                workspace.review().transition(article.id(), annotator.id(), WorkflowTransition.SUBMIT, annotator, "",
                        null);
                if (List.of(taken).contains(names[i])) {
                    workspace.review().transition(article.id(), annotator.id(), WorkflowTransition.TAKE_FOR_REVIEW,
                            samir, "", null);
                }
            }
            return new TwoLayersInReview(file, article.id(), claims[0], claims[1]);
        }
    }

    Annotation stored(long annotationId) {
        try (Workspace workspace = Workspace.open(file)) {
            return workspace.annotations().ofArticle(articleId).stream()
                    .filter(annotation -> annotation.id() == annotationId).findFirst().orElseThrow();
        }
    }
}

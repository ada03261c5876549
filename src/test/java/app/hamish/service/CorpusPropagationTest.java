package app.hamish.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.hamish.StoreBackend;
import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.ArticleText;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.NewArticle;
import app.hamish.model.Provenance;
import app.hamish.model.ReviewStatus;
import app.hamish.model.Span;
import app.hamish.model.Suggestion;
import app.hamish.model.SuggestionSource;
import app.hamish.model.WorkflowTransition;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Propagation across the corpus, on request: what is annotated in one article is proposed in another, at the
 * exact code points of the other spelling there, and never what a reviewer rejected.
 */
@ParameterizedClass
@EnumSource(StoreBackend.class)
class CorpusPropagationTest {
    @Parameter
    StoreBackend backend;
    // Emoji and a ZWJ sequence before the names: a span counted in UTF-16 instead of code points would be off.
    private static final String FIRST = "😀 التقى علي مملوك في القاهرة بمسؤول أمني";
    private static final String SECOND = "👩‍💻 ووصل عليّ مملوك إلى القاهرة، وقال مسئول إن";

    @TempDir
    Path folder;
    private StoreBackend.Place place;

    @Test
    void whatIsAnnotatedInOneArticleIsProposedInAnotherOnlyWhenAskedAndNeverWhatReviewRejected() {
        try (Workspace workspace = place().workspace()) {
            List<Article> articles = workspace.corpus().importArticles(List.of(
                    new NewArticle("first", "t", "first.txt", ArticleText.of(FIRST), "{}"),
                    new NewArticle("second", "t", "second.txt", ArticleText.of(SECOND), "{}"))).imported();
            Article first = articles.get(0);
            Article second = articles.get(1);
            Annotator mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
            Annotator samir = workspace.annotations().annotator("samir", Annotator.Role.REVIEWER);
            annotate(workspace, first, mona, "علي مملوك", Label.ENTITY, "person");
            annotate(workspace, first, mona, "مسؤول", Label.UNVERIFIED_SOURCE, null);
            Annotation cairo = annotate(workspace, first, mona, "القاهرة", Label.ENTITY, "location");
            workspace.review().transition(first.id(), mona.id(), WorkflowTransition.SUBMIT, mona, "", null);
            workspace.review().transition(first.id(), mona.id(), WorkflowTransition.TAKE_FOR_REVIEW, samir, "", null);
            workspace.review().decide(cairo.id(), samir, ReviewStatus.REJECTED, "not the point of the article", null);
            SuggestionService suggestions = workspace.suggestions(CueLexicons.load(List.of()));

            assertThat(suggestions.offered(second)).noneMatch(s -> s.source() == SuggestionSource.CORPUS);

            List<Suggestion> corpus = suggestions.offered(second, true).stream()
                    .filter(s -> s.source() == SuggestionSource.CORPUS).toList();
            assertThat(corpus).extracting(s -> second.text().slice(s.span()), Suggestion::label, Suggestion::subtype)
                    .containsExactly(
                            tuple("عليّ مملوك", Label.ENTITY, "person"),
                            tuple("مسئول", Label.UNVERIFIED_SOURCE, null));
            assertThat(corpus).extracting(Suggestion::cue).containsExactly("علي مملوك", "مسؤول");
        }
    }

    private static Annotation annotate(Workspace workspace, Article article, Annotator annotator, String text,
                                       String label, String subtype) {
        int start = article.text().value().indexOf(text);
        Span span = article.text().spanFromUtf16(start, start + text.length());
        return workspace.annotations().create(new NewAnnotation(article.id(), annotator.id(), span, label, subtype,
                "", Provenance.MANUAL));
    }

    /** This test's workspace, made on first use and reopened at the same place after. */
    private StoreBackend.Place place() {
        if (place == null) {
            place = backend.newPlace(folder);
        }
        return place;
    }
}

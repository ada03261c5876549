package app.hamish.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.StoreBackend;
import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.KeptSuggestions;
import app.hamish.model.Label;
import app.hamish.model.Suggestion;
import app.hamish.model.SuggestionFinder;
import app.hamish.model.SuggestionSource;
import app.hamish.service.recommender.CairoArticles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The entity recommender inside the suggestion service: trained from the analyst's entities, offered beside the
 * other sources, and rejected for good like them.
 */
@ParameterizedClass
@EnumSource(StoreBackend.class)
class RecommenderSuggestionsTest {
    @Parameter
    StoreBackend backend;

    @TempDir
    Path folder;
    private StoreBackend.Place place;
    private Workspace workspace;
    private List<Article> articles;
    private SuggestionService suggestions;

    @BeforeEach
    void open() {
        workspace = place().workspace();
        articles = CairoArticles.importInto(workspace);
        suggestions = workspace.suggestions(CueLexicons.load(List.of()));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theAnalystsEntitiesTeachItAndARejectedSuggestionIsNotOfferedAgain() {
        Annotator mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
        assertThat(suggestions.retrain("mona")).as("nothing to learn yet").isZero();
        for (Article article : articles.subList(0, 3)) {
            annotateEvery(article, mona);
        }
        long version = suggestions.retrain("mona");
        assertThat(version).isPositive();
        assertThat(suggestions.retrain("mona")).as("the same examples are not learned again").isEqualTo(version);

        Article unseen = articles.get(3);
        Suggestion cairo = recommended(unseen).stream()
                .filter(suggestion -> suggestion.span().equals(CairoArticles.CAIRO_IN_NEW)).findFirst().orElseThrow();
        assertThat(cairo.label()).isEqualTo(Label.ENTITY);

        suggestions.reject(cairo, unseen, mona);
        assertThat(suggestions.offered(unseen)).noneMatch(suggestion ->
                SuggestionFinder.Rejection.of(suggestion).equals(SuggestionFinder.Rejection.of(cairo)));
        List<String> audit = new ArrayList<>();
        workspace.review().audit(unseen.id(), entry -> audit.add(entry.details()));
        assertThat(audit).singleElement().asString().contains("recommender: model ");
    }

    @Test
    void tooFewExamplesOfferNothingFromTheRecommenderAndOthersUnreviewedWorkIsNotLearned() {
        Annotator mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
        Annotator samir = workspace.annotations().annotator("samir", Annotator.Role.ANNOTATOR);
        annotateEvery(articles.getFirst(), mona);
        for (Article article : articles.subList(1, 3)) {
            annotateEvery(article, samir);
        }
        suggestions.retrain("mona");
        assertThat(recommended(articles.get(3))).isEmpty();
        assertThat(suggestions.offered(articles.get(3))).as("the other sources still suggest")
                .isNotEmpty();
    }

    @Test
    void anOpenedArticlesNamesAndCuesFoundBesideTheCallerAreWhatAComputationOfEverythingOffers() {
        Annotator mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
        for (Article article : articles.subList(0, 3)) {
            annotateEvery(article, mona);
        }
        suggestions.retrain("mona");
        SuggestionService onCaller = workspace.suggestions(CueLexicons.load(List.of()), Runnable::run);
        onCaller.retrain("mona");
        SuggestionFinder finder = new SuggestionFinder(CueLexicons.load(List.of()));

        for (Article article : articles) {
            List<Annotation> annotations = workspace.annotations().ofArticle(article.id());
            List<Suggestion> opened = suggestions.offered(article, annotations, false, true);
            assertThat(suggestions.lastWholeArticle().besideNanos()).as("the names and cues were found beside")
                    .isPositive();
            assertThat(opened).isEqualTo(KeptSuggestions.of(finder, article, annotations,
                    SuggestionSources.of(onCaller, article, annotations, false, true)).offered());
            assertThat(onCaller.offered(article, annotations, false, true)).isEqualTo(opened);
            assertThat(onCaller.lastWholeArticle().besideNanos()).isZero();
        }
        assertThat(recommended(articles.get(3))).as("the recommender's names are among them").isNotEmpty();
    }

    private List<Suggestion> recommended(Article article) {
        return suggestions.offered(article).stream()
                .filter(suggestion -> suggestion.source() == SuggestionSource.RECOMMENDER).toList();
    }

    private void annotateEvery(Article article, Annotator analyst) {
        CairoArticles.annotateEvery(workspace, analyst, article);
    }

    /** This test's workspace, made on first use and reopened at the same place after. */
    private StoreBackend.Place place() {
        if (place == null) {
            place = backend.newPlace(folder);
        }
        return place;
    }
}

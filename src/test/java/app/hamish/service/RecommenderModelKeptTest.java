package app.hamish.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.StoreBackend;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.SavedModel;
import app.hamish.model.Suggestion;
import app.hamish.model.SuggestionSource;
import app.hamish.service.recommender.CairoArticles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The recommender's model is kept with the workspace (decision 0030): a restart loads it and suggests the same
 * without training; a change to what it learned from trains a new one, kept in its place; a kept model that cannot
 * be read is trained again.
 */
@ParameterizedClass
@EnumSource(StoreBackend.class)
class RecommenderModelKeptTest {
    @Parameter
    StoreBackend backend;

    @TempDir
    Path folder;

    @Test
    void aRestartLoadsTheModelAndAChangeOfWhatItLearnedFromTrainsAgain() {
        StoreBackend.Place place = backend.newPlace(folder);
        List<Suggestion> before;
        try (Workspace workspace = place.workspace()) {
            List<Article> articles = CairoArticles.importInto(workspace);
            Annotator mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
            articles.subList(0, 3).forEach(article -> CairoArticles.annotateEvery(workspace, mona, article));
            SuggestionService suggestions = workspace.suggestions(CueLexicons.load(List.of()));
            suggestions.retrain("mona");
            assertThat(suggestions.trainings()).isEqualTo(1);
            before = recommended(suggestions, articles.get(3));
            assertThat(before).isNotEmpty();
        }

        try (Workspace workspace = place.workspace()) {
            SuggestionService suggestions = workspace.suggestions(CueLexicons.load(List.of()));
            assertThat(suggestions.retrain("mona")).as("a model is in use").isPositive();
            assertThat(suggestions.trainings()).as("loaded, not trained").isZero();
            Article unseen = workspace.corpus().article("3").orElseThrow();
            assertThat(recommended(suggestions, unseen)).isEqualTo(before);

            Annotator mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
            CairoArticles.annotateEvery(workspace, mona, unseen);
            suggestions.retrain("mona");
            assertThat(suggestions.trainings()).as("what it learned from changed").isEqualTo(1);
        }

        try (Workspace workspace = place.workspace()) {
            SuggestionService suggestions = workspace.suggestions(CueLexicons.load(List.of()));
            suggestions.retrain("mona");
            assertThat(suggestions.trainings()).as("the new model was kept in place of the old").isZero();
        }
    }

    @Test
    void aKeptModelThatCannotBeReadIsTrainedAgain() {
        StoreBackend.Place place = backend.newPlace(folder);
        try (Workspace workspace = place.workspace()) {
            List<Article> articles = CairoArticles.importInto(workspace);
            Annotator mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
            articles.subList(0, 3).forEach(article -> CairoArticles.annotateEvery(workspace, mona, article));
            workspace.suggestions(CueLexicons.load(List.of())).retrain("mona");
        }
        try (var store = place.open()) {
            String fingerprint = store.savedModel("mona").orElseThrow().fingerprint();
            store.saveModel(new SavedModel("mona", fingerprint, "not a model".getBytes(StandardCharsets.UTF_8)));
        }
        try (Workspace workspace = place.workspace()) {
            SuggestionService suggestions = workspace.suggestions(CueLexicons.load(List.of()));
            suggestions.retrain("mona");
            assertThat(suggestions.trainings()).isEqualTo(1);
            assertThat(recommended(suggestions, workspace.corpus().article("3").orElseThrow())).isNotEmpty();
        }
    }

    private static List<Suggestion> recommended(SuggestionService suggestions, Article article) {
        return suggestions.offered(article).stream()
                .filter(suggestion -> suggestion.source() == SuggestionSource.RECOMMENDER).toList();
    }
}

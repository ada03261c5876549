package app.hamish.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.StoreBackend;
import app.hamish.io.ArticleFiles;
import app.hamish.io.SampleCorpus;
import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.ArticleText;
import app.hamish.model.CueLexicon;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.NewArticle;
import app.hamish.model.Provenance;
import app.hamish.model.Span;
import app.hamish.model.Suggestion;
import app.hamish.model.SuggestionSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Suggestions on a sample article: accepted through the annotation service, rejected for good. */
@ParameterizedClass
@EnumSource(StoreBackend.class)
class SuggestionServiceTest {
    @Parameter
    StoreBackend backend;
    private static final String ARTICLE = "003_1ba4dc8c3db29aaa";

    @TempDir
    Path folder;
    private StoreBackend.Place place;

    @Test
    void acceptedBecomesASuggestedAnnotationAndRejectedIsNeverOfferedAgain() {
        CueLexicon lexicon = CueLexicons.load(List.of());
        Suggestion rejected;
        try (Workspace workspace = place().workspace()) {
            workspace.corpus().importSamplesIfEmpty(SampleCorpus::load);
            Article article = workspace.corpus().article(ARTICLE).orElseThrow();
            Annotator mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
            SuggestionService suggestions = workspace.suggestions(lexicon);
            List<Suggestion> offered = suggestions.offered(article);
            assertThat(offered).extracting(suggestion -> article.text().slice(suggestion.span()))
                    .contains("لم يسمها", "مصادر دبلوماسية", "بحسب");
            assertThat(offered).extracting(Suggestion::source)
                    .containsOnly(SuggestionSource.LEXICON, SuggestionSource.REPORTING);

            Suggestion first = offered.getFirst();
            Annotation accepted = workspace.annotations().create(first.toAnnotation(mona.id()));
            assertThat(accepted.provenance()).isEqualTo(Provenance.SUGGESTED);
            assertThat(suggestions.offered(article)).as("an accepted suggestion is an annotation now")
                    .doesNotContain(first);

            rejected = offered.get(1);
            suggestions.reject(rejected, article, mona);
            suggestions.reject(rejected, article, mona);
            assertThat(suggestions.offered(article)).doesNotContain(rejected).hasSize(offered.size() - 2);
        }
        try (Workspace reopened = place().workspace()) {
            Article article = reopened.corpus().article(ARTICLE).orElseThrow();
            assertThat(reopened.suggestions(lexicon).offered(article)).as("rejections persist")
                    .doesNotContain(rejected);
            List<String> audit = new ArrayList<>();
            reopened.review().audit(article.id(), entry -> audit.add(entry.action() + " " + entry.details()));
            assertThat(audit).filteredOn(line -> line.startsWith("rejected_suggestion")).singleElement()
                    .asString().contains("UNVERIFIED_SOURCE").contains("lexicon");
        }
    }

    @Test
    void aStringRejectedIsNotSuggestedInAnyArticleUntilSomeoneAnnotatesIt() {
        try (Workspace workspace = place().workspace()) {
            workspace.corpus().importSamplesIfEmpty(SampleCorpus::load);
            Article rejectedIn = workspace.corpus().article(ARTICLE).orElseThrow();
            Article elsewhere = workspace.corpus().article("000_8c93457ec6c28807").orElseThrow();
            Article annotatedIn = workspace.corpus().article("002_687307a86b555fe6").orElseThrow();
            Annotator mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
            SuggestionService suggestions = workspace.suggestions(CueLexicons.load(List.of()));
            assertThat(texts(elsewhere, suggestions.offered(elsewhere))).contains("بحسب");
            Suggestion cue = suggestions.offered(annotatedIn).stream()
                    .filter(suggestion -> annotatedIn.text().slice(suggestion.span()).equals("بحسب")).findFirst()
                    .orElseThrow();

            suggestions.reject(suggestions.offered(rejectedIn).stream()
                    .filter(suggestion -> rejectedIn.text().slice(suggestion.span()).equals("بحسب")).findFirst()
                    .orElseThrow(), rejectedIn, mona);

            assertThat(texts(elsewhere, suggestions.offered(elsewhere))).as("rejected in another article")
                    .doesNotContain("بحسب").contains("مصادر مطلعة");
            workspace.annotations().create(cue.toAnnotation(mona.id()));
            suggestions.retrain("mona");
            assertThat(texts(elsewhere, suggestions.offered(elsewhere))).as("annotated since, so wanted somewhere")
                    .contains("بحسب");
        }
    }

    /**
     * Suggestions computed again after each edit keep the workspace's rejections, read at the last training: one made
     * here is honoured at once, one made in another window from the next training on, and not before, since
     * computing them again reads none.
     */
    @Test
    void rejectionsAreReadOncePerTrainingAndOneMadeAfterOrElsewhereIsStillHonoured() {
        try (Workspace workspace = place().workspace()) {
            workspace.corpus().importSamplesIfEmpty(SampleCorpus::load);
            Article rejectedIn = workspace.corpus().article(ARTICLE).orElseThrow();
            Article elsewhere = workspace.corpus().article("000_8c93457ec6c28807").orElseThrow();
            Article another = workspace.corpus().importArticles(List.of(new NewArticle("x1", "t", "x1.txt",
                    ArticleText.of("وقالت مصادر مطلعة إن الوفد غادر"), "{}"))).imported().getFirst();
            Annotator mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
            SuggestionService suggestions = workspace.suggestions(CueLexicons.load(List.of()));
            SuggestionService anotherWindow = workspace.suggestions(CueLexicons.load(List.of()));
            assertThat(texts(elsewhere, suggestions.offered(elsewhere))).contains("بحسب", "مصادر مطلعة");

            suggestions.reject(offeredAs(suggestions, rejectedIn, "بحسب"), rejectedIn, mona);
            assertThat(texts(elsewhere, suggestions.offered(elsewhere))).as("a rejection made after")
                    .doesNotContain("بحسب").contains("مصادر مطلعة");

            anotherWindow.reject(offeredAs(anotherWindow, another, "مصادر مطلعة"), another, mona);
            assertThat(texts(elsewhere, suggestions.offered(elsewhere))).as("rejections read once per training, not"
                    + " on each computation").contains("مصادر مطلعة");
            suggestions.retrain("mona");
            assertThat(texts(elsewhere, suggestions.offered(elsewhere))).as("a rejection made elsewhere, after the "
                    + "next training").doesNotContain("بحسب", "مصادر مطلعة");
        }
    }

    private static Suggestion offeredAs(SuggestionService suggestions, Article article, String text) {
        return suggestions.offered(article).stream()
                .filter(suggestion -> article.text().slice(suggestion.span()).equals(text)).findFirst()
                .orElseThrow();
    }

    private static List<String> texts(Article article, List<Suggestion> suggestions) {
        return suggestions.stream().map(suggestion -> article.text().slice(suggestion.span())).toList();
    }

    @Test
    void anAcceptedSuggestionFollowsTheCorpussConventionForEdgeMarks() {
        // Text from a web page: a left-to-right mark before every word, NBSP, tatweel and harakat.
        String annotated = "\u200Eزار \u200Eمملوك \u200Eالقاهرةَ\u00A0\u200Eأمس";
        String open = "\u200Eوقال \u200Eبحسب \u200Eمصادر\u00A0\u200Eمطلعـــة \u200Eإن \u200Eالوفد \u200Eغادر";
        try (Workspace workspace = Workspace.open(folder.resolve("w.db"))) {
            List<Article> articles = workspace.corpus().importArticles(List.of(
                    ArticleFiles.fromText(annotated.getBytes(StandardCharsets.UTF_8), "a.txt", "a.txt"),
                    ArticleFiles.fromText(open.getBytes(StandardCharsets.UTF_8), "b.txt", "b.txt"))).imported();
            Annotator mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
            for (String name : List.of("\u200Eمملوك", "\u200Eالقاهرةَ")) {
                int at = annotated.indexOf(name);
                workspace.annotations().create(new NewAnnotation(articles.getFirst().id(), mona.id(),
                        new Span(at, at + name.length()), Label.ENTITY, null, "", Provenance.MANUAL));
            }
            Article article = articles.get(1);
            SuggestionService suggestions = workspace.suggestions(CueLexicons.load(List.of()));
            assertThat(suggestions.offered(article)).as("before anything is learned, the word rules")
                    .extracting(suggestion -> article.text().slice(suggestion.span())).contains("بحسب");

            suggestions.retrain("mona");
            List<Suggestion> offered = suggestions.offered(article);
            assertThat(offered).extracting(suggestion -> article.text().slice(suggestion.span()))
                    .contains("\u200Eبحسب", "\u200Eمصادر\u00A0\u200Eمطلعـــة", "\u200Eالوفد \u200Eغادر");
            Annotation accepted = workspace.annotations().create(offered.getFirst().toAnnotation(mona.id()));
            assertThat(article.text().slice(accepted.span())).startsWith("\u200E");
        }
    }

    /** This test's workspace, made on first use and reopened at the same place after. */
    private StoreBackend.Place place() {
        if (place == null) {
            place = backend.newPlace(folder);
        }
        return place;
    }
}

package app.hamish.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.Provenance;
import app.hamish.model.Span;
import app.hamish.model.Suggestion;
import app.hamish.model.SuggestionSource;
import app.hamish.service.Workspace;
import app.hamish.ui.session.ArticleSession;
import app.hamish.ui.session.CreateAnnotation;
import app.hamish.ui.session.OneArticle;
import app.hamish.ui.shell.HeadlessFx;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long article's suggestions arriving whole are not placed one by one on the FX thread, which took it a second
 * on a million-character article (decision 0105): their highlights are built on the background worker, the view
 * answering and drawing as before meanwhile, and what is drawn once they are built is what a fresh build draws,
 * edits made meanwhile included.
 */
class HighlightsBuiltBesideTest {
    private static final String PARAGRAPH = "كشفت مصادر مطلعة أن اللواء علي مملوك زار القاهرة وقالت الخارجية";
    private static final int PARAGRAPHS = 2_000;

    @TempDir
    Path folder;
    private Workspace workspace;
    private Article article;
    private Annotator mona;
    private ArticleSession session;
    private ShownArticleView shown;
    private ArticleView view;
    private final ObservableList<Suggestion> suggestions = FXCollections.observableArrayList();
    private final ConcurrentLinkedQueue<Task<?>> queued = new ConcurrentLinkedQueue<>();

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder.resolve("w.db"));
        article = OneArticle.importInto(workspace, String.join("\n\n", Collections.nCopies(PARAGRAPHS, PARAGRAPH)));
        mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
        HeadlessFx.start();
        HeadlessFx.run(() -> {
            session = OneArticle.session(workspace, article, mona, Locale.ENGLISH);
            shown = ShownArticleView.show(session, 900, 700, queued::add,
                    setUp -> setUp.view().showSuggestions(suggestions));
            view = shown.view();
        });
        HeadlessFx.settle();
    }

    @AfterEach
    void close() {
        HeadlessFx.run(shown::close);
        workspace.close();
    }

    @Test
    void suggestionsArrivingWholeAreBuiltOffTheFxThreadAndShownWithTheEditsMadeMeanwhile() {
        List<List<Highlight>> before = HeadlessFx.call(view::highlighted);
        List<Suggestion> everyWord = everyWord(Label.CLAIM);
        assertThat(everyWord).hasSizeGreaterThan(ArticleView.BUILT_BESIDE);

        HeadlessFx.run(() -> suggestions.setAll(everyWord));

        assertThat(queued).as("the builds handed to the background worker").hasSize(1);
        assertThat(HeadlessFx.call(view::highlighted)).as("drawn while the build runs").isEqualTo(before);

        HeadlessFx.run(() -> {
            tag(0, "مملوك");
            suggestions.remove(0);
        });
        assertThat(HeadlessFx.call(view::highlighted).getFirst()).as("the tag, drawn at once while the build runs")
                .anyMatch(highlight -> highlight.mark().annotation() != null);
        queued.remove().run();
        HeadlessFx.settle();

        List<List<Highlight>> drawn = HeadlessFx.call(view::highlighted);
        assertThat(drawn).isEqualTo(HeadlessFx.call(view::rebuilt));
        assertThat(drawn.stream().mapToInt(List::size).sum()).as("highlights drawn")
                .isEqualTo(everyWord.size());
        assertThat(drawn.get(0)).as("the tag made while the build ran").anyMatch(highlight ->
                highlight.mark().annotation() != null);
    }

    @Test
    void aBuildOvertakenByTheNextIsNeverShown() {
        List<List<Highlight>> before = HeadlessFx.call(view::highlighted);
        HeadlessFx.run(() -> suggestions.setAll(everyWord(Label.CLAIM)));
        HeadlessFx.run(() -> suggestions.setAll(everyWord(Label.ENTITY)));
        assertThat(queued).hasSize(2);

        queued.remove().run();
        HeadlessFx.settle();
        assertThat(HeadlessFx.call(view::highlighted)).as("drawn once the overtaken build ended").isEqualTo(before);

        queued.remove().run();
        HeadlessFx.settle();
        assertThat(HeadlessFx.call(view::highlighted)).isEqualTo(HeadlessFx.call(view::rebuilt));
    }

    @Test
    void aLayerHiddenWhileTheBuildRunsStaysHidden() {
        HeadlessFx.run(() -> tag(0, "مملوك"));
        HeadlessFx.run(() -> suggestions.setAll(everyWord(Label.CLAIM)));
        HeadlessFx.run(() -> session.hiddenLayers().add(mona.id()));

        queued.remove().run();
        HeadlessFx.settle();

        List<List<Highlight>> drawn = HeadlessFx.call(view::highlighted);
        assertThat(drawn).isEqualTo(HeadlessFx.call(view::rebuilt));
        assertThat(drawn.getFirst()).as("the hidden layer's tag").noneMatch(highlight ->
                highlight.mark().annotation() != null);
    }

    private List<Suggestion> everyWord(String label) {
        List<Suggestion> all = new ArrayList<>();
        for (Span word : article.text().words()) {
            all.add(new Suggestion(article.id(), word, label, null, SuggestionSource.PROPAGATION, "test"));
        }
        return all;
    }

    private void tag(int paragraph, String word) {
        int at = paragraph * (PARAGRAPH.length() + 2) + PARAGRAPH.indexOf(word);
        session.execute(new CreateAnnotation(new NewAnnotation(article.id(), mona.id(),
                article.text().spanFromUtf16(at, at + word.length()), Label.ENTITY, null, "", Provenance.MANUAL)));
    }
}

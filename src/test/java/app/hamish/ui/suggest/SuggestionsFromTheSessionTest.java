package app.hamish.ui.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.Label;
import app.hamish.model.Span;
import app.hamish.model.Suggestion;
import app.hamish.model.SuggestionSource;
import app.hamish.service.CueLexicons;
import app.hamish.service.SeenArticleReads;
import app.hamish.service.SuggestionService;
import app.hamish.service.Workspace;
import app.hamish.service.recommender.CairoArticles;
import app.hamish.store.SqliteWorkspaceStore;
import app.hamish.ui.article.AnnotateViewModel;
import app.hamish.ui.session.ArticleSession;
import app.hamish.ui.shell.HeadlessFx;
import app.hamish.ui.shell.Messages;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.concurrent.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The suggestions computed again after a key take the article's annotations from the session, which shows what is
 * stored: on the bench article, reading its 10,000 annotations from the store again was about 40 % of the
 * background's work per key (decision 0059).
 */
class SuggestionsFromTheSessionTest {
    @TempDir
    Path folder;
    private final List<SeenArticleReads.Read> reads = new CopyOnWriteArrayList<>();
    private final List<Task<?>> queued = new ArrayList<>();
    private Workspace workspace;
    private SuggestionService service;
    private ArticleSession session;

    @BeforeEach
    void open() {
        workspace = SeenArticleReads.workspace(SqliteWorkspaceStore.open(folder.resolve("w.db")), Clock.systemUTC(),
                reads::add);
        service = workspace.suggestions(CueLexicons.load(List.of()));
        Annotator mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
        HeadlessFx.start();
        session = HeadlessFx.call(() -> new ArticleSession(workspace, () -> mona, Messages.bundle(Locale.ENGLISH)));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void anEditIsAnsweredFromTheSessionsAnnotationsWithoutReadingThemFromTheStoreAgain() {
        Article article = CairoArticles.importInto(workspace).getFirst();
        SuggestionsViewModel suggestions = HeadlessFx.call(() -> {
            session.open(article);
            return new SuggestionsViewModel(session, service, queued::add);
        });
        OnAWorker.run(queued.removeFirst());

        List<Span> cairo = CairoArticles.cairoIn(article.text());
        assertThat(cairo).hasSizeGreaterThan(1);
        // Each but the last, so that an occurrence is left to propagate to.
        for (Span place : cairo.subList(0, cairo.size() - 1)) {
            HeadlessFx.run(() -> {
                new AnnotateViewModel(session).select(place.start(), place.end(), true);
                new AnnotateViewModel(session).annotate(Label.ENTITY, "location");
            });
            reads.clear();
            OnAWorker.run(queued.removeFirst());

            assertThat(reads).as("what the computation read of the article").doesNotContain(
                    SeenArticleReads.Read.ANNOTATIONS);
            List<Suggestion> offered = HeadlessFx.call(() -> List.copyOf(suggestions.offered()));
            assertThat(offered).as("the new annotation's string proposed, as the store has it")
                    .anyMatch(suggestion -> suggestion.source() == SuggestionSource.PROPAGATION)
                    .isEqualTo(service.offered(article, false));
        }
    }
}

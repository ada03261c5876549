package app.hamish.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.io.ArticleFiles;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.Provenance;
import app.hamish.model.Span;
import app.hamish.service.SeenArticleReads;
import app.hamish.service.Workspace;
import app.hamish.store.SqliteWorkspaceStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The text of an opened article is read once, to show it: the edits on it check their spans against the article
 * the session opened (decision 0070). On the bench's 1,000,000-character article the first tag after opening read
 * the whole text again, the slowest press of all.
 */
class ArticleTextReadOnceTest {
    private static final String LONGER = "قالت مصادر مطلعة إن علي مملوك زار القاهرة سرا";
    private static final String SHORTER = "ثم عاد إلى دمشق";

    @TempDir
    Path folder;
    private final List<SeenArticleReads.Read> reads = new CopyOnWriteArrayList<>();
    private Workspace workspace;
    private Annotator mona;
    private Article longer;
    private Article shorter;

    @BeforeEach
    void open() {
        workspace = SeenArticleReads.workspace(SqliteWorkspaceStore.open(folder.resolve("w.db")), Clock.systemUTC(),
                reads::add);
        List<Article> imported = workspace.corpus().importArticles(List.of(
                ArticleFiles.fromText(LONGER.getBytes(StandardCharsets.UTF_8), "longer.txt", "longer.txt"),
                ArticleFiles.fromText(SHORTER.getBytes(StandardCharsets.UTF_8), "shorter.txt", "shorter.txt")))
                .imported();
        // As the workbench opens them: read from the corpus, not through the reads an edit makes.
        longer = workspace.corpus().article(imported.get(0).id()).orElseThrow();
        shorter = workspace.corpus().article(imported.get(1).id()).orElseThrow();
        mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void tagDeleteUndoAndRedoAfterOpeningReadNoTextAndCheckTheirSpansAgainstTheArticleOpened() {
        ArticleSession session = OneArticle.session(workspace, longer, mona, Locale.ENGLISH);
        editWithoutReadingTheText(session, longer, LONGER, "علي مملوك");

        session.open(shorter);
        editWithoutReadingTheText(session, shorter, SHORTER, "دمشق");
        // The span check still refuses what lies beyond the text of the article now open.
        Span beyondShorter = new Span(SHORTER.length() + 2, SHORTER.length() + 6);
        assertThat(session.execute(new CreateAnnotation(tag(shorter, beyondShorter)))).isFalse();
        assertThat(workspace.annotations().ofArticle(shorter.id())).hasSize(1);
    }

    private void editWithoutReadingTheText(ArticleSession session, Article article, String text, String words) {
        reads.clear();
        int start = text.indexOf(words);
        CreateAnnotation create = new CreateAnnotation(tag(article, new Span(start, start + words.length())));
        assertThat(session.execute(create)).isTrue();
        assertThat(session.execute(new DeleteAnnotation(create.created()))).isTrue();
        session.undo();
        session.redo();
        session.undo();
        assertThat(reads).as("reads of the article's text by its edits").doesNotContain(SeenArticleReads.Read.ARTICLE);
        assertThat(session.annotations()).containsExactlyElementsOf(workspace.annotations().ofArticle(article.id()));
        assertThat(session.annotations()).singleElement().extracting(annotation -> annotation.span().start())
                .isEqualTo(start);
    }

    private NewAnnotation tag(Article article, Span span) {
        return new NewAnnotation(article.id(), mona.id(), span, Label.ENTITY, null, "", Provenance.MANUAL);
    }
}

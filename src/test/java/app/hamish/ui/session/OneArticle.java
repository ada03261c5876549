package app.hamish.ui.session;

import app.hamish.io.ArticleFiles;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.service.Workspace;
import app.hamish.ui.shell.Messages;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** A workspace file holding one article of the given text, for tests of the session and what works through it. */
public final class OneArticle {
    private OneArticle() {
    }

    public static Article importInto(Workspace workspace, String text) {
        return workspace.corpus().importArticles(List.of(ArticleFiles.fromText(
                text.getBytes(StandardCharsets.UTF_8), "a.txt", "a.txt"))).imported().getFirst();
    }

    /** A session on the article, acting as {@code actor}, in English unless told otherwise. */
    public static ArticleSession session(Workspace workspace, Article article, Annotator actor, Locale locale) {
        return session(workspace, article, () -> actor, locale);
    }

    /** A session on the article, acting as whoever {@code actor} says at each step. */
    public static ArticleSession session(Workspace workspace, Article article, Actor actor,
                                         Locale locale) {
        ArticleSession session = new ArticleSession(workspace, actor, Messages.bundle(locale));
        session.open(article);
        return session;
    }
}

package app.hamish.service;

import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.ArticleText;
import app.hamish.model.NewAnnotation;
import app.hamish.model.NewArticle;
import app.hamish.model.Provenance;
import app.hamish.model.Span;
import app.hamish.model.WorkflowState;
import app.hamish.model.WorkflowTransition;
import java.util.List;

/**
 * The people of the review tests and their article: mona annotates article a1, samir reviews her layer and rana is
 * the second reviewer; with the steps those tests take on mona's layer of a1.
 */
record ReviewCast(Article article, Annotator mona, Annotator samir, Annotator rana) {
    static final String TEXT = "قالت مصادر مطلعة إن علي مملوك زار القاهرة سرا";

    /** Imports article a1 into {@code workspace} and names the three in it. */
    static ReviewCast in(Workspace workspace) {
        Article article = workspace.corpus().importArticles(List.of(
                new NewArticle("a1", "t", "a1.txt", ArticleText.of(TEXT), "{}"))).imported().getFirst();
        return new ReviewCast(article, workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR),
                workspace.annotations().annotator("samir", Annotator.Role.REVIEWER),
                workspace.annotations().annotator("rana", Annotator.Role.REVIEWER));
    }

    /** The cast as {@code workspace} already holds it, read back after a restart or a merge. */
    static ReviewCast of(Workspace workspace) {
        Annotator[] people = new Annotator[3];
        for (Annotator annotator : workspace.annotations().annotators()) {
            switch (annotator.name()) {
                case "mona" -> people[0] = annotator;
                case "samir" -> people[1] = annotator;
                case "rana" -> people[2] = annotator;
                default -> {
                }
            }
        }
        return new ReviewCast(workspace.corpus().article("a1").orElseThrow(), people[0], people[1], people[2]);
    }

    /** Mona's annotation of the first {@code text} in the article. */
    Annotation annotate(Workspace workspace, String text, String label) {
        int at = TEXT.indexOf(text);
        return workspace.annotations().create(new NewAnnotation(article.id(), mona.id(),
                new Span(at, at + text.length()), label, null, "", Provenance.MANUAL));
    }

    /** Moves mona's layer of the article. */
    void move(Workspace workspace, WorkflowTransition transition, Annotator actor, String comment) {
        workspace.review().transition(article.id(), mona.id(), transition, actor, comment, null);
    }

    WorkflowState state(Workspace workspace) {
        return workspace.review().state(article.id(), mona.id());
    }
}

package app.hamish.cli;

import app.hamish.io.ArticleFiles;
import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.NewAnnotation;
import app.hamish.model.NewArticle;
import app.hamish.model.Provenance;
import app.hamish.model.ReviewStatus;
import app.hamish.model.WorkflowTransition;
import app.hamish.service.Workspace;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Articles made gold through the workbench's own services: imported in order, annotated by Mona, every annotation
 * accepted by Samir and each layer signed off.
 */
final class GoldArticles {
    /** An annotation to make: the {@code occurrence}-th (from 0) occurrence of {@code words} in the text. */
    record Mark(String words, int occurrence, String label, String subtype) {
    }

    /** An article's text and what gold marks in it. */
    record Gold(String text, List<Mark> marks) {
    }

    private GoldArticles() {
    }

    static void add(Workspace workspace, List<Gold> gold) {
        List<NewArticle> texts = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            texts.add(ArticleFiles.fromText(gold.get(i).text().getBytes(StandardCharsets.UTF_8),
                    "gold-" + i + ".txt", "gold-" + i + ".txt"));
        }
        List<Article> articles = workspace.corpus().importArticles(texts).imported();
        Annotator mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
        Annotator samir = workspace.annotations().annotator("samir", Annotator.Role.REVIEWER);
        for (int i = 0; i < gold.size(); i++) {
            Article article = articles.get(i);
            for (Mark mark : gold.get(i).marks()) {
                String text = article.text().value();
                int at = -1;
                for (int seen = 0; seen <= mark.occurrence(); seen++) {
                    at = text.indexOf(mark.words(), at + 1);
                    if (at < 0) {
                        throw new IllegalArgumentException(mark + " is not in " + text);
                    }
                }
                workspace.annotations().create(new NewAnnotation(article.id(), mona.id(),
                        article.text().spanFromUtf16(at, at + mark.words().length()), mark.label(), mark.subtype(),
                        "", Provenance.MANUAL));
            }
            workspace.review().transition(article.id(), mona.id(), WorkflowTransition.SUBMIT, mona, "", null);
            workspace.review().transition(article.id(), mona.id(), WorkflowTransition.TAKE_FOR_REVIEW, samir, "", null);
            for (Annotation annotation : workspace.annotations().ofArticle(article.id())) {
                workspace.review().decide(annotation.id(), samir, ReviewStatus.ACCEPTED, "", null);
            }
            workspace.review().transition(article.id(), mona.id(), WorkflowTransition.SIGN_OFF, samir, "", null);
        }
    }
}

package app.hamish.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.io.ArticleFiles;
import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.NewArticle;
import app.hamish.model.Provenance;
import app.hamish.model.ReviewStatus;
import app.hamish.model.WorkflowTransition;
import app.hamish.service.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evaluate} on gold made in another tool from text taken from web pages: a left-to-right mark before every
 * word, NBSP, tatweel and harakat, and every entity span starting at the mark before its word, except in one
 * article annotated as a drag in Hamish makes them, at the word.
 */
class EvaluateEdgeMarksTest {
    private static final String LRM = "\u200E";
    private static final String[] PLACES = {"دمشق", "حلب", "بيروت", "عمان", "بغداد", "الرياض", "تونس"};
    private static final int ARTICLES = 7;

    @TempDir
    Path folder;

    @Test
    void suggestionsFollowTheGoldsMarksAndTheReportSaysSoAtEveryLevel() {
        Path file = folder.resolve("w.db");
        try (Workspace workspace = Workspace.open(file)) {
            annotateGold(workspace);
        }

        CommandLineTest.Run run = CommandLineTest.hamish("evaluate", "--workspace", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String report = run.out();
        System.out.print(report);
        // predicted, gold, then precision and recall: exact, exact ignoring edges, overlapping.
        assertThat(row(report, "corpus\tENTITY\t*\t")).as("one article of %d stops at the word", ARTICLES)
                .startsWith("28\t28\t0.86\t0.86\t1.00\t1.00\t1.00\t1.00");
        assertThat(row(report, "corpus\tENTITY\tlocation\t")).startsWith("14\t14\t0.86\t0.86\t1.00\t1.00");
        assertThat(row(report, "corpus\tENTITY\tperson\t")).startsWith("14\t14\t");
        assertThat(row(report, "propagation\tENTITY\t*\t")).as("Cairo, twice in every article, spelt two ways")
                .startsWith("14\t28\t0.86\t0.43\t1.00\t0.50\t1.00\t0.50");
        assertThat(report).containsPattern("curve\trecommender\t5\t\\d+\t28\t")
                .containsPattern("curve\trecommender\tall\t\\d+\t28\t");
    }

    /** Seven articles, each naming Cairo twice (once drawn out with tatweel), a place and two people. */
    private static void annotateGold(Workspace workspace) {
        List<NewArticle> texts = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            String text = marked("زار الرئيس بشار الأسد مدينة القاهرةَ قادمًا من " + PLACES[i]
                    + "\u00A0والتقى السيسيّ في القاهـــرة.");
            texts.add(ArticleFiles.fromText(text.getBytes(StandardCharsets.UTF_8), i + ".txt", i + ".txt"));
        }
        List<Article> articles = workspace.corpus().importArticles(texts).imported();
        Annotator mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
        Annotator samir = workspace.annotations().annotator("samir", Annotator.Role.REVIEWER);
        for (int i = 0; i < ARTICLES; i++) {
            Article article = articles.get(i);
            boolean atTheMark = i != ARTICLES - 1;
            annotate(workspace, mona, article, marked("القاهرةَ"), "location", atTheMark);
            annotate(workspace, mona, article, marked("القاهـــرة"), "location", atTheMark);
            annotate(workspace, mona, article, marked("بشار الأسد"), "person", atTheMark);
            annotate(workspace, mona, article, marked("السيسيّ"), "person", atTheMark);
            workspace.review().transition(article.id(), mona.id(), WorkflowTransition.SUBMIT, mona, "", null);
            workspace.review().transition(article.id(), mona.id(), WorkflowTransition.TAKE_FOR_REVIEW, samir, "", null);
            for (Annotation annotation : workspace.annotations().ofArticle(article.id())) {
                workspace.review().decide(annotation.id(), samir, ReviewStatus.ACCEPTED, "", null);
            }
            workspace.review().transition(article.id(), mona.id(), WorkflowTransition.SIGN_OFF, samir, "", null);
        }
    }

    private static String marked(String words) {
        return LRM + words.replace(" ", " " + LRM).replace("\u00A0", "\u00A0" + LRM);
    }

    private static void annotate(Workspace workspace, Annotator annotator, Article article, String words,
                                 String subtype, boolean atTheMark) {
        String text = article.text().value();
        int at = text.indexOf(words) + (atTheMark ? 0 : LRM.length());
        int end = text.indexOf(words) + words.length();
        workspace.annotations().create(new NewAnnotation(article.id(), annotator.id(),
                article.text().spanFromUtf16(at, end), Label.ENTITY, subtype, "", Provenance.MANUAL));
    }

    private static String row(String report, String start) {
        return report.lines().filter(line -> line.startsWith(start)).findFirst()
                .map(line -> line.substring(start.length())).orElseThrow(() -> new AssertionError(start + report));
    }
}

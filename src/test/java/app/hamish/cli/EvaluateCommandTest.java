package app.hamish.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.Provenance;
import app.hamish.model.ReviewStatus;
import app.hamish.model.WorkflowTransition;
import app.hamish.service.Workspace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evaluate} on the sample articles, four of them annotated here as gold: each unnamed source as the
 * phrase that names it (not the cue before it: after "بحسب" the source is what follows), and every mention of a
 * few entities. Article 001 stays unreviewed and so does not count.
 */
class EvaluateCommandTest {
    /** Article, text (every occurrence is annotated), label. */
    private static final String[][] GOLD = {
            {"000_8c93457ec6c28807", "مصادر مطلعة", Label.UNVERIFIED_SOURCE},
            {"000_8c93457ec6c28807", "مصادر إعلامية موالية لنظام «بشار الأسد»", Label.UNVERIFIED_SOURCE},
            {"000_8c93457ec6c28807", "القاهرة", Label.ENTITY},
            {"000_8c93457ec6c28807", "علي مملوك", Label.ENTITY},
            {"002_687307a86b555fe6", "مصادر إعلامية", Label.UNVERIFIED_SOURCE},
            {"002_687307a86b555fe6", "مصادر دبلوماسية مطلعة", Label.UNVERIFIED_SOURCE},
            {"002_687307a86b555fe6", "مصادرها الخاصة", Label.UNVERIFIED_SOURCE},
            {"002_687307a86b555fe6", "القاهرة", Label.ENTITY},
            {"002_687307a86b555fe6", "السيسي", Label.ENTITY},
            {"003_1ba4dc8c3db29aaa", "مصادر دبلوماسية مصرية -لم يسمها-", Label.UNVERIFIED_SOURCE},
            {"003_1ba4dc8c3db29aaa", "القاهرة", Label.ENTITY},
            {"003_1ba4dc8c3db29aaa", "العربي الجديد", Label.ENTITY},
            {"004_cbaf4748d8bd31e8", "مصادر صحفية", Label.UNVERIFIED_SOURCE},
            {"004_cbaf4748d8bd31e8", "بشار الأسد", Label.ENTITY},
            {"004_cbaf4748d8bd31e8", "القاهرة", Label.ENTITY},
    };

    @TempDir
    Path folder;

    @Test
    void reportsPrecisionRecallAndTimePerSourceAndLabel() {
        Path file = folder.resolve("gold.db");
        assertThat(CommandLineTest.hamish("import", "--workspace", file.toString(), "seeds").exitCode()).isZero();
        int gold = annotateGold(file);

        CommandLineTest.Run run = CommandLineTest.hamish("evaluate", "--workspace",
                file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String report = run.out();
        System.out.print(report); // the figures quoted in the closing note of issue 7
        assertThat(report).contains("articles with gold\t4");
        List<String> rows = report.lines().filter(line -> line.startsWith("lexicon\t")
                || line.startsWith("propagation\t")).toList();
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("lexicon\tUNVERIFIED_SOURCE\t"));
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("propagation\tENTITY\t"));
        int goldInReport = rows.stream().filter(row -> row.startsWith("lexicon\t"))
                .mapToInt(row -> Integer.parseInt(row.split("\t")[3])).sum();
        assertThat(goldInReport).as("every gold annotation is counted once per source").isEqualTo(gold);
        assertThat(report).containsPattern("time\tlexicon\t\\d+\\.\\d{3} ms per article");
    }

    /** Mona annotates, Samir accepts every annotation and signs each layer off; returns how many there are. */
    private static int annotateGold(Path file) {
        int count = 0;
        try (Workspace workspace = Workspace.open(file)) {
            Annotator mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
            Annotator samir = workspace.annotations().annotator("samir", Annotator.Role.REVIEWER);
            for (String[] gold : GOLD) {
                Article article = workspace.corpus().article(gold[0]).orElseThrow();
                String text = article.text().value();
                for (int at = text.indexOf(gold[1]); at >= 0; at = text.indexOf(gold[1], at + gold[1].length())) {
                    workspace.annotations().create(new NewAnnotation(article.id(), mona.id(),
                            article.text().spanFromUtf16(at, at + gold[1].length()), gold[2], null, "",
                            Provenance.MANUAL));
                    count++;
                }
            }
            for (String id : List.of("000_8c93457ec6c28807", "002_687307a86b555fe6", "003_1ba4dc8c3db29aaa",
                    "004_cbaf4748d8bd31e8")) {
                long articleId = workspace.corpus().article(id).orElseThrow().id();
                workspace.review().transition(articleId, mona.id(), WorkflowTransition.SUBMIT, mona, "");
                workspace.review().transition(articleId, mona.id(), WorkflowTransition.TAKE_FOR_REVIEW, samir, "");
                for (Annotation annotation : workspace.annotations().ofArticle(articleId)) {
                    workspace.review().decide(annotation.id(), samir, ReviewStatus.ACCEPTED, "");
                }
                workspace.review().transition(articleId, mona.id(), WorkflowTransition.SIGN_OFF, samir, "");
            }
        }
        return count;
    }
}

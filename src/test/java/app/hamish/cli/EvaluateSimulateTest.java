package app.hamish.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.cli.GoldArticles.Gold;
import app.hamish.cli.GoldArticles.Mark;
import app.hamish.model.Label;
import app.hamish.service.Workspace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evaluate --simulate} on three small gold articles whose replay is worked out by hand below. A drawn
 * annotation is two actions (drag, key); accepting, rejecting and setting a subtype one each. Four entity
 * mentions stand before the last article, too few for a model, so the recommender offers nothing.
 */
class EvaluateSimulateTest {
    @TempDir
    Path folder;

    @Test
    void countsTheActionsOfAnAnalystWorkingThroughTheGoldWithEachSourceAndWithAll() {
        Path file = folder.resolve("w.db");
        try (Workspace workspace = Workspace.open(file)) {
            GoldArticles.add(workspace, List.of(
                    // Propagation: draw Sami, draw Aleppo, accept Sami again. Alone, others draw all three.
                    new Gold("زار سامي حلب ثم عاد سامي إلى بيته", List.of(entity("سامي", 0, "person"),
                            entity("حلب", 0, "location"), entity("سامي", 1, "person"))),
                    // "حلب" here is the verb "milked": corpus propagation offers Aleppo, rejected; the university
                    // is drawn and covers what is offered inside it.
                    new Gold("حلب الفلاح البقرة قرب جامعة دمشق", List.of(entity("جامعة دمشق", 0, null))),
                    // The corpus offers Sami and the university (accepted, its subtype set); propagation offers
                    // Beirut again once the first is drawn.
                    new Gold("زار سامي جامعة دمشق وبعدها بيروت ثم عاد من بيروت", List.of(
                            entity("سامي", 0, "person"), entity("جامعة دمشق", 0, "organisation"),
                            entity("بيروت", 0, "location"), entity("بيروت", 1, "location")))));
        }

        CommandLineTest.Run run = CommandLineTest.hamish("evaluate", "--simulate", "--workspace", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String report = run.out();
        // articles, gold, scratch actions, accepted, rejected, drawn, subtypes set, actions, saved
        assertThat(row(report, "simulate\tall\t0\t")).isEqualTo("3\t8\t16\t4\t1\t4\t1\t14\t0.13");
        assertThat(row(report, "simulate\tpropagation\t0\t")).isEqualTo("3\t8\t16\t2\t0\t6\t0\t14\t0.13");
        assertThat(row(report, "simulate\tcorpus\t0\t")).isEqualTo("3\t8\t16\t2\t1\t6\t1\t16\t0.00");
        for (String alone : List.of("lexicon", "reporting", "recommender")) {
            assertThat(row(report, "simulate\t" + alone + "\t0\t")).isEqualTo("3\t8\t16\t0\t0\t8\t0\t16\t0.00");
        }
        assertThat(report).as("no article has 20 gold articles before it").doesNotContain("\t20\t3\t");

        // Accepting all: the right suggestions are left for one Shift+Y per article (Sami again in the first; Sami
        // and the second Beirut in the third), the university's other subtype is tagged with its key at once.
        // articles, gold, scratch actions, accepted, accept keys, rejected, drawn, subtypes set, actions, saved
        assertThat(row(report, "simulate_accept_all\tall\t0\t")).isEqualTo("3\t8\t16\t4\t2\t1\t4\t1\t12\t0.25");
        assertThat(row(report, "simulate_accept_all\tpropagation\t0\t"))
                .isEqualTo("3\t8\t16\t2\t2\t0\t6\t0\t14\t0.13");
    }

    @Test
    void aCueRejectedOnceIsNotOfferedInTheArticlesAfter() {
        Path file = folder.resolve("w.db");
        // Gold marks the source after "بحسب", which the lexicon proposes too: rejected in the first article only.
        List<Gold> articles = List.of("أمس", "اليوم", "مساء").stream().map(when -> new Gold(
                "وقال بحسب مصادر مطلعة إن الوفد غادر " + when,
                List.of(new Mark("مصادر مطلعة", 0, Label.UNVERIFIED_SOURCE, null)))).toList();
        try (Workspace workspace = Workspace.open(file)) {
            GoldArticles.add(workspace, articles);
        }

        CommandLineTest.Run run = CommandLineTest.hamish("evaluate", "--simulate", "--workspace", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        // articles, gold, scratch actions, accepted, rejected, drawn, subtypes set, actions, saved
        assertThat(row(run.out(), "simulate\tlexicon\t0\t")).isEqualTo("3\t3\t6\t3\t1\t0\t0\t4\t0.33");
    }

    private static Mark entity(String words, int occurrence, String subtype) {
        return new Mark(words, occurrence, Label.ENTITY, subtype);
    }

    private static String row(String report, String start) {
        return report.lines().filter(line -> line.startsWith(start)).findFirst()
                .map(line -> line.substring(start.length())).orElseThrow(() -> new AssertionError(start + report));
    }
}

package app.hamish.cli;

import app.hamish.io.CueFiles;
import app.hamish.model.CueLexicon;
import app.hamish.model.Label;
import app.hamish.model.SuggestionSource;
import app.hamish.service.SuggestionEvaluation;
import app.hamish.service.Workspace;
import app.hamish.service.WorkSimulation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "evaluate", description = {"Measure the suggestions against gold (accepted annotations of signed-off "
        + "layers): precision and recall per source, label and entity subtype, exact, exact ignoring invisible marks "
        + "and white space at span edges, and overlapping; the recommender's learning curve; time per article.",
        "Propagation is run from the gold annotations; corpus propagation from those of the other gold articles; the "
                + "lexicon and reported claims on the bare text; the entity recommender from a model trained on the "
                + "other gold articles (leave one article out; 10 folds past 10 articles), with the time one training "
                + "took."})
final class EvaluateCommand extends WorkspaceCommand implements Callable<Integer> {
    @Option(names = "--cues", paramLabel = "FILE", description = "Unverified-source cues to add to Hamish's list: "
            + "a UTF-8 file, one cue a line.")
    List<Path> cues = new ArrayList<>();

    @Option(names = "--simulate", description = "Also replay the gold articles in article order as an analyst would "
            + "annotate them with suggestions on, each source alone and all together, and print the actions taken "
            + "and the share saved against annotating from scratch (drawing every gold annotation: a drag and a key).")
    boolean simulate;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        CueLexicon lexicon = CueFiles.load(cues);
        try (Workspace opened = openForReading()) {
            SuggestionEvaluation.Report report = new SuggestionEvaluation(lexicon).run(opened);
            out.printf("articles with gold\t%d%n", report.articles());
            out.println("source\tlabel\tsubtype\tpredicted\tgold\tprecision\trecall\ttolerant_precision\t"
                    + "tolerant_recall\toverlap_precision\toverlap_recall");
            report.scores().forEach((source, byCategory) -> byCategory.forEach((category, score) -> {
                // Subtypes only where the source proposes the label at all: otherwise the label's row says it.
                SuggestionEvaluation.Score label = byCategory.get(
                        new SuggestionEvaluation.Category(category.label(), SuggestionEvaluation.Category.ALL));
                if (category.subtype().equals(SuggestionEvaluation.Category.ALL) || label.predicted() > 0) {
                    out.println(String.join("\t", source.code(), category.label(), category.subtype(),
                            figures(score)));
                }
            }));
            out.println("curve\tsource\tgold_articles\tpredicted\tgold\tprecision\trecall\ttolerant_precision\t"
                    + "tolerant_recall\toverlap_precision\toverlap_recall");
            String recommender = SuggestionSource.RECOMMENDER.code();
            report.curve().forEach((articles, score) -> out.println(String.join("\t", "curve", recommender,
                    Integer.toString(articles), figures(score))));
            SuggestionEvaluation.Score all = report.scores().get(SuggestionSource.RECOMMENDER)
                    .get(new SuggestionEvaluation.Category(Label.ENTITY, SuggestionEvaluation.Category.ALL));
            if (all != null) {
                out.println(String.join("\t", "curve", recommender, "all", figures(all)));
            }
            for (SuggestionSource source : SuggestionSource.values()) {
                out.printf(Locale.ROOT, "time\t%s\t%.3f ms per article%n", source.code(), report.millisPerArticle(source));
            }
            out.printf(Locale.ROOT, "training\t%s\t%.3f ms per model, %d models (%s)%n",
                    SuggestionSource.RECOMMENDER.code(), report.millisPerTraining(), report.models(),
                    report.leftOneOut() ? "leave one article out" : "one per fold");
            if (simulate) {
                printSimulation(out, new WorkSimulation(lexicon).run(opened));
            }
        }
        return ExitCodes.OK;
    }

    /**
     * Per setting, the work on the articles with at least 0, 20, 40 gold articles before them: one by one (Y on each
     * right suggestion, as decision 0030 counted), then accepting all (the wrong ones rejected, then Shift+Y).
     */
    private static void printSimulation(PrintWriter out, WorkSimulation.Report report) {
        out.println("simulate\tsources\tafter_gold\tarticles\tgold\tscratch_actions\taccepted\trejected\tdrawn\t"
                + "subtypes_set\tactions\tsaved");
        report.work().forEach((setting, byStart) -> byStart.forEach((after, work) -> out.println(String.format(
                Locale.ROOT, "simulate\t%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%.2f", setting, after,
                work.articles(), work.gold(), work.scratch(), work.accepted(), work.rejected(), work.drawn(),
                work.subtypesSet(), work.actions(), work.saved()))));
        out.println("simulate_accept_all\tsources\tafter_gold\tarticles\tgold\tscratch_actions\taccepted\t"
                + "accept_keys\trejected\tdrawn\tsubtypes_set\tactions\tsaved");
        report.byWorkflow().get(WorkSimulation.Workflow.ACCEPT_ALL).forEach((setting, byStart) -> byStart.forEach(
                (after, work) -> out.println(String.format(Locale.ROOT,
                        "simulate_accept_all\t%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%.2f", setting,
                        after, work.articles(), work.gold(), work.scratch(), work.accepted(), work.acceptKeys(),
                        work.rejected(), work.drawn(), work.subtypesSet(), work.actions(), work.saved()))));
    }

    /** Counts, then precision and recall at each level: exact, exact ignoring edges, overlapping. */
    private static String figures(SuggestionEvaluation.Score score) {
        return String.format(Locale.ROOT, "%d\t%d\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f", score.predicted(),
                score.gold(), score.precision(), score.recall(), score.tolerantPrecision(), score.tolerantRecall(),
                score.overlapPrecision(), score.overlapRecall());
    }
}

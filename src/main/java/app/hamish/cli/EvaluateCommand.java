package app.hamish.cli;

import app.hamish.model.SuggestionSource;
import app.hamish.service.CueLexicons;
import app.hamish.service.SuggestionEvaluation;
import app.hamish.service.Workspace;
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
        + "layers): precision and recall per source and label, exact and overlapping, and time per article.",
        "Propagation is run from the gold annotations; corpus propagation from those of the other gold articles; the "
                + "lexicon and reported claims on the bare text; the entity recommender from a model trained on the "
                + "other gold articles (leave one article out; 10 folds past 10 articles), with the time one training "
                + "took."})
final class EvaluateCommand extends WorkspaceCommand implements Callable<Integer> {
    @Option(names = "--cues", paramLabel = "FILE", description = "Unverified-source cues to add to Hamish's list.")
    List<Path> cues = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace opened = openForReading()) {
            SuggestionEvaluation.Report report = new SuggestionEvaluation(CueLexicons.load(cues)).run(opened);
            out.printf("articles with gold\t%d%n", report.articles());
            out.println("source\tlabel\tpredicted\tgold\tprecision\trecall\toverlap_precision\toverlap_recall");
            report.scores().forEach((source, byLabel) -> byLabel.forEach((label, score) -> out.printf(
                    "%s\t%s\t%d\t%d\t%.2f\t%.2f\t%.2f\t%.2f%n", source.code(), label, score.predicted(), score.gold(),
                    score.precision(), score.recall(), score.overlapPrecision(), score.overlapRecall())));
            for (SuggestionSource source : SuggestionSource.values()) {
                out.printf(Locale.ROOT, "time\t%s\t%.3f ms per article%n", source.code(), report.millisPerArticle(source));
            }
            out.printf(Locale.ROOT, "training\t%s\t%.3f ms per model, %d models (%s)%n",
                    SuggestionSource.RECOMMENDER.code(), report.millisPerTraining(), report.models(),
                    report.leftOneOut() ? "leave one article out" : "one per fold");
        }
        return ExitCodes.OK;
    }
}

package app.hamish.cli;

import app.hamish.io.ArticleFiles;
import app.hamish.model.ImportReport;
import app.hamish.model.NewArticle;
import app.hamish.service.Workspace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", description = {"Import articles from .txt files, .jsonl files and folders of them.",
        "All or nothing: any bad file stops the whole import and nothing is added."})
final class ImportCommand extends WorkspaceCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to import.")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<NewArticle> articles = ArticleFiles.read(paths);
        try (Workspace opened = openOrCreate()) {
            ImportReport report = opened.corpus().importArticles(articles);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Imported %d article(s) into %s.%n", report.imported().size(), opened.location());
            for (ImportReport.Duplicate duplicate : report.skipped()) {
                out.printf("Skipped %s: same text as article %s.%n", duplicate.article().sourceName(),
                        duplicate.existingExternalId());
            }
        }
        return ExitCodes.OK;
    }
}

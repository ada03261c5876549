package app.hamish.cli;

import app.hamish.io.AuditCsv;
import app.hamish.model.Article;
import app.hamish.service.RefusedException;
import app.hamish.service.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "audit", description = "Export the audit log (who created, edited, deleted, accepted, rejected, "
        + "submitted, signed off, reopened what, and when) as CSV.")
final class AuditCommand extends WorkspaceCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "Where to write the CSV.")
    Path out;

    @Option(names = "--article", paramLabel = "ID", description = "Only this article's entries.")
    String article;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        try (Workspace opened = openForReading()) {
            Long articleId = article == null ? null : opened.corpus().article(article).map(Article::id)
                    .orElseThrow(() -> new RefusedException("There is no article '" + article + "'."));
            long entries = AuditCsv.write(opened, articleId, out);
            spec.commandLine().getOut().printf("Wrote %d audit entries to %s.%n", entries, out);
        }
        return ExitCodes.OK;
    }
}

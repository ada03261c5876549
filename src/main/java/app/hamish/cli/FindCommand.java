package app.hamish.cli;

import app.hamish.model.ControlCharacters;
import app.hamish.service.CorpusSearch;
import app.hamish.service.Workspace;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "find", description = {"Find a text in every article, ignoring Arabic spelling variation (hamza "
        + "on alef, ta marbuta, alef maqsura, harakat, tatweel, bidi marks, digits; see the user guide).",
        "Prints one match a line: article id, start and end code point (end exclusive), original text."})
final class FindCommand extends WorkspaceCommand implements Callable<Integer> {
    @Parameters(paramLabel = "TEXT", description = "What to look for.")
    String text;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace opened = openForReading()) {
            int found = new CorpusSearch(opened.corpus()).find(text, match -> out.printf("%s\t%d\t%d\t%s%n",
                    ControlCharacters.shown(match.articleId()), match.span().start(), match.span().end(),
                    match.text()));
            spec.commandLine().getErr().printf("%d match(es).%n", found);
        }
        return ExitCodes.OK;
    }
}

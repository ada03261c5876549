package app.hamish.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.hamish.StoreBackend;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.ArticleText;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.NewArticle;
import app.hamish.model.Provenance;
import app.hamish.service.Workspace;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import picocli.CommandLine;

/**
 * The {@code agreement} command run on its own, with {@code --workspace} given (a file or a server's address); until
 * it is listed among {@link HamishCommand}'s subcommands, {@code hamish agreement} does not reach it.
 */
@ParameterizedClass
@EnumSource(StoreBackend.class)
class AgreementCommandTest {
    @Parameter
    StoreBackend backend;
    @TempDir
    Path folder;
    private String workspace;

    private record Run(int exitCode, String out, String err) {
    }

    private Run agreement(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new AgreementCommand());
        commandLine.setExecutionExceptionHandler(new ExitCodes());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void twoAnnotatorsOnOneArticleAndOneOnAnother() {
        StoreBackend.Place place = backend.newPlace(folder);
        workspace = place.argument();
        try (Workspace opened = place.workspace()) {
            List<Article> articles = opened.corpus().importArticles(List.of(
                    new NewArticle("shared", "shared", "shared.txt", ArticleText.of("قال الوزير إن القاهرة ترفض"),
                            "{}"),
                    new NewArticle("alone", "alone", "alone.txt", ArticleText.of("الرئاسة تنفي الخبر"), "{}")))
                    .imported();
            Annotator mona = opened.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
            Annotator samir = opened.annotations().annotator("samir", Annotator.Role.ANNOTATOR);
            Article shared = articles.getFirst();
            annotate(opened, shared, mona, "الوزير");
            annotate(opened, shared, samir, "الوزير");
            annotate(opened, shared, samir, "القاهرة");
            annotate(opened, articles.getLast(), mona, "الرئاسة");
            annotate(opened, articles.getLast(), mona, "الخبر");
        }
    }

    private static void annotate(Workspace opened, Article article, Annotator annotator, String words) {
        int utf16 = article.text().value().indexOf(words);
        opened.annotations().create(new NewAnnotation(article.id(), annotator.id(),
                article.text().spanFromUtf16(utf16, utf16 + words.length()), Label.ENTITY, null, "",
                Provenance.MANUAL));
    }

    @Test
    void writesTheCsvAndPrintsTheCorpusRows() throws Exception {
        Path csv = folder.resolve("agreement.csv");
        Run run = agreement("--workspace", workspace, "--out", csv.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        // mona 1 span, samir 2, one exact match: F1 = 2/3; tokens: 1 both, 1 samir only, 3 neither.
        assertThat(run.out()).contains("Agreement on 1 article(s)")
                .contains("mona\tsamir\tENTITY\t1\t2\t0.6667\t0.6667\t0.6667\t0.5455");
        assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8)).hasSize(5)
                .contains("shared,mona,samir,ENTITY,1,2,1,0.6667,0.6667,0.5455,1,0.6667")
                .contains("corpus,mona,samir,*,1,2,1,0.6667,0.6667,0.5455,1,0.6667");
    }

    @Test
    void articlesCanBeChosenByTheirIds() throws Exception {
        Path csv = folder.resolve("agreement.csv");
        Run run = agreement("--workspace", workspace, "--out", csv.toString(), "--article", "alone");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("No article has annotations by two annotators");
        assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8)).hasSize(1);

        Run unknown = agreement("--workspace", workspace, "--out", csv.toString(), "--article", "nope");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("There is no article nope");
    }

    @Test
    void aMissingWorkspaceIsNotCreated() {
        assumeTrue(backend == StoreBackend.SQLITE, "a server's database is created by its administrator");
        Path missing = folder.resolve("missing.db");
        Run run = agreement("--workspace", missing.toString(), "--out", folder.resolve("a.csv").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.WORKSPACE_UNAVAILABLE);
        assertThat(Files.exists(missing)).isFalse();
    }
}

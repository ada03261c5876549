package app.hamish.io;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.StoreBackend;
import app.hamish.io.formats.Formats;
import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.ArticleText;
import app.hamish.model.ExportFilter;
import app.hamish.model.ImportReport;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.NewArticle;
import app.hamish.model.Provenance;
import app.hamish.model.Relation;
import app.hamish.model.ReviewStatus;
import app.hamish.model.Span;
import app.hamish.model.WorkflowTransition;
import app.hamish.service.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's import and exports against the file's, on the same work done at the same fixed times: an import of
 * the sample articles with a repeated text and a batch larger than one statement's rows, then two annotators'
 * layers reviewed into gold with a relation, exported in every format whose file holds no time of its own writing.
 * The server reads in batches through cursors and writes articles many rows a statement (decision 0033); what comes
 * out must be byte for byte what the file gives.
 */
class ServerExportMatchesFileTest {
    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-03-01T10:15:30.123Z"), ZoneOffset.UTC);
    /** More than one statement's rows, so that the server's import writes several chunks. */
    private static final int GENERATED = 1_203;

    @TempDir
    Path folder;

    @Test
    void theServerImportsAndExportsByteForByteWhatTheFileDoes() throws Exception {
        Path file = folder.resolve("file");
        Path server = folder.resolve("server");
        List<String> fileReports = work(StoreBackend.SQLITE, file);
        List<String> serverReports = work(StoreBackend.POSTGRESQL, server);

        assertThat(serverReports).isEqualTo(fileReports);
        for (Formats.Format format : Formats.all()) {
            if (format.name().equals("brat")) {
                // A zip names each entry's time of writing.
                continue;
            }
            for (String export : List.of(format.name() + "-all", format.name() + "-gold")) {
                assertThat(Files.readAllBytes(server.resolve(export))).as(export)
                        .isEqualTo(Files.readAllBytes(file.resolve(export)));
            }
        }
    }

    /** Does the work on a new workspace of {@code backend}, exports into {@code out}, and returns the import's report. */
    private List<String> work(StoreBackend backend, Path out) throws Exception {
        Files.createDirectories(out);
        try (Workspace workspace = backend.newPlace(folder, backend.name()).workspace(FIXED)) {
            List<String> reports = new ArrayList<>();
            reports.add(describe(workspace.corpus().importArticles(ArticleFiles.read(List.of(Path.of("seeds"))))));
            reports.add(describe(workspace.corpus().importArticles(generated())));
            reports.addAll(workspace.corpus().articles().stream().map(summary -> summary.id() + " "
                    + summary.externalId() + " " + summary.characters() + " " + workspace.corpus()
                    .article(summary.id()).orElseThrow().sha256()).toList());
            review(workspace, workspace.corpus().article("a-0007").orElseThrow());
            for (Formats.Format format : Formats.all()) {
                Exporter exporter = format.exporter(new Formats.ExportOptions(false));
                exporter.export(workspace, ExportFilter.ALL, out.resolve(format.name() + "-all"), Progress.NONE);
                exporter.export(workspace, ExportFilter.GOLD, out.resolve(format.name() + "-gold"), Progress.NONE);
            }
            return reports;
        }
    }

    /** Articles of one batch, one of them repeating another's text under its own id. */
    private static List<NewArticle> generated() {
        List<NewArticle> articles = new ArrayList<>();
        for (int i = 0; i < GENERATED; i++) {
            articles.add(new NewArticle("a-%04d".formatted(i), "خبر " + i, "batch.jsonl",
                    ArticleText.of("قالت مصادر مطلعة إن علي مملوك زار القاهرة سرا في اليوم " + i), "{}"));
        }
        articles.add(new NewArticle("again", "خبر", "batch.jsonl", articles.get(5).text(), "{}"));
        return articles;
    }

    private static String describe(ImportReport report) {
        return report.imported().stream().map(article -> article.id() + ":" + article.externalId() + ":"
                + article.importedAt()).toList() + " skipped " + report.skipped().stream()
                .map(duplicate -> duplicate.article().externalId() + "=" + duplicate.existingExternalId()).toList();
    }

    /** Two annotators' layers, a claim linked to its source, reviewed and signed off into gold. */
    private static void review(Workspace workspace, Article article) {
        Annotator mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
        Annotator ali = workspace.annotations().annotator("ali", Annotator.Role.ANNOTATOR);
        Annotator samir = workspace.annotations().annotator("samir", Annotator.Role.REVIEWER);
        Annotation monaPerson = annotate(workspace, article, mona, "علي مملوك", Label.ENTITY, "person");
        Annotation aliPerson = annotate(workspace, article, ali, "علي مملوك", Label.ENTITY, "person");
        Annotation monaClaim = annotate(workspace, article, mona, "علي مملوك زار القاهرة", Label.CLAIM, null);
        Annotation monaSource = annotate(workspace, article, mona, "مصادر مطلعة", Label.UNVERIFIED_SOURCE, null);
        Annotation aliPlace = annotate(workspace, article, ali, "القاهرة", Label.ENTITY, "location");
        workspace.annotations().link(monaClaim.id(), monaSource.id(), Relation.ATTRIBUTED_TO, mona);
        for (Annotator owner : List.of(mona, ali)) {
            workspace.review().transition(article.id(), owner.id(), WorkflowTransition.SUBMIT, owner, "", null);
            workspace.review().transition(article.id(), owner.id(), WorkflowTransition.TAKE_FOR_REVIEW, samir, "",
                    null);
        }
        for (Annotation accepted : List.of(monaPerson, aliPerson, monaClaim, monaSource)) {
            workspace.review().decide(accepted.id(), samir, ReviewStatus.ACCEPTED, "", null);
        }
        workspace.review().decide(aliPlace.id(), samir, ReviewStatus.REJECTED, "not a place here", null);
        workspace.review().transition(article.id(), mona.id(), WorkflowTransition.SIGN_OFF, samir, "", null);
    }

    private static Annotation annotate(Workspace workspace, Article article, Annotator annotator, String words,
                                       String label, String subtype) {
        int start = article.text().value().indexOf(words);
        Span span = new Span(article.text().value().codePointCount(0, start),
                article.text().value().codePointCount(0, start + words.length()));
        return workspace.annotations().create(new NewAnnotation(article.id(), annotator.id(), span, label, subtype,
                "", Provenance.MANUAL));
    }
}

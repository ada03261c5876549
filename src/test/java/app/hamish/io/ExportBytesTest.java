package app.hamish.io;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.ArticleText;
import app.hamish.model.ExportFilter;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.NewArticle;
import app.hamish.model.Provenance;
import app.hamish.model.ReviewStatus;
import app.hamish.model.Span;
import app.hamish.model.WorkflowTransition;
import app.hamish.service.Workspace;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Exports of hostile texts, byte for byte as the build before decision 0069 wrote them (its files are this test's
 * resources): texts, titles, subtypes, notes and comments holding controls, NUL, quotes, backslashes, commas, CR,
 * NEL, U+2028/2029, emoji, tatweel, bidi marks and formula-like beginnings; gold spans, one of them moved by the
 * adjudicator; a decision undone by a later change; a relation; and a filter.
 */
class ExportBytesTest {
    private static final String HOSTILE = "=قال \"مصدر\" \\ ـــ\u0640 tab\there\u0001\u001f\u007f sep\u2028para\u2029"
            + "nel\u0085 😀𝕏 ,comma\nline\u200F@two +1 -2 \u000b\u000c\b end";
    private static final String ODD = "ODD_LABEL";
    private static final String ODD_SUBTYPE = "a,b\u0000\"c😀";
    private static final String PLAIN = "قالت مصادر مطلعة إن علي مملوك زار القاهرة سرا";

    @TempDir
    Path folder;
    private Workspace workspace;

    /** Each instant a millisecond after the last: the same calls give the same times, and a change is later. */
    private static final class Ticking extends Clock {
        private long millis = Instant.parse("2026-03-01T10:00:00Z").toEpochMilli();

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis++);
        }
    }

    @BeforeEach
    void hostileWorkspace() {
        workspace = Workspace.open(folder.resolve("w.db"), new Ticking());
        List<Article> articles = workspace.corpus().importArticles(List.of(
                new NewArticle("h\"1,=x", "=HYPERLINK(\"x\"),\u2028\"t\"\\", "h1.txt", ArticleText.of(HOSTILE),
                        "{\"k\":\"\\u2028 \\\"v\\\"\"}"),
                new NewArticle("p2", "عنوان", "p2.txt", ArticleText.of(PLAIN), "{}"))).imported();
        workspace.annotations().addLabel(new Label(ODD, "#123456", null, List.of(ODD_SUBTYPE, "x")));
        Article hostile = articles.get(0);
        Article plain = articles.get(1);
        Annotator mona = workspace.annotations().annotator("mona \"m\",\u2028", Annotator.Role.ANNOTATOR);
        Annotator ali = workspace.annotations().annotator("ali", Annotator.Role.ANNOTATOR);
        Annotator samir = workspace.annotations().annotator("=samir", Annotator.Role.REVIEWER);
        List<Annotation> monas = List.of(
                annotate(hostile, mona, 0, 4, ODD, ODD_SUBTYPE, "note, \"q\"\r\n\u0000 😀"),
                annotate(hostile, mona, HOSTILE.indexOf("😀"), HOSTILE.indexOf("😀") + 2, Label.ENTITY, null, ""),
                annotate(hostile, mona, HOSTILE.indexOf("sep"), HOSTILE.indexOf("para") + 4, Label.ENTITY, null,
                        "\u2028"),
                annotate(hostile, mona, HOSTILE.indexOf("tab"), HOSTILE.indexOf(" end"), Label.UNVERIFIED_SOURCE, null,
                        "-1"),
                annotate(plain, mona, 0, 4, Label.CLAIM, null, ""));
        Annotation aliSame = annotate(hostile, ali, 0, 4, ODD, ODD_SUBTYPE, "");
        Annotation aliOther = annotate(hostile, ali, HOSTILE.indexOf("ـ"), HOSTILE.indexOf("ـ") + 4, Label.ENTITY,
                "location", "+x");
        Annotation aliPlain = annotate(plain, ali, 6, 11, Label.ENTITY, "person", "");
        workspace.annotations().link(monas.get(0).id(), monas.get(1).id(), "says \"x\"", mona);
        workspace.annotations().link(aliOther.id(), aliSame.id(), "of\u2028", ali);
        for (Article article : articles) {
            for (Annotator owner : List.of(mona, ali)) {
                for (WorkflowTransition step : List.of(WorkflowTransition.SUBMIT, WorkflowTransition.TAKE_FOR_REVIEW)) {
                    workspace.review().transition(article.id(), owner.id(), step, step.byReviewer() ? samir : owner,
                            "", null);
                }
            }
        }
        workspace.review().decide(monas.get(0).id(), samir, ReviewStatus.ACCEPTED, "", null);
        workspace.review().decide(aliSame.id(), samir, ReviewStatus.ACCEPTED, "ok, \"both\"\u0000", null);
        workspace.review().decide(monas.get(1).id(), samir, ReviewStatus.REJECTED, "لا, \"no\"\u2028😀", null);
        workspace.review().decide(aliOther.id(), samir, ReviewStatus.ACCEPTED, "", null);
        workspace.review().decide(monas.get(2).id(), samir, ReviewStatus.ACCEPTED, "=1+1", null);
        workspace.review().decide(monas.get(3).id(), samir, ReviewStatus.REJECTED, "\t\r\nwhy", null);
        workspace.review().decide(monas.get(4).id(), samir, ReviewStatus.ACCEPTED, "later changed", null);
        workspace.review().transition(plain.id(), mona.id(), WorkflowTransition.RETURN, samir, "fix it", null);
        workspace.review().transition(plain.id(), mona.id(), WorkflowTransition.RESUME, mona, "", null);
        startOneLater(monas.get(4), mona);
        startOneLater(workspace.annotations().ofArticle(hostile.id()).stream()
                .filter(span -> span.annotatorId() == Annotator.GOLD_ID && span.label().equals(Label.ENTITY))
                .findFirst().orElseThrow(), samir);
        workspace.review().transition(hostile.id(), mona.id(), WorkflowTransition.SIGN_OFF, samir, "", null);
        workspace.review().transition(hostile.id(), ali.id(), WorkflowTransition.SIGN_OFF, samir, "", null);
    }

    /** Moves the annotation's start a code point on, as {@code by}. */
    private void startOneLater(Annotation a, Annotator by) {
        workspace.annotations().update(new Annotation(a.id(), a.articleId(), a.annotatorId(),
                new Span(a.span().start() + 1, a.span().end()), a.label(), a.subtype(), a.note(), a.provenance(),
                a.created(), a.updated()), by);
    }

    private Annotation annotate(Article article, Annotator by, int start, int end, String label, String subtype,
                                String note) {
        return workspace.annotations().create(new NewAnnotation(article.id(), by.id(), new Span(start, end), label,
                subtype, note, Provenance.MANUAL));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"all.jsonl", "gold.jsonl", "filtered.jsonl", "all.csv", "gold-raw.csv", "filtered.csv"})
    void anExportWritesTheBytesTheBuildBeforeWrote(String name) throws Exception {
        boolean gold = name.startsWith("gold");
        ExportFilter filter = name.startsWith("filtered")
                ? new ExportFilter(Set.of(Label.ENTITY, ODD), Set.of("ali"), Set.of(ReviewStatus.ACCEPTED), Set.of())
                : gold ? ExportFilter.GOLD : ExportFilter.ALL;
        Exporter exporter = name.endsWith(".jsonl") ? new TrainingJsonlExporter()
                : new ReviewCsvExporter(true, name.contains("raw"));
        Path out = folder.resolve(name);
        exporter.export(workspace, filter, out, Progress.NONE);
        try (InputStream expected = getClass().getResourceAsStream("export-bytes/" + name)) {
            assertThat(expected).as("the earlier build's " + name).isNotNull();
            assertThat(Files.readAllBytes(out)).as(name).isEqualTo(expected.readAllBytes());
        }
    }
}

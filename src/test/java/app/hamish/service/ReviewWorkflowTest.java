package app.hamish.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.ArticleText;
import app.hamish.model.CueLexicon;
import app.hamish.model.InputLimits;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.NewArticle;
import app.hamish.model.Provenance;
import app.hamish.model.ReviewStatus;
import app.hamish.model.Span;
import app.hamish.model.Suggestion;
import app.hamish.model.WorkflowState;
import app.hamish.model.WorkflowTransition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review work travelling between workspace files by merging: decisions, states, names and rejected suggestions. The
 * review workflow itself, on both engines, is in {@link ReviewStatesTest}.
 */
class ReviewWorkflowTest {
    private static final String TEXT = "قالت مصادر مطلعة إن علي مملوك زار القاهرة سرا";

    @TempDir
    Path folder;

    private record Cast(Article article, Annotator mona, Annotator samir, Annotator rana) {
    }

    private Cast setUp(Workspace workspace) {
        Article article = workspace.corpus().importArticles(List.of(
                new NewArticle("a1", "t", "a1.txt", ArticleText.of(TEXT), "{}"))).imported().getFirst();
        return new Cast(article, workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR),
                workspace.annotations().annotator("samir", Annotator.Role.REVIEWER),
                workspace.annotations().annotator("rana", Annotator.Role.REVIEWER));
    }

    private static Annotation annotate(Workspace workspace, Cast cast, String text, String label) {
        int at = TEXT.indexOf(text);
        return workspace.annotations().create(new NewAnnotation(cast.article().id(), cast.mona().id(),
                new Span(at, at + text.length()), label, null, "", Provenance.MANUAL));
    }

    private static void move(Workspace workspace, Cast cast, WorkflowTransition transition, Annotator actor,
                             String comment) {
        workspace.review().transition(cast.article().id(), cast.mona().id(), transition, actor, comment, null);
    }

    private static WorkflowState state(Workspace workspace, Cast cast) {
        return workspace.review().state(cast.article().id(), cast.mona().id());
    }

    @Test
    void mergingAFileThatIsNotAWorkspaceNamesThatFile() throws Exception {
        Path notes = folder.resolve("notes.db");
        java.nio.file.Files.writeString(notes, "not a database at all, just notes ".repeat(40));
        try (Workspace workspace = Workspace.open(folder.resolve("w.db"))) {
            Cast cast = setUp(workspace);
            assertThatThrownBy(() -> workspace.merge(notes, cast.samir()))
                    .isInstanceOf(app.hamish.store.ConflictException.class)
                    .hasMessageContaining("notes.db").hasMessageContaining("nothing was merged");
        }
    }

    private static Cast castOf(Workspace workspace) {
        Annotator[] people = new Annotator[3];
        for (Annotator annotator : workspace.annotations().annotators()) {
            switch (annotator.name()) {
                case "mona" -> people[0] = annotator;
                case "samir" -> people[1] = annotator;
                case "rana" -> people[2] = annotator;
                default -> {
                }
            }
        }
        return new Cast(workspace.corpus().article("a1").orElseThrow(), people[0], people[1], people[2]);
    }

    @Test
    void mergingTwiceGivesTheSameResultAsMergingOnceAndKeepsSeparateLayers() throws Exception {
        Path laptopA = folder.resolve("laptop-a.db");
        Path laptopB = folder.resolve("laptop-b.db");
        for (Path laptop : List.of(laptopA, laptopB)) {
            try (Workspace workspace = Workspace.open(laptop)) {
                Cast cast = setUp(workspace);
                annotate(workspace, cast, laptop == laptopA ? "علي مملوك" : "القاهرة", Label.ENTITY);
                move(workspace, cast, WorkflowTransition.SUBMIT, cast.mona(), "");
            }
        }
        List<String> afterOnce;
        try (Workspace workspace = Workspace.open(laptopA)) {
            Annotator me = castOf(workspace).samir();
            var report = workspace.merge(laptopB, me);
            assertThat(report.annotations()).isEqualTo(1);
            assertThat(report.annotators()).isEqualTo(3);
            afterOnce = dump(laptopA);
            assertThat(workspace.merge(laptopB, me).changedNothing()).isTrue();
            assertThat(workspace.annotations().annotators()).extracting(Annotator::name)
                    .contains("mona", "mona (from laptop-b)");
            assertThat(workspace.corpus().count()).isEqualTo(1);
        }
        assertThat(dump(laptopA)).isEqualTo(afterOnce);
    }

    /** A name already at the limit, with " (from ...)" added, would make the merged workspace open as damaged. */
    @Test
    void aMergedNameKeptApartStaysWithinTheLimitSoTheWorkspaceStillOpens() throws Exception {
        String longName = "م".repeat(InputLimits.MAX_NAME);
        Path laptopA = folder.resolve("laptop-a.db");
        Path laptopB = folder.resolve("laptop-" + "b".repeat(InputLimits.MAX_NAME) + ".db");
        for (Path laptop : List.of(laptopA, laptopB)) {
            try (Workspace workspace = Workspace.open(laptop)) {
                setUp(workspace);
                workspace.annotations().annotator(longName, Annotator.Role.ANNOTATOR);
            }
        }
        try (Workspace workspace = Workspace.open(laptopA)) {
            workspace.merge(laptopB, castOf(workspace).samir());
        }
        try (Workspace workspace = Workspace.open(laptopA)) {
            assertThat(workspace.annotations().annotators()).extracting(Annotator::name)
                    .allSatisfy(name -> assertThat(name.codePointCount(0, name.length()))
                            .isLessThanOrEqualTo(InputLimits.MAX_NAME))
                    .anySatisfy(name -> assertThat(name).startsWith("مم").endsWith("…"
                            + " (from laptop-" + "b".repeat(InputLimits.MAX_NAME / 2 - "laptop-".length()) + ")"));
        }
    }

    @Test
    void whereBothCopiesDecidedDifferentlyTheLaterChangeWinsTheOtherIsAuditedAndTheConflictNamed() throws Exception {
        Path mine = folder.resolve("mine.db");
        Path copy = folder.resolve("copy.db");
        long annotationId;
        try (Workspace workspace = Workspace.open(mine)) {
            Cast cast = setUp(workspace);
            annotationId = annotate(workspace, cast, "علي مملوك", Label.ENTITY).id();
            move(workspace, cast, WorkflowTransition.SUBMIT, cast.mona(), "");
            move(workspace, cast, WorkflowTransition.TAKE_FOR_REVIEW, cast.samir(), "");
        }
        Files.copy(mine, copy);
        try (Workspace workspace = Workspace.open(mine)) {
            Cast cast = castOf(workspace);
            workspace.review().decide(annotationId, cast.samir(), ReviewStatus.ACCEPTED, "", null);
            move(workspace, cast, WorkflowTransition.SIGN_OFF, cast.samir(), "");
        }
        try (Workspace workspace = Workspace.open(copy)) {
            Cast cast = castOf(workspace);
            workspace.review().decide(annotationId, cast.samir(), ReviewStatus.REJECTED, "not a name here", null);
            move(workspace, cast, WorkflowTransition.RETURN, cast.samir(), "look again");
        }
        try (Workspace workspace = Workspace.open(mine)) {
            Cast cast = castOf(workspace);
            var report = workspace.merge(copy, cast.samir());

            // The copy's decision and return were made after this side's: they win, as later changes.
            assertThat(report.changedDecisions()).isEqualTo(1);
            assertThat(report.changedStates()).isEqualTo(1);
            assertThat(report.conflicts()).hasSize(2).allSatisfy(conflict -> assertThat(conflict).contains("samir"));
            assertThat(report.conflicts().getFirst()).contains("rejected by samir: not a name here")
                    .contains("over accepted by samir");
            assertThat(workspace.review().decisions(cast.article().id()).get(annotationId).status())
                    .isEqualTo(ReviewStatus.REJECTED);
            assertThat(state(workspace, cast)).isEqualTo(WorkflowState.RETURNED);
            List<String> conflicts = new ArrayList<>();
            workspace.review().audit(cast.article().id(), entry -> {
                if (entry.action().equals("merge_conflict")) {
                    conflicts.add(entry.details());
                }
            });
            assertThat(conflicts).containsExactlyElementsOf(report.conflicts());
        }
    }

    @Test
    void aSuggestionRejectedOnAnotherMachineStaysRejectedAfterMerging() {
        Path laptopA = folder.resolve("laptop-a.db");
        Path laptopB = folder.resolve("laptop-b.db");
        CueLexicon lexicon = CueLexicons.load(List.of());
        Suggestion unwanted;
        try (Workspace workspace = Workspace.open(laptopB)) {
            Cast cast = setUp(workspace);
            unwanted = workspace.suggestions(lexicon).offered(cast.article()).stream()
                    .filter(suggestion -> cast.article().text().slice(suggestion.span()).equals("مصادر مطلعة"))
                    .findFirst().orElseThrow();
            workspace.suggestions(lexicon).reject(unwanted, cast.article(), cast.mona());
        }
        try (Workspace workspace = Workspace.open(laptopA)) {
            Cast cast = setUp(workspace);
            assertThat(workspace.suggestions(lexicon).offered(cast.article())).contains(unwanted);

            assertThat(workspace.merge(laptopB, cast.samir()).rejectedSuggestions()).isEqualTo(1);
            assertThat(workspace.suggestions(lexicon).offered(cast.article())).doesNotContain(unwanted);
            assertThat(workspace.merge(laptopB, cast.samir()).changedNothing()).isTrue();
        }
    }

    @Test
    void mergingAnArticleWhoseTextDiffersUnderTheSameIdIsRefusedAndChangesNothing() throws Exception {
        Path mine = folder.resolve("mine.db");
        Path theirs = folder.resolve("theirs.db");
        try (Workspace workspace = Workspace.open(theirs)) {
            workspace.corpus().importArticles(List.of(new NewArticle("a1", "t", "a1.txt",
                    ArticleText.of(TEXT + " (corrected)"), "{}")));
        }
        try (Workspace workspace = Workspace.open(mine)) {
            Cast cast = setUp(workspace);
            annotate(workspace, cast, "القاهرة", Label.ENTITY);
            List<String> before = dump(mine);
            assertThatThrownBy(() -> workspace.merge(theirs, cast.samir()))
                    .hasMessageContaining("Article 'a1' has different text");
            assertThat(dump(mine)).isEqualTo(before);
        }
    }

    private static List<String> dump(Path file) throws Exception {
        return app.hamish.WorkspaceTables.rows(file);
    }
}

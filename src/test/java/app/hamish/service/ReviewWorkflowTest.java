package app.hamish.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.hamish.model.Annotator;
import app.hamish.model.ArticleText;
import app.hamish.model.CueLexicon;
import app.hamish.model.InputLimits;
import app.hamish.model.Label;
import app.hamish.model.NewArticle;
import app.hamish.model.ReviewStatus;
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
    @TempDir
    Path folder;

    @Test
    void mergingAFileThatIsNotAWorkspaceNamesThatFile() throws Exception {
        Path notes = folder.resolve("notes.db");
        java.nio.file.Files.writeString(notes, "not a database at all, just notes ".repeat(40));
        try (Workspace workspace = Workspace.open(folder.resolve("w.db"))) {
            ReviewCast cast = ReviewCast.in(workspace);
            assertThatThrownBy(() -> workspace.merge(notes, cast.samir()))
                    .isInstanceOf(app.hamish.store.ConflictException.class)
                    .hasMessageContaining("notes.db").hasMessageContaining("nothing was merged");
        }
    }

    @Test
    void mergingTwiceGivesTheSameResultAsMergingOnceAndKeepsSeparateLayers() throws Exception {
        Path laptopA = folder.resolve("laptop-a.db");
        Path laptopB = folder.resolve("laptop-b.db");
        for (Path laptop : List.of(laptopA, laptopB)) {
            try (Workspace workspace = Workspace.open(laptop)) {
                ReviewCast cast = ReviewCast.in(workspace);
                cast.annotate(workspace, laptop == laptopA ? "علي مملوك" : "القاهرة", Label.ENTITY);
                cast.move(workspace, WorkflowTransition.SUBMIT, cast.mona(), "");
            }
        }
        List<String> afterOnce;
        try (Workspace workspace = Workspace.open(laptopA)) {
            Annotator me = ReviewCast.of(workspace).samir();
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
                ReviewCast.in(workspace);
                workspace.annotations().annotator(longName, Annotator.Role.ANNOTATOR);
            }
        }
        try (Workspace workspace = Workspace.open(laptopA)) {
            workspace.merge(laptopB, ReviewCast.of(workspace).samir());
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
            ReviewCast cast = ReviewCast.in(workspace);
            annotationId = cast.annotate(workspace, "علي مملوك", Label.ENTITY).id();
            cast.move(workspace, WorkflowTransition.SUBMIT, cast.mona(), "");
            cast.move(workspace, WorkflowTransition.TAKE_FOR_REVIEW, cast.samir(), "");
        }
        Files.copy(mine, copy);
        try (Workspace workspace = Workspace.open(mine)) {
            ReviewCast cast = ReviewCast.of(workspace);
            workspace.review().decide(annotationId, cast.samir(), ReviewStatus.ACCEPTED, "", null);
            cast.move(workspace, WorkflowTransition.SIGN_OFF, cast.samir(), "");
        }
        try (Workspace workspace = Workspace.open(copy)) {
            ReviewCast cast = ReviewCast.of(workspace);
            workspace.review().decide(annotationId, cast.samir(), ReviewStatus.REJECTED, "not a name here", null);
            cast.move(workspace, WorkflowTransition.RETURN, cast.samir(), "look again");
        }
        try (Workspace workspace = Workspace.open(mine)) {
            ReviewCast cast = ReviewCast.of(workspace);
            var report = workspace.merge(copy, cast.samir());

            // The copy's decision and return were made after this side's: they win, as later changes.
            assertThat(report.changedDecisions()).isEqualTo(1);
            assertThat(report.changedStates()).isEqualTo(1);
            assertThat(report.conflicts()).hasSize(2).allSatisfy(conflict -> assertThat(conflict).contains("samir"));
            assertThat(report.conflicts().getFirst()).contains("rejected by samir: not a name here")
                    .contains("over accepted by samir");
            assertThat(workspace.review().decisions(cast.article().id()).get(annotationId).status())
                    .isEqualTo(ReviewStatus.REJECTED);
            assertThat(cast.state(workspace)).isEqualTo(WorkflowState.RETURNED);
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
            ReviewCast cast = ReviewCast.in(workspace);
            unwanted = workspace.suggestions(lexicon).offered(cast.article()).stream()
                    .filter(suggestion -> cast.article().text().slice(suggestion.span()).equals("مصادر مطلعة"))
                    .findFirst().orElseThrow();
            workspace.suggestions(lexicon).reject(unwanted, cast.article(), cast.mona());
        }
        try (Workspace workspace = Workspace.open(laptopA)) {
            ReviewCast cast = ReviewCast.in(workspace);
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
                    ArticleText.of(ReviewCast.TEXT + " (corrected)"), "{}")));
        }
        try (Workspace workspace = Workspace.open(mine)) {
            ReviewCast cast = ReviewCast.in(workspace);
            cast.annotate(workspace, "القاهرة", Label.ENTITY);
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

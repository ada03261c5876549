package app.hamish.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.ArticleText;
import app.hamish.model.AuditEntry;
import app.hamish.model.Label;
import app.hamish.model.LayerState;
import app.hamish.model.MergeReport;
import app.hamish.model.NewAnnotation;
import app.hamish.model.NewArticle;
import app.hamish.model.Provenance;
import app.hamish.model.ReviewDecision;
import app.hamish.model.ReviewStatus;
import app.hamish.model.Span;
import app.hamish.model.WorkflowState;
import app.hamish.model.WorkflowTransition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An annotator and a reviewer on two machines, exchanging real workspace files with {@code merge} both ways: every
 * state, edit and comment must arrive on both sides, and a sign-off made in a copy by someone the reviewer's
 * workspace does not list as a reviewer must not arrive as gold.
 */
class FileExchangeTest {
    private static final String TEXT = "قالت المصادر إن علي مملوك زار القاهرة سرا";

    @TempDir
    Path folder;

    private Path reviewers() throws Exception {
        Path file = folder.resolve("reviewer.db");
        try (Workspace workspace = Workspace.open(file)) {
            workspace.corpus().importArticles(List.of(new NewArticle("a1", "t", "a1.txt", ArticleText.of(TEXT),
                    "{}")));
            workspace.annotations().annotator("rana", Annotator.Role.REVIEWER);
        }
        return file;
    }

    private static Article article(Workspace workspace) {
        return workspace.corpus().article("a1").orElseThrow();
    }

    private static Annotator person(Workspace workspace, String name, Annotator.Role role) {
        return workspace.annotations().annotator(name, role);
    }

    private static Annotator mona(Workspace workspace) {
        return person(workspace, "mona", Annotator.Role.ANNOTATOR);
    }

    private static Annotator rana(Workspace workspace) {
        return person(workspace, "rana", Annotator.Role.REVIEWER);
    }

    /** The annotator's file: a copy of the reviewer's, as handed over. */
    private Path copyOf(Path reviewer) throws IOException {
        return Files.copy(reviewer, folder.resolve("annotator.db"));
    }

    /** Mona marks the words in her layer of the first article. */
    private static Annotation mark(Workspace workspace, String words, String label, String subtype) {
        return workspace.annotations().create(new NewAnnotation(article(workspace).id(), mona(workspace).id(),
                span(words), label, subtype, "", Provenance.MANUAL));
    }

    private static void submit(Workspace workspace) {
        Annotator mona = mona(workspace);
        workspace.review().transition(article(workspace).id(), mona.id(), WorkflowTransition.SUBMIT, mona, "", null);
    }

    private static void takeForReview(Workspace workspace) {
        workspace.review().transition(article(workspace).id(), mona(workspace).id(),
                WorkflowTransition.TAKE_FOR_REVIEW, rana(workspace), "", null);
    }

    private static Span span(String words) {
        int start = TEXT.codePointCount(0, TEXT.indexOf(words));
        return new Span(start, start + words.codePointCount(0, words.length()));
    }

    /**
     * One exchange: opens {@code into}, merges {@code from} into it as {@code who} there, and returns what
     * {@code look} then reads in it.
     */
    private static <T> T merged(Path into, Path from, Function<Workspace, Annotator> who,
                                Function<Workspace, T> look) {
        try (Workspace workspace = Workspace.open(into)) {
            workspace.merge(from, who.apply(workspace));
            return look.apply(workspace);
        }
    }

    private static WorkflowState monasLayer(Workspace workspace) {
        return workspace.review().state(article(workspace).id(), mona(workspace).id());
    }

    @Test
    void threeExchangesCarryEveryStateEditAndCommentToBothSides() throws Exception {
        Path reviewer = reviewers();
        Path annotator = copyOf(reviewer);

        try (Workspace workspace = Workspace.open(annotator)) {
            mark(workspace, "علي مملوك", Label.ENTITY, "person");
            mark(workspace, "علي مملوك زار", Label.CLAIM, null);
            submit(workspace);
        }
        try (Workspace workspace = Workspace.open(reviewer)) {
            Annotator rana = rana(workspace);
            assertThat(workspace.merge(annotator, rana).annotations()).isEqualTo(2);
            assertThat(monasLayer(workspace)).isEqualTo(WorkflowState.SUBMITTED);
            long mona = mona(workspace).id();
            long article = article(workspace).id();
            takeForReview(workspace);
            workspace.review().transition(article, mona, WorkflowTransition.RETURN, rana,
                    "the claim runs on to the place visited", null);
        }
        try (Workspace workspace = Workspace.open(annotator)) {
            Annotator mona = mona(workspace);
            MergeReport back = workspace.merge(reviewer, mona);
            assertThat(back.changedStates()).isEqualTo(1);
            assertThat(monasLayer(workspace)).isEqualTo(WorkflowState.RETURNED);
            long article = article(workspace).id();
            assertThat(workspace.review().layers(article)).singleElement().satisfies(layer ->
                    assertThat(layer.comment()).isEqualTo("the claim runs on to the place visited"));
            Annotation claim = workspace.annotations().ofArticle(article).stream()
                    .filter(annotation -> annotation.label().equals(Label.CLAIM)).findFirst().orElseThrow();
            workspace.annotations().update(new Annotation(claim.id(), claim.articleId(), claim.annotatorId(),
                    span("علي مملوك زار القاهرة"), claim.label(), claim.subtype(), "to the place", claim.provenance(),
                    claim.created(), claim.updated(), claim.version()), mona);
            submit(workspace);
        }
        try (Workspace workspace = Workspace.open(reviewer)) {
            Annotator rana = rana(workspace);
            MergeReport again = workspace.merge(annotator, rana);
            assertThat(again.changedAnnotations()).isEqualTo(1);
            assertThat(again.conflicts()).isEmpty();
            assertThat(monasLayer(workspace)).isEqualTo(WorkflowState.SUBMITTED);
            long mona = mona(workspace).id();
            long article = article(workspace).id();
            takeForReview(workspace);
            for (Annotation annotation : workspace.annotations().ofArticle(article)) {
                workspace.review().decide(annotation.id(), rana, ReviewStatus.ACCEPTED,
                        annotation.label().equals(Label.CLAIM) ? "now to the place" : "", null);
            }
            workspace.review().transition(article, mona, WorkflowTransition.SIGN_OFF, rana, "", null);
        }
        Side annotatorSide = merged(annotator, reviewer, FileExchangeTest::mona, Side::of);
        Side reviewerSide;
        try (Workspace workspace = Workspace.open(reviewer)) {
            reviewerSide = Side.of(workspace);
        }
        assertThat(reviewerSide.states()).containsExactly("mona: signed_off");
        assertThat(reviewerSide.annotations()).containsValue("CLAIM [16,37) \"to the place\" v2");
        assertThat(reviewerSide.decisions()).containsValue("accepted by rana: now to the place");
        assertThat(annotatorSide.states()).isEqualTo(reviewerSide.states());
        assertThat(annotatorSide.annotations()).isEqualTo(reviewerSide.annotations());
        assertThat(annotatorSide.decisions()).isEqualTo(reviewerSide.decisions());
        // The annotator merged last: its log holds the reviewer's whole log, and only its own last merge besides.
        List<String> onlyTheAnnotators = new ArrayList<>(annotatorSide.audit());
        reviewerSide.audit().forEach(onlyTheAnnotators::remove);
        assertThat(onlyTheAnnotators).hasSize(2).allSatisfy(entry -> assertThat(entry).startsWith("mona merged"));
        assertThat(onlyTheAnnotators.getFirst()).contains("signed_off (rana").contains("over submitted (mona");
        // The audit log agrees with the data: the claim's last edit leads to what it holds.
        assertThat(reviewerSide.audit()).filteredOn(entry -> entry.startsWith("mona edited")).last()
                .satisfies(entry -> assertThat(entry).endsWith("-> CLAIM [16,37) \"to the place\""));
    }

    @Test
    void aSignOffMadeInACopyBySomeoneNotListedAsReviewerArrivesAsSubmittedWorkAndAddsNoGold() throws Exception {
        Path reviewer = reviewers();
        Path copy = folder.resolve("copy.db");
        Files.copy(reviewer, copy);
        try (Workspace workspace = Workspace.open(copy)) {
            Annotator mona = mona(workspace);
            long article = article(workspace).id();
            Annotation entity = mark(workspace, "علي مملوك", Label.ENTITY, "person");
            submit(workspace);
            // The same person, under another name, as a "reviewer" of the copy.
            Annotator boss = person(workspace, "boss", Annotator.Role.REVIEWER);
            workspace.review().transition(article, mona.id(), WorkflowTransition.TAKE_FOR_REVIEW, boss, "", null);
            workspace.review().decide(entity.id(), boss, ReviewStatus.ACCEPTED, "", null);
            workspace.review().transition(article, mona.id(), WorkflowTransition.SIGN_OFF, boss, "", null);
        }
        try (Workspace workspace = Workspace.open(reviewer)) {
            MergeReport report = workspace.merge(copy, rana(workspace));
            assertThat(report.annotations()).isEqualTo(1);
            // The accept, the sign-off and the gold copy the accept made.
            assertThat(report.unlistedReviewers()).hasSize(3).allSatisfy(work -> assertThat(work)
                    .contains("boss, who is not a reviewer here"));
            assertThat(monasLayer(workspace)).isEqualTo(WorkflowState.SUBMITTED);
            assertThat(workspace.review().decisions(article(workspace).id())).isEmpty();
        }
    }

    @Test
    void anAnnotationDeletedAfterAnExchangeIsDeletedOnTheOtherSideAndNeverComesBack() throws Exception {
        Path reviewer = reviewers();
        Path annotator = copyOf(reviewer);
        try (Workspace workspace = Workspace.open(annotator)) {
            mark(workspace, "علي مملوك", Label.ENTITY, "person");
            mark(workspace, "علي مملوك زار", Label.CLAIM, null);
        }
        try (Workspace workspace = Workspace.open(reviewer)) {
            assertThat(workspace.merge(annotator, rana(workspace))
                    .annotations()).isEqualTo(2);
        }
        try (Workspace workspace = Workspace.open(annotator)) {
            Annotator mona = mona(workspace);
            workspace.annotations().delete(labelled(workspace, Label.ENTITY), mona);
        }
        try (Workspace workspace = Workspace.open(reviewer)) {
            MergeReport report = workspace.merge(annotator, rana(workspace));
            assertThat(report.conflicts()).isEmpty();
            assertThat(Side.of(workspace).annotations()).containsOnlyKeys("mona CLAIM");
            assertThat(Side.of(workspace).audit()).anySatisfy(entry -> assertThat(entry)
                    .startsWith("rana merged_deletion").contains("ENTITY/person [16,25)"));
        }
        assertThat(merged(annotator, reviewer, FileExchangeTest::mona, Side::of).annotations())
                .containsOnlyKeys("mona CLAIM");
        try (Workspace workspace = Workspace.open(reviewer)) {
            MergeReport again = workspace.merge(annotator, rana(workspace));
            assertThat(again.annotations()).isZero();
            assertThat(again.changedAnnotations()).isZero();
            assertThat(Side.of(workspace).annotations()).containsOnlyKeys("mona CLAIM");
        }
    }

    @Test
    void aDeletionOlderThanTheOtherSidesEditLosesOnBothSidesAndEachMergeNamesIt() throws Exception {
        Path reviewer = reviewers();
        Path annotator = copyOf(reviewer);
        try (Workspace workspace = Workspace.open(annotator)) {
            mark(workspace, "علي مملوك", Label.ENTITY, "person");
        }
        try (Workspace workspace = Workspace.open(reviewer)) {
            workspace.merge(annotator, rana(workspace));
            // Mona, at the reviewer's desk, deletes it; later, on her laptop, she edits it.
            workspace.annotations().delete(labelled(workspace, Label.ENTITY),
                    mona(workspace));
        }
        try (Workspace workspace = Workspace.open(annotator)) {
            Annotator mona = mona(workspace);
            Annotation entity = labelled(workspace, Label.ENTITY);
            workspace.annotations().update(new Annotation(entity.id(), entity.articleId(), entity.annotatorId(),
                    entity.span(), entity.label(), entity.subtype(), "the general", entity.provenance(),
                    entity.created(), entity.updated(), entity.version()), mona);
            MergeReport kept = workspace.merge(reviewer, mona);
            assertThat(kept.conflicts()).singleElement().satisfies(conflict -> assertThat(conflict)
                    .contains("\"the general\"").contains("over its deletion there"));
            assertThat(labelled(workspace, Label.ENTITY).note()).isEqualTo("the general");
        }
        try (Workspace workspace = Workspace.open(reviewer)) {
            MergeReport back = workspace.merge(annotator, rana(workspace));
            assertThat(back.conflicts()).singleElement().satisfies(conflict -> assertThat(conflict)
                    .contains("over its deletion here").contains("brought back"));
            assertThat(labelled(workspace, Label.ENTITY).note()).isEqualTo("the general");
            assertThat(Side.of(workspace).audit()).anySatisfy(entry -> assertThat(entry)
                    .startsWith("rana merge_conflict").contains("brought back"));
        }
    }

    @Test
    void aGoldCopyRemovedByARejectionIsRemovedOnTheOtherSideToo() throws Exception {
        Path reviewer = reviewers();
        Path annotator = copyOf(reviewer);
        try (Workspace workspace = Workspace.open(annotator)) {
            mark(workspace, "علي مملوك", Label.ENTITY, "person");
            submit(workspace);
        }
        try (Workspace workspace = Workspace.open(reviewer)) {
            Annotator rana = rana(workspace);
            workspace.merge(annotator, rana);
            takeForReview(workspace);
            workspace.review().decide(labelled(workspace, Label.ENTITY).id(), rana, ReviewStatus.ACCEPTED, "", null);
        }
        assertThat(merged(annotator, reviewer, FileExchangeTest::mona, FileExchangeTest::gold)).hasSize(1);
        try (Workspace workspace = Workspace.open(reviewer)) {
            Annotator rana = rana(workspace);
            Annotation entity = workspace.annotations().ofArticle(article(workspace).id()).stream()
                    .filter(annotation -> annotation.annotatorId() != Annotator.GOLD_ID).findFirst().orElseThrow();
            workspace.review().decide(entity.id(), rana, ReviewStatus.REJECTED, "not a person here", null);
            assertThat(gold(workspace)).isEmpty();
        }
        assertThat(merged(annotator, reviewer, FileExchangeTest::mona, FileExchangeTest::gold)).isEmpty();
        assertThat(merged(reviewer, annotator, FileExchangeTest::rana, FileExchangeTest::gold)).isEmpty();
    }

    @Test
    void aGoldAnswerAdjudicatedOnBothSidesAndRejectedOnOneIsGoneFromBothWhicheverCopyEachHeld() throws Exception {
        Path reviewer = reviewers();
        try (Workspace workspace = Workspace.open(reviewer)) {
            mark(workspace, "علي مملوك", Label.ENTITY, "person");
            submit(workspace);
            takeForReview(workspace);
        }
        Path annotator = copyOf(reviewer);
        // Rana accepts the same annotation in both files: two gold copies of one answer, matched by span.
        for (Path side : List.of(reviewer, annotator)) {
            try (Workspace workspace = Workspace.open(side)) {
                workspace.review().decide(labelled(workspace, Label.ENTITY).id(),
                        rana(workspace), ReviewStatus.ACCEPTED, "", null);
            }
        }
        try (Workspace workspace = Workspace.open(reviewer)) {
            Annotator rana = rana(workspace);
            workspace.merge(annotator, rana);
            assertThat(gold(workspace)).hasSize(1);
            workspace.review().decide(labelled(workspace, Label.ENTITY).id(), rana, ReviewStatus.REJECTED,
                    "not a person here", null);
            workspace.merge(annotator, rana);
            assertThat(gold(workspace)).isEmpty();
        }
        assertThat(merged(annotator, reviewer, FileExchangeTest::mona, FileExchangeTest::gold)).isEmpty();
        assertThat(merged(reviewer, annotator, FileExchangeTest::rana, FileExchangeTest::gold)).isEmpty();
    }

    /** The one annotation with the label in the first article; the gold layer's copies of it do not count. */
    private static Annotation labelled(Workspace workspace, String label) {
        return workspace.annotations().ofArticle(article(workspace).id()).stream()
                .filter(annotation -> annotation.label().equals(label) && annotation.annotatorId() != Annotator.GOLD_ID)
                .findFirst().orElseThrow();
    }

    private static List<Annotation> gold(Workspace workspace) {
        return workspace.annotations().ofArticle(article(workspace).id()).stream()
                .filter(annotation -> annotation.annotatorId() == Annotator.GOLD_ID).toList();
    }

    /** What one side holds, by content rather than by row id (ids differ between the two files). */
    private record Side(List<String> states, Map<String, String> annotations, Map<String, String> decisions,
                        List<String> audit) {
        static Side of(Workspace workspace) {
            Article article = article(workspace);
            Map<Long, String> names = new TreeMap<>();
            workspace.annotations().annotators().forEach(annotator -> names.put(annotator.id(), annotator.name()));
            List<String> states = new ArrayList<>();
            for (LayerState layer : workspace.review().layers(article.id())) {
                states.add(names.get(layer.annotatorId()) + ": " + layer.state().code());
            }
            Map<String, String> annotations = new TreeMap<>();
            Map<String, String> decisions = new TreeMap<>();
            Map<Long, ReviewDecision> decided = workspace.review().decisions(article.id());
            for (Annotation annotation : workspace.annotations().ofArticle(article.id())) {
                String key = names.get(annotation.annotatorId()) + " " + annotation.label();
                annotations.put(key, annotation.label() + " " + annotation.span()
                        + (annotation.note().isEmpty() ? "" : " \"" + annotation.note() + "\"")
                        + " v" + annotation.version());
                ReviewDecision decision = decided.get(annotation.id());
                if (decision != null) {
                    decisions.put(key, decision.status().code() + " by " + names.get(decision.reviewerId())
                            + (decision.comment().isEmpty() ? "" : ": " + decision.comment()));
                }
            }
            List<String> audit = new ArrayList<>();
            workspace.review().audit(null, (AuditEntry entry) -> audit.add(entry.actor() + " " + entry.action()
                    + " " + entry.at() + " " + entry.annotationUuid() + " " + entry.details()));
            return new Side(states, annotations, decisions, audit);
        }
    }
}

package app.hamish.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.hamish.StoreBackend;
import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.ArticleText;
import app.hamish.model.InputLimits;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.NewArticle;
import app.hamish.model.Provenance;
import app.hamish.model.ReviewStatus;
import app.hamish.model.Span;
import app.hamish.model.WorkflowTransition;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(StoreBackend.class)
class AnnotationServiceTest {
    @Parameter
    StoreBackend backend;
    // Word boundaries: "قال" 0-3, space, "\u200F" (RLM) 4, space 5, "والقاهرة" 6-14.
    private static final String TEXT = "قال \u200F والقاهرة";

    @TempDir
    Path folder;
    private StoreBackend.Place place;
    private Workspace workspace;
    private Article article;
    private Annotator mona;

    @BeforeEach
    void open() {
        workspace = place().workspace();
        article = workspace.corpus().importArticles(List.of(
                new NewArticle("a1", "t", "a1.txt", ArticleText.of(TEXT), "{}"))).imported().getFirst();
        mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private NewAnnotation entity(Span span, String subtype) {
        return new NewAnnotation(article.id(), mona.id(), span, Label.ENTITY, subtype, "", Provenance.MANUAL);
    }

    @Test
    void aSpanInsideAWordIsStoredExactly() {
        Annotation created = workspace.annotations().create(entity(new Span(7, 14), "location"));
        assertThat(article.text().slice(created.span())).isEqualTo("القاهرة");
        assertThat(workspace.annotations().ofArticle(article.id())).containsExactly(created);
    }

    @Test
    void blankSelectionsAreRefusedWithAHint() {
        assertThatThrownBy(() -> workspace.annotations().create(entity(new Span(3, 6), null)))
                .isInstanceOf(RefusedException.class).hasMessageContaining("only spaces or invisible characters");
        assertThat(workspace.annotations().ofArticle(article.id())).isEmpty();
    }

    /** Printed on one line everywhere: a line break forged a line of the command line's tables. */
    @Test
    void anAnnotatorsNameWithALineBreakATabOrABidiOverrideIsRefused() {
        int before = workspace.annotations().annotators().size();
        for (String name : List.of("mona\nannotator\tfake\t99", "rana\tx", "\u202Eanis")) {
            assertThatThrownBy(() -> workspace.annotations().annotator(name, Annotator.Role.ANNOTATOR)).as(name)
                    .isInstanceOfSatisfying(RefusedException.class,
                            e -> assertThat(e.refusal()).contains(Refusal.CONTROL_IN_NAME));
        }
        assertThat(workspace.annotations().annotators()).hasSize(before);
    }

    @Test
    void exactDuplicatesAreRefusedButAnotherLabelOnTheSameSpanIsNot() {
        workspace.annotations().create(entity(new Span(0, 3), null));
        assertThatThrownBy(() -> workspace.annotations().create(entity(new Span(0, 3), null)))
                .isInstanceOf(RefusedException.class).hasMessageContaining("already exists");
        workspace.annotations().create(new NewAnnotation(article.id(), mona.id(), new Span(0, 3), Label.CLAIM, null,
                "", Provenance.MANUAL));
        assertThat(workspace.annotations().ofArticle(article.id())).hasSize(2);
    }

    @Test
    void aBatchWithOneBadAnnotationAddsNothing() {
        assertThatThrownBy(() -> workspace.annotations().createAll(List.of(entity(new Span(0, 3), null),
                entity(new Span(0, 3), null)))).isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> workspace.annotations().createAll(List.of(entity(new Span(0, 3), null),
                entity(new Span(7, 99), null)))).isInstanceOf(RefusedException.class)
                .hasMessageContaining("outside the article");
        assertThat(workspace.annotations().ofArticle(article.id())).isEmpty();
    }

    @Test
    void unknownSubtypesAndLabelsAreRefused() {
        assertThatThrownBy(() -> workspace.annotations().create(entity(new Span(0, 3), "weapon")))
                .isInstanceOf(RefusedException.class).hasMessageContaining("no subtype 'weapon'");
        assertThatThrownBy(() -> workspace.annotations().create(new NewAnnotation(article.id(), mona.id(),
                new Span(0, 3), "RUMOUR", null, "", Provenance.MANUAL)))
                .isInstanceOf(RefusedException.class).hasMessageContaining("no label RUMOUR");
    }

    @Test
    void editsAndDeletionsAreCommitted() {
        Annotation created = workspace.annotations().create(entity(new Span(6, 14), "location"));
        Annotation narrowed = workspace.annotations().update(new Annotation(created.id(), created.articleId(),
                created.annotatorId(), new Span(7, 14), created.label(), created.subtype(), "clitic و excluded",
                created.provenance(), created.created(), created.updated()), mona);
        assertThat(workspace.annotations().ofArticle(article.id())).singleElement()
                .satisfies(stored -> {
                    assertThat(stored.span()).isEqualTo(new Span(7, 14));
                    assertThat(stored.note()).isEqualTo("clitic و excluded");
                });
        workspace.annotations().delete(narrowed, mona);
        assertThat(workspace.annotations().ofArticle(article.id())).isEmpty();
    }

    @Test
    void claimsAreLinkedToTheirSourceAndOnlyReviewersDecide() {
        Annotation source = workspace.annotations().create(new NewAnnotation(article.id(), mona.id(),
                new Span(0, 3), Label.UNVERIFIED_SOURCE, null, "", Provenance.MANUAL));
        Annotation claim = workspace.annotations().create(new NewAnnotation(article.id(), mona.id(),
                new Span(6, 14), Label.CLAIM, null, "", Provenance.MANUAL));
        workspace.annotations().link(claim.id(), source.id(), "attributed_to", mona);
        assertThat(workspace.annotations().relations(article.id())).singleElement()
                .satisfies(relation -> assertThat(relation.toAnnotationId()).isEqualTo(source.id()));

        assertThatThrownBy(() -> workspace.review().decide(claim.id(), mona, ReviewStatus.ACCEPTED, "", null))
                .isInstanceOf(RefusedException.class).hasMessageContaining("not a reviewer");
        Annotator reviewer = workspace.annotations().annotator("samir", Annotator.Role.REVIEWER);
        workspace.review().transition(article.id(), mona.id(), WorkflowTransition.SUBMIT, mona, "", null);
        workspace.review().transition(article.id(), mona.id(), WorkflowTransition.TAKE_FOR_REVIEW, reviewer, "", null);
        assertThat(workspace.review().decide(claim.id(), reviewer, ReviewStatus.ACCEPTED, "checked", null).decision()
                .status()).isEqualTo(ReviewStatus.ACCEPTED);
    }

    /**
     * Opening a workspace refuses a name or note over the import limits as damage, so Hamish must never write one:
     * a merge --as, an --annotator or a pasted note would otherwise lock the analyst out of their own work.
     */
    @Test
    void namesAndNotesOverTheLimitsAreRefusedSoTheWorkspaceStillOpens() {
        String longName = "م".repeat(InputLimits.MAX_NAME + 1);
        String longNote = "م".repeat(InputLimits.MAX_NOTE + 1);
        assertThatThrownBy(() -> workspace.annotations().annotator(longName, Annotator.Role.ANNOTATOR))
                .isInstanceOf(RefusedException.class).hasMessageContaining("at most " + InputLimits.MAX_NAME);
        assertThatThrownBy(() -> workspace.annotations().create(new NewAnnotation(article.id(), mona.id(),
                new Span(0, 3), Label.CLAIM, null, longNote, Provenance.MANUAL)))
                .isInstanceOf(RefusedException.class).hasMessageContaining("at most " + InputLimits.MAX_NOTE);
        Annotation claim = workspace.annotations().create(new NewAnnotation(article.id(), mona.id(),
                new Span(0, 3), Label.CLAIM, null, "م".repeat(InputLimits.MAX_NOTE), Provenance.MANUAL));
        assertThatThrownBy(() -> workspace.annotations().update(new Annotation(claim.id(), claim.articleId(),
                claim.annotatorId(), claim.span(), claim.label(), claim.subtype(), longNote, claim.provenance(),
                claim.created(), claim.updated()), mona)).isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> workspace.review().transition(article.id(), mona.id(), WorkflowTransition.SUBMIT,
                mona, longNote, null)).isInstanceOf(RefusedException.class);
        Annotator reviewer = workspace.annotations().annotator("samir", Annotator.Role.REVIEWER);
        workspace.review().transition(article.id(), mona.id(), WorkflowTransition.SUBMIT, mona, "", null);
        workspace.review().transition(article.id(), mona.id(), WorkflowTransition.TAKE_FOR_REVIEW, reviewer, "", null);
        assertThatThrownBy(() -> workspace.review().decide(claim.id(), reviewer, ReviewStatus.REJECTED, longNote, null))
                .isInstanceOf(RefusedException.class);

        workspace.close();
        workspace = place().workspace();
        assertThat(workspace.annotations().annotators()).extracting(Annotator::name)
                .containsExactlyInAnyOrder("mona", "samir");
    }

    /** This test's workspace, made on first use and reopened at the same place after. */
    private StoreBackend.Place place() {
        if (place == null) {
            place = backend.newPlace(folder);
        }
        return place;
    }
}

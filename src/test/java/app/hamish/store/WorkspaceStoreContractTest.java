package app.hamish.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.hamish.StoreBackend;
import app.hamish.model.AnnotatedText;
import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.ArticleExport;
import app.hamish.model.ArticleSummary;
import app.hamish.model.ArticleText;
import app.hamish.model.AuditEntry;
import app.hamish.model.DeletedAnnotation;
import app.hamish.model.ExportFilter;
import app.hamish.model.ExportedAnnotation;
import app.hamish.model.GoldProvenance;
import app.hamish.model.Label;
import app.hamish.model.LayerState;
import app.hamish.model.NewAnnotation;
import app.hamish.model.NewArticle;
import app.hamish.model.Provenance;
import app.hamish.model.Relation;
import app.hamish.model.ReviewDecision;
import app.hamish.model.ReviewStatus;
import app.hamish.model.SavedModel;
import app.hamish.model.Span;
import app.hamish.model.WorkflowState;
import app.hamish.model.WorkflowTransition;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What every {@link WorkspaceStore} promises, run on a SQLite file and on a real PostgreSQL server alike, so that
 * the two backends cannot drift apart.
 */
@ParameterizedClass
@EnumSource(StoreBackend.class)
class WorkspaceStoreContractTest {
    // An astral character (two UTF-16 units, one code point) before the Arabic: offsets count code points.
    private static final String TEXT = "𝔸 زار علي مملوك القاهرة";

    @Parameter
    StoreBackend backend;
    @TempDir
    Path folder;
    private StoreBackend.Place place;

    @BeforeEach
    void newPlace() {
        place = backend.newPlace(folder);
    }

    private static NewArticle article(String id, String text) {
        return new NewArticle(id, "title " + id, id + ".txt", ArticleText.of(text), "{}");
    }

    private static NewAnnotation gold(Article article, Span span, String subtype) {
        return new NewAnnotation(article.id(), Annotator.GOLD_ID, span, Label.ENTITY, subtype, "", Provenance.MANUAL);
    }

    /** Mona's and ali's identical entity, accepted into gold by rami with both as its sources. */
    private record AgreedGold(Article article, Annotator mona, Annotator ali, Annotator rami, Annotation monas,
                              Annotation alis, Annotation gold) {
        static AgreedGold in(WorkspaceStore store) {
            Article article = store.addArticles(List.of(WorkspaceStoreContractTest.article("a1", TEXT))).imported()
                    .getFirst();
            Annotator mona = store.annotator("mona", Annotator.Role.ANNOTATOR);
            Annotator ali = store.annotator("ali", Annotator.Role.ANNOTATOR);
            Annotator rami = store.annotator("rami", Annotator.Role.REVIEWER);
            Annotation monas = store.addAnnotation(entity(article, mona, new Span(6, 15), "person"));
            Annotation alis = store.addAnnotation(entity(article, ali, new Span(6, 15), "person"));
            Annotation gold = store.addGold(WorkspaceStoreContractTest.gold(article, new Span(6, 15), "person"), null, rami.id(),
                    Map.of(mona.id(), monas.id(), ali.id(), alis.id()));
            return new AgreedGold(article, mona, ali, rami, monas, alis, gold);
        }
    }

    private static NewAnnotation entity(Article article, Annotator by, Span span, String subtype) {
        return new NewAnnotation(article.id(), by.id(), span, Label.ENTITY, subtype, "", Provenance.MANUAL);
    }

    @Test
    void aSavedRecommenderModelIsKeptPerAnalystAcrossOpensAndReplacedByTheNext() {
        try (WorkspaceStore store = place.open()) {
            assertThat(store.savedModel("mona")).isEmpty();
            store.saveModel(new SavedModel("mona", "first", new byte[] {1, 2, 3}));
            store.saveModel(new SavedModel("mona", "second", new byte[] {4, 0, (byte) 0xFF}));
            store.saveModel(new SavedModel("samir", "his", new byte[] {9}));
        }
        try (WorkspaceStore store = place.open()) {
            SavedModel mona = store.savedModel("mona").orElseThrow();
            assertThat(mona.fingerprint()).isEqualTo("second");
            assertThat(mona.bytes()).containsExactly(4, 0, 0xFF);
            assertThat(store.savedModel("samir").orElseThrow().fingerprint()).isEqualTo("his");
        }
    }

    @Test
    void aNewWorkspaceHasTheThreeDefaultLabels() {
        try (WorkspaceStore store = place.open()) {
            assertThat(store.labels()).extracting(Label::name)
                    .containsExactly(Label.ENTITY, Label.CLAIM, Label.UNVERIFIED_SOURCE);
            assertThat(store.labels().getFirst().subtypes())
                    .containsExactly("person", "organisation", "location", "other");
            assertThat(store.labels()).extracting(Label::hotkey).containsExactly("1", "2", "3");
            assertThat(store.addLabel(new Label("EVENT", "#00AA00", "4", List.of("war"))).name()).isEqualTo("EVENT");
        }
    }

    @Test
    void reopeningKeepsEverythingCommitted() {
        long annotationId;
        try (WorkspaceStore store = place.open()) {
            Article article = store.addArticles(List.of(article("a1", TEXT))).imported().getFirst();
            Annotator annotator = store.annotator("mona", Annotator.Role.ANNOTATOR);
            Annotation annotation = store.addAnnotation(new NewAnnotation(article.id(), annotator.id(),
                    new Span(6, 15), Label.ENTITY, "person", "head of security", Provenance.MANUAL));
            annotationId = annotation.id();
            store.addLabel(new Label("EVENT", "#00AA00", "4", List.of()));
        }
        try (WorkspaceStore store = place.open()) {
            Article article = store.articleByExternalId("a1").orElseThrow();
            assertThat(article.text().value()).isEqualTo(TEXT);
            Annotation annotation = store.annotation(annotationId).orElseThrow();
            assertThat(annotation.span()).isEqualTo(new Span(6, 15));
            assertThat(article.text().slice(annotation.span())).isEqualTo("علي مملوك");
            assertThat(annotation.note()).isEqualTo("head of security");
            assertThat(annotation.subtype()).isEqualTo("person");
            assertThat(store.labels()).extracting(Label::name).contains("EVENT");
            assertThat(store.annotators()).extracting(Annotator::name).containsExactly("mona");
            assertThat(store.article(article.id())).contains(article);
            assertThat(store.articleSha256(article.id())).contains(article.sha256());
        }
    }

    @Test
    void aWriteThatFailsLeavesNoPartialRows() {
        try (WorkspaceStore store = place.open()) {
            Article article = store.addArticles(List.of(article("a1", "نص المقالة الأولى"))).imported().getFirst();
            Annotator annotator = store.annotator("mona", Annotator.Role.ANNOTATOR);
            NewAnnotation good = new NewAnnotation(article.id(), annotator.id(), new Span(0, 2), Label.CLAIM, null,
                    "", Provenance.MANUAL);
            NewAnnotation bad = new NewAnnotation(article.id(), annotator.id(), new Span(3, 9), "NO_SUCH_LABEL",
                    null, "", Provenance.MANUAL);
            assertThatThrownBy(() -> store.addAnnotations(List.of(good, bad))).isInstanceOf(ConflictException.class);
            assertThat(store.annotations(article.id())).isEmpty();

            assertThatThrownBy(() -> store.addArticles(List.of(article("a2", "نص جديد"), article("a1", "نص آخر"))))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("'a1'");
            assertThat(store.articleCount()).isEqualTo(1);
        }
    }

    @Test
    void changesMadeTogetherAreCommittedTogetherOrNotAtAll() {
        try (WorkspaceStore store = place.open()) {
            assertThatThrownBy(() -> store.atomically(() -> {
                Article article = store.addArticles(List.of(article("a1", "نص المقالة"))).imported().getFirst();
                Annotator annotator = store.annotator("import:doccano", Annotator.Role.ANNOTATOR);
                store.addAnnotation(new NewAnnotation(article.id(), annotator.id(), new Span(0, 2), Label.CLAIM, null,
                        "", Provenance.IMPORTED));
                throw new IllegalStateException("the disk failed while linking");
            })).hasMessageContaining("the disk failed");
            assertThat(store.articleCount()).isZero();
            assertThat(store.annotators()).isEmpty();

            store.atomically(() -> store.addArticles(List.of(article("a2", "نص آخر"))));
        }
        try (WorkspaceStore store = place.open()) {
            assertThat(store.articleCount()).isEqualTo(1);
        }
    }

    @Test
    void sameTextIsSkippedAsDuplicate() {
        try (WorkspaceStore store = place.open()) {
            store.addArticles(List.of(article("a1", "نص")));
            var report = store.addArticles(List.of(article("copy", "نص"), article("a2", "نص ثان")));
            assertThat(report.imported()).extracting(Article::externalId).containsExactly("a2");
            assertThat(report.skipped()).singleElement()
                    .satisfies(duplicate -> assertThat(duplicate.existingExternalId()).isEqualTo("a1"));
        }
    }

    @Test
    void lengthsAndAnnotatedStringsCountCodePoints() {
        try (WorkspaceStore store = place.open()) {
            Article article = store.addArticles(List.of(article("a1", TEXT))).imported().getFirst();
            Article other = store.addArticles(List.of(article("a2", "نص آخر"))).imported().getFirst();
            Annotator mona = store.annotator("mona", Annotator.Role.ANNOTATOR);
            store.addAnnotation(entity(article, mona, new Span(0, 5), null));
            store.addAnnotation(entity(article, mona, new Span(16, 23), "location"));

            assertThat(store.articleSummaries()).extracting(ArticleSummary::characters)
                    .containsExactly(TEXT.codePointCount(0, TEXT.length()), 6);
            assertThat(store.annotatedOutside(other.id())).containsExactlyInAnyOrder(
                    new AnnotatedText("𝔸 زار", Label.ENTITY, null),
                    new AnnotatedText("القاهرة", Label.ENTITY, "location"));
            assertThat(store.annotatedOutside(article.id())).isEmpty();
        }
    }

    @Test
    void theSameAnnotationIsFoundAndCheckedForWithOrWithoutASubtype() {
        try (WorkspaceStore store = place.open()) {
            Article article = store.addArticles(List.of(article("a1", TEXT))).imported().getFirst();
            Annotator mona = store.annotator("mona", Annotator.Role.ANNOTATOR);
            Annotation plain = store.addAnnotation(entity(article, mona, new Span(2, 5), null));
            Annotation person = store.addAnnotation(entity(article, mona, new Span(6, 15), "person"));

            assertThat(store.findSame(entity(article, mona, new Span(2, 5), null))).contains(plain);
            assertThat(store.findSame(entity(article, mona, new Span(6, 15), "person"))).contains(person);
            assertThat(store.findSame(entity(article, mona, new Span(6, 15), null))).isEmpty();
            assertThat(store.findSame(entity(article, mona, new Span(2, 5), "person"))).isEmpty();

            // A commit's check answers as finding it would, reading no row.
            Annotator ali = store.annotator("ali", Annotator.Role.ANNOTATOR);
            assertThat(store.holdsSame(entity(article, mona, new Span(2, 5), null))).isTrue();
            assertThat(store.holdsSame(entity(article, mona, new Span(6, 15), "person"))).isTrue();
            assertThat(store.holdsSame(entity(article, mona, new Span(6, 15), null))).isFalse();
            assertThat(store.holdsSame(entity(article, mona, new Span(2, 5), "person"))).isFalse();
            assertThat(store.holdsSame(entity(article, mona, new Span(2, 6), null))).isFalse();
            assertThat(store.holdsSame(entity(article, ali, new Span(2, 5), null))).isFalse();
            assertThat(store.holdsSame(new NewAnnotation(article.id(), mona.id(), new Span(2, 5), Label.CLAIM, null,
                    "", Provenance.MANUAL))).isFalse();
            assertThat(store.holdsSame(new NewAnnotation(article.id(), mona.id(), new Span(2, 5), "NO_SUCH_LABEL",
                    null, "", Provenance.MANUAL))).isFalse();
        }
    }

    @Test
    void anAnnotatorIsReadByIdAsListedAndTheGoldLayersOwnerIsNotOne() {
        try (WorkspaceStore store = place.open()) {
            Annotator mona = store.annotator("mona", Annotator.Role.ANNOTATOR);
            Annotator rami = store.annotator("rami", Annotator.Role.REVIEWER);

            assertThat(store.annotator(mona.id())).contains(mona);
            assertThat(store.annotator(rami.id())).contains(rami);
            assertThat(store.annotator(Annotator.GOLD_ID)).isEmpty();
            assertThat(store.annotator(rami.id() + 100)).isEmpty();
            assertThat(store.annotators()).containsExactlyInAnyOrder(mona, rami);
        }
    }

    @Test
    void aDeletedAnnotationComesBackWithItsIdRelationAndDecisionAndNewOnesGetNewIds() {
        try (WorkspaceStore store = place.open()) {
            Article article = store.addArticles(List.of(article("a1", TEXT))).imported().getFirst();
            Annotator mona = store.annotator("mona", Annotator.Role.ANNOTATOR);
            Annotator rami = store.annotator("rami", Annotator.Role.REVIEWER);
            Annotation source = store.addAnnotation(new NewAnnotation(article.id(), mona.id(), new Span(0, 1),
                    Label.UNVERIFIED_SOURCE, null, "", Provenance.MANUAL));
            Annotation claim = store.addAnnotation(new NewAnnotation(article.id(), mona.id(), new Span(2, 23),
                    Label.CLAIM, null, "", Provenance.MANUAL));
            Relation relation = store.addRelation(claim.id(), source.id(), "attributed_to", mona.id());
            store.recordDecision(new ReviewDecision(claim.id(), rami.id(), ReviewStatus.ACCEPTED,
                    Instant.ofEpochMilli(claim.updated().toEpochMilli() + 1), "fine"), 0);

            DeletedAnnotation deleted = store.deleteAnnotation(claim.id(), claim.version(), mona.id());
            assertThat(store.relations(article.id())).isEmpty();
            assertThat(store.decisions(article.id())).isEmpty();
            store.restoreAnnotation(deleted, mona.id());

            assertThat(store.annotation(claim.id())).contains(claim);
            assertThat(store.relations(article.id())).containsExactly(relation);
            assertThat(store.decisions(article.id())).containsOnlyKeys(claim.id());
            assertThat(store.decision(claim.id())).isEqualTo(store.decisions(article.id()).get(claim.id()));
            assertThat(store.decision(source.id())).isNull();
            Annotation later = store.addAnnotation(entity(article, mona, new Span(6, 9), null));
            assertThat(later.id()).isNotIn(source.id(), claim.id());

            store.deleteRelation(relation, mona.id());
            store.restoreRelation(relation, mona.id());
            assertThat(store.relations(article.id())).containsExactly(relation);
            assertThatThrownBy(() -> store.restoreRelation(relation, mona.id()))
                    .isInstanceOf(ConflictException.class);
            long decided = store.decision(claim.id()).version();
            assertThat(store.withdrawDecision(claim.id(), decided, rami.id()).status()).isEqualTo(ReviewStatus.ACCEPTED);
            assertThat(store.withdrawDecision(claim.id(), 0, rami.id())).isNull();
        }
    }

    @Test
    void anEditIsStoredAndRevertedExactly() {
        try (WorkspaceStore store = place.open()) {
            Article article = store.addArticles(List.of(article("a1", TEXT))).imported().getFirst();
            Annotator mona = store.annotator("mona", Annotator.Role.ANNOTATOR);
            Annotation before = store.addAnnotation(entity(article, mona, new Span(6, 15), null));
            Annotation after = store.updateAnnotation(new Annotation(before.id(), before.articleId(),
                    before.annotatorId(), new Span(6, 9), Label.ENTITY, "person", "first name only",
                    before.provenance(), before.created(), before.updated()), mona.id());
            assertThat(after.span()).isEqualTo(new Span(6, 9));
            assertThat(after.subtype()).isEqualTo("person");
            Annotation reverted = store.replaceAnnotation(before, after.version(), mona.id());
            assertThat(reverted).isEqualTo(new Annotation(before.id(), before.articleId(), before.annotatorId(),
                    before.span(), before.label(), before.subtype(), before.note(), before.provenance(),
                    before.created(), before.updated(), 3));
            assertThat(store.annotations(article.id())).containsExactly(reverted);
        }
    }

    /**
     * Runs {@code test} with the workspace open as two clients, mine and theirs: two connections to the server;
     * SQLite has one writer, so there both are the same store.
     */
    private void withSecondClient(BiConsumer<WorkspaceStore, WorkspaceStore> test) {
        try (WorkspaceStore mine = place.open()) {
            WorkspaceStore theirs = backend == StoreBackend.POSTGRESQL ? place.open() : mine;
            try {
                test.accept(mine, theirs);
            } finally {
                if (theirs != mine) {
                    theirs.close();
                }
            }
        }
    }

    @Test
    void aChangeMadeOnAVersionChangedSinceIsRefusedNamingWhoChangedItAndWhen() {
        withSecondClient((mine, theirs) -> {
            Article article = mine.addArticles(List.of(article("a1", TEXT))).imported().getFirst();
            Annotator mona = mine.annotator("mona", Annotator.Role.ANNOTATOR);
            Annotator rana = theirs.annotator("rana", Annotator.Role.REVIEWER);
            Annotation read = mine.addAnnotation(entity(article, mona, new Span(6, 15), null));
            assertThat(read.version()).isEqualTo(1);
            Annotation theirEdit = theirs.updateAnnotation(new Annotation(read.id(), read.articleId(),
                    read.annotatorId(), new Span(6, 9), Label.ENTITY, "person", "", read.provenance(),
                    read.created(), read.updated(), read.version()), rana.id());
            assertThat(theirEdit.version()).isEqualTo(2);

            Annotation myEdit = new Annotation(read.id(), read.articleId(), read.annotatorId(), new Span(2, 15),
                    Label.ENTITY, null, "", read.provenance(), read.created(), read.updated(), read.version());
            assertThatThrownBy(() -> mine.updateAnnotation(myEdit, mona.id()))
                    .isInstanceOfSatisfying(ChangedSinceException.class, refused -> {
                        assertThat(refused.changedBy()).isEqualTo("rana");
                        assertThat(refused.changedAt()).isNotNull();
                    });
            assertThatThrownBy(() -> mine.replaceAnnotation(read, read.version(), mona.id()))
                    .isInstanceOf(ChangedSinceException.class);
            assertThatThrownBy(() -> mine.deleteAnnotation(read.id(), read.version(), mona.id()))
                    .isInstanceOf(ChangedSinceException.class);
            assertThat(mine.annotations(article.id())).containsExactly(theirEdit);

            Annotation onTheirs = mine.updateAnnotation(new Annotation(read.id(), read.articleId(),
                    read.annotatorId(), new Span(2, 15), Label.ENTITY, null, "", read.provenance(),
                    read.created(), read.updated(), theirEdit.version()), mona.id());
            assertThat(onTheirs.version()).isEqualTo(3);
        });
    }

    @Test
    void aDecisionMadeOnAVersionDecidedOverOrWithdrawnSinceIsRefusedNamingWhoDidIt() {
        withSecondClient((mine, theirs) -> {
            Article article = mine.addArticles(List.of(article("a1", TEXT))).imported().getFirst();
            Annotator mona = mine.annotator("mona", Annotator.Role.ANNOTATOR);
            Annotator rami = mine.annotator("rami", Annotator.Role.REVIEWER);
            Annotator rana = mine.annotator("rana", Annotator.Role.REVIEWER);
            Annotation claim = mine.addAnnotation(new NewAnnotation(article.id(), mona.id(), new Span(2, 23),
                    Label.CLAIM, null, "", Provenance.MANUAL));
            Instant later = claim.updated().plusMillis(1);

            ReviewDecision ramis = theirs.recordDecision(new ReviewDecision(claim.id(), rami.id(),
                    ReviewStatus.ACCEPTED, later, ""), 0);
            assertThat(ramis.version()).isPositive();
            ReviewDecision ranas = new ReviewDecision(claim.id(), rana.id(), ReviewStatus.REJECTED, later,
                    "a quote");
            assertThatThrownBy(() -> mine.recordDecision(ranas, 0))
                    .isInstanceOfSatisfying(ChangedSinceException.class, refused -> {
                        assertThat(refused.changedBy()).isEqualTo("rami");
                        assertThat(refused.changedAt()).isEqualTo(later);
                    });
            assertThatThrownBy(() -> mine.withdrawDecision(claim.id(), 0, rana.id()))
                    .isInstanceOf(ChangedSinceException.class);
            assertThat(mine.decision(claim.id())).isEqualTo(ramis);

            assertThat(theirs.withdrawDecision(claim.id(), ramis.version(), rami.id())).isEqualTo(ramis);
            assertThatThrownBy(() -> mine.recordDecision(ranas, ramis.version()))
                    .isInstanceOfSatisfying(ChangedSinceException.class,
                            refused -> assertThat(refused.changedBy()).isEqualTo("rami"));
            assertThat(mine.decision(claim.id())).isNull();

            ReviewDecision overNone = mine.recordDecision(ranas, 0);
            assertThatThrownBy(() -> theirs.recordDecision(new ReviewDecision(claim.id(), rami.id(),
                    ReviewStatus.ACCEPTED, later, ""), ramis.version()))
                    .as("a write on the version withdrawn, over a decision made again since")
                    .isInstanceOfSatisfying(ChangedSinceException.class,
                            refused -> assertThat(refused.changedBy()).isEqualTo("rana"));
            assertThat(mine.decision(claim.id())).isEqualTo(overNone);
            assertThat(mine.recordDecision(new ReviewDecision(claim.id(), rana.id(), ReviewStatus.ACCEPTED,
                    later, ""), overNone.version()).version()).isEqualTo(overNone.version() + 1);
        });
    }

    @Test
    void aLayerMoveMadeOnAVersionMovedSinceIsRefusedNamingWhoMovedItEvenBackToTheSameState() {
        withSecondClient((mine, theirs) -> {
            Article article = mine.addArticles(List.of(article("a1", TEXT))).imported().getFirst();
            Annotator mona = mine.annotator("mona", Annotator.Role.ANNOTATOR);
            Annotator rami = mine.annotator("rami", Annotator.Role.REVIEWER);
            Annotator rana = mine.annotator("rana", Annotator.Role.REVIEWER);
            mine.transition(article.id(), mona.id(), WorkflowTransition.START, 0, mona.id(), "");
            mine.transition(article.id(), mona.id(), WorkflowTransition.SUBMIT, 1, mona.id(), "");
            LayerState read = mine.states(article.id()).getFirst();
            assertThat(read.version()).isEqualTo(2);
            assertThat(read.changedBy()).isEqualTo("mona");

            theirs.transition(article.id(), mona.id(), WorkflowTransition.TAKE_FOR_REVIEW, read.version(),
                    rami.id(), "");
            theirs.transition(article.id(), mona.id(), WorkflowTransition.RETURN, read.version() + 1, rami.id(),
                    "the source?");
            theirs.transition(article.id(), mona.id(), WorkflowTransition.RESUME, read.version() + 2, mona.id(),
                    "");
            theirs.transition(article.id(), mona.id(), WorkflowTransition.SUBMIT, read.version() + 3, mona.id(),
                    "");
            assertThatThrownBy(() -> mine.transition(article.id(), mona.id(), WorkflowTransition.TAKE_FOR_REVIEW,
                    read.version(), rana.id(), ""))
                    .isInstanceOfSatisfying(ChangedSinceException.class,
                            refused -> assertThat(refused.changedBy()).isEqualTo("mona"));
            assertThatThrownBy(() -> mine.transition(article.id(), mona.id(), WorkflowTransition.START, 0,
                    mona.id(), "")).as("read as never moved").isInstanceOf(ChangedSinceException.class);
            LayerState now = mine.states(article.id()).getFirst();
            assertThat(now.state()).isEqualTo(WorkflowState.SUBMITTED);
            assertThat(now.version()).isEqualTo(read.version() + 4);

            mine.transition(article.id(), mona.id(), WorkflowTransition.TAKE_FOR_REVIEW, now.version(),
                    rana.id(), "");
            assertThat(mine.states(article.id()).getFirst().changedBy()).isEqualTo("rana");
        });
    }

    @Test
    void aLayerMovesOnlyFromTheStateItIsIn() {
        try (WorkspaceStore store = place.open()) {
            Article article = store.addArticles(List.of(article("a1", TEXT))).imported().getFirst();
            Annotator mona = store.annotator("mona", Annotator.Role.ANNOTATOR);
            assertThat(store.state(article.id(), mona.id())).isEqualTo(WorkflowState.NEW);
            store.transition(article.id(), mona.id(), WorkflowTransition.START, mona.id(), null);
            store.transition(article.id(), mona.id(), WorkflowTransition.SUBMIT, mona.id(), "done");
            assertThatThrownBy(() -> store.transition(article.id(), mona.id(), WorkflowTransition.START, mona.id(),
                    null)).isInstanceOf(ConflictException.class).hasMessageContaining("submitted");
            assertThat(store.states(article.id())).singleElement()
                    .satisfies(layer -> assertThat(layer.state()).isEqualTo(WorkflowState.SUBMITTED));
        }
    }

    @Test
    void theAuditLogIsReadForOneArticleOrAll() {
        try (WorkspaceStore store = place.open()) {
            Article first = store.addArticles(List.of(article("a1", TEXT))).imported().getFirst();
            Article second = store.addArticles(List.of(article("a2", "نص آخر"))).imported().getFirst();
            Annotator mona = store.annotator("mona", Annotator.Role.ANNOTATOR);
            store.addAnnotation(entity(first, mona, new Span(6, 9), null));
            store.addAnnotation(entity(second, mona, new Span(0, 2), null));
            store.transition(second.id(), mona.id(), WorkflowTransition.START, mona.id(), null);

            List<AuditEntry> all = new ArrayList<>();
            store.audit(null, all::add);
            List<AuditEntry> ofSecond = new ArrayList<>();
            store.audit(second.id(), ofSecond::add);
            assertThat(all).extracting(AuditEntry::action).containsExactly("created", "created", "started");
            assertThat(ofSecond).extracting(AuditEntry::articleExternalId).containsExactly("a2", "a2");
        }
    }

    @Test
    void exportsFilterByStatusAndGold() {
        try (WorkspaceStore store = place.open()) {
            Article article = store.addArticles(List.of(article("a1", TEXT))).imported().getFirst();
            Annotator mona = store.annotator("mona", Annotator.Role.ANNOTATOR);
            Annotator rami = store.annotator("rami", Annotator.Role.REVIEWER);
            Annotation accepted = store.addAnnotation(entity(article, mona, new Span(6, 15), "person"));
            Annotation pending = store.addAnnotation(entity(article, mona, new Span(16, 23), null));
            store.recordDecision(new ReviewDecision(accepted.id(), rami.id(), ReviewStatus.ACCEPTED,
                    Instant.ofEpochMilli(accepted.updated().toEpochMilli() + 1), ""), 0);
            Annotation gold = store.addGold(gold(article, new Span(6, 15), "person"), null, rami.id(),
                    Map.of(mona.id(), accepted.id()));

            assertThat(exported(store, new ExportFilter(Set.of(), Set.of(), Set.of(ReviewStatus.PENDING), Set.of())))
                    .containsExactly(pending.id());
            assertThat(exported(store, new ExportFilter(Set.of(), Set.of(), Set.of(ReviewStatus.ACCEPTED),
                    Set.of()))).containsExactly(accepted.id());
            assertThat(exported(store, new ExportFilter(Set.of(Label.CLAIM), Set.of(), Set.of(), Set.of())))
                    .isEmpty();
            assertThat(exported(store, ExportFilter.GOLD)).isEmpty();
            for (WorkflowTransition step : List.of(WorkflowTransition.START, WorkflowTransition.SUBMIT,
                    WorkflowTransition.TAKE_FOR_REVIEW, WorkflowTransition.SIGN_OFF)) {
                store.transition(article.id(), mona.id(), step, step.byReviewer() ? rami.id() : mona.id(), null);
            }
            assertThat(exported(store, ExportFilter.GOLD)).containsExactly(gold.id());
            assertThat(exported(store, new ExportFilter(Set.of(), Set.of("mona"), Set.of(), Set.of(), true)))
                    .containsExactly(gold.id());
            assertThat(exported(store, new ExportFilter(Set.of(), Set.of("rami"), Set.of(), Set.of(), true)))
                    .isEmpty();
            assertThat(store.stats().annotations()).isEqualTo(3);
            assertThat(store.stats().annotationsByAnnotator()).containsEntry("mona", 2L);
        }
    }

    @Test
    void goldHoldsOneSpanPerAnswerWithWhoHadItAndWhoAdjudicated() {
        try (WorkspaceStore store = place.open()) {
            AgreedGold agreed = AgreedGold.in(store);
            Article article = agreed.article();
            Annotator mona = agreed.mona();
            Annotator ali = agreed.ali();
            Annotator rami = agreed.rami();
            Annotation monas = agreed.monas();
            Annotation alis = agreed.alis();
            Annotation gold = agreed.gold();

            assertThat(gold.annotatorId()).isEqualTo(Annotator.GOLD_ID);
            GoldProvenance provenance = store.goldProvenance(article.id()).get(gold.id());
            assertThat(provenance.annotators()).containsExactly("ali", "mona");
            assertThat(provenance.sourceAnnotations()).containsOnly(Map.entry("mona", monas.id()),
                    Map.entry("ali", alis.id()));
            assertThat(provenance.adjudicator()).isEqualTo("rami");
            assertThat(provenance.adjudicatedAt()).isEqualTo(gold.created());
            assertThat(store.annotators()).as("gold is nobody's layer").extracting(Annotator::id)
                    .doesNotContain(Annotator.GOLD_ID);

            assertThatThrownBy(() -> store.addGold(gold(article, new Span(6, 15), "person"), null, rami.id(), Map.of()))
                    .isInstanceOf(ConflictException.class);
            // The schema itself refuses a second gold span, however it is written; a subtype left out counts too.
            assertThatThrownBy(() -> store.addAnnotation(gold(article, new Span(6, 15), "person")))
                    .isInstanceOf(RuntimeException.class);
            store.addAnnotation(gold(article, new Span(16, 23), null));
            assertThatThrownBy(() -> store.addAnnotation(gold(article, new Span(16, 23), null)))
                    .isInstanceOf(RuntimeException.class);
            // Another layer may have the same span as often as it likes: the constraint is gold's alone.
            store.addAnnotation(entity(article, mona, new Span(16, 23), null));
            store.addAnnotation(entity(article, ali, new Span(16, 23), null));

            store.deleteAnnotation(monas.id(), monas.version(), mona.id());
            GoldProvenance afterDeletion = store.goldProvenance(article.id()).get(gold.id());
            assertThat(afterDeletion.annotators()).as("who had it stays").containsExactly("ali", "mona");
            assertThat(afterDeletion.sourceAnnotations()).containsOnly(Map.entry("ali", alis.id()));
            store.deleteAnnotation(gold.id(), gold.version(), rami.id());
            assertThat(store.goldProvenance(article.id())).doesNotContainKey(gold.id());
            Annotation putBack = store.addGold(gold(article, new Span(6, 15), "person"), gold.id(), rami.id(),
                    Map.of(ali.id(), alis.id()));
            assertThat(putBack.id()).as("undo and redo put a gold copy back as it was").isEqualTo(gold.id());
            assertThat(store.annotation(gold.id())).contains(putBack);
            assertThat(store.goldProvenance(article.id()).get(gold.id()).annotators()).containsExactly("ali");
        }
    }

    @Test
    void aDeletedGoldSpanComesBackWithItsProvenanceWhenTheDeletionIsUndone() {
        try (WorkspaceStore store = place.open()) {
            AgreedGold agreed = AgreedGold.in(store);
            long article = agreed.article().id();
            Annotation alis = agreed.alis();
            store.deleteAnnotation(alis.id(), alis.version(), agreed.ali().id());
            GoldProvenance before = store.goldProvenance(article).get(agreed.gold().id());

            DeletedAnnotation deleted = store.deleteAnnotation(agreed.gold().id(), agreed.gold().version(),
                    agreed.rami().id());
            store.deleteAnnotation(agreed.monas().id(), agreed.monas().version(), agreed.mona().id());
            store.restoreAnnotation(deleted, agreed.rami().id());

            GoldProvenance after = store.goldProvenance(article).get(agreed.gold().id());
            assertThat(after).as("who had it and who adjudicated, when").usingRecursiveComparison()
                    .ignoringFields("sourceAnnotations").isEqualTo(before);
            assertThat(after.annotators()).containsExactly("ali", "mona");
            assertThat(after.sourceAnnotations()).as("mona's annotation went while gold's was deleted").isEmpty();
            assertThat(before.sourceAnnotations()).containsOnly(Map.entry("mona", agreed.monas().id()));
        }
    }

    @Test
    void aDecisionReadsOnlyTheAnnotationsAtItsSpanAndTheGoldCopiedFromIt() {
        try (WorkspaceStore store = place.open()) {
            Article article = store.addArticles(List.of(article("a1", TEXT))).imported().getFirst();
            Article other = store.addArticles(List.of(article("a2", TEXT + " أمس"))).imported().getFirst();
            Annotator mona = store.annotator("mona", Annotator.Role.ANNOTATOR);
            Annotator ali = store.annotator("ali", Annotator.Role.ANNOTATOR);
            Annotator rami = store.annotator("rami", Annotator.Role.REVIEWER);
            Annotation monas = store.addAnnotation(entity(article, mona, new Span(6, 15), "person"));
            Annotation alis = store.addAnnotation(entity(article, ali, new Span(6, 15), null));
            store.addAnnotation(entity(article, mona, new Span(6, 16), null));
            store.addAnnotation(entity(article, mona, new Span(5, 15), null));
            store.addAnnotation(entity(other, mona, new Span(6, 15), "person"));
            Annotation gold = store.addGold(gold(article, new Span(6, 15), "person"), null, rami.id(),
                    Map.of(mona.id(), monas.id()));
            Annotation both = store.addGold(gold(article, new Span(2, 5), null), null, rami.id(),
                    Map.of(mona.id(), monas.id(), ali.id(), alis.id()));
            store.addGold(gold(article, new Span(16, 23), null), null, rami.id(), Map.of(ali.id(), alis.id()));

            assertThat(store.annotationsAt(article.id(), new Span(6, 15))).as("every layer, this article, this span")
                    .containsExactly(monas, alis, gold);
            assertThat(store.annotationsAt(article.id(), new Span(7, 15))).isEmpty();
            Map<Long, GoldProvenance> fromMona = store.goldProvenanceFrom(monas.id());
            assertThat(fromMona).containsOnlyKeys(gold.id(), both.id());
            assertThat(fromMona.get(both.id())).isEqualTo(store.goldProvenance(article.id()).get(both.id()));
            assertThat(fromMona.get(gold.id())).isEqualTo(store.goldProvenance(article.id()).get(gold.id()));
            assertThat(store.goldProvenanceFrom(gold.id())).isEmpty();
        }
    }

    @Test
    void annotatorsAreListedByNameInCodePointOrder() {
        try (WorkspaceStore store = place.open()) {
            for (String name : List.of("ابن", "alice", "Zed", "émile")) {
                store.annotator(name, Annotator.Role.ANNOTATOR);
            }
            assertThat(store.annotator("alice", Annotator.Role.REVIEWER).role()).isEqualTo(Annotator.Role.ANNOTATOR);
            assertThat(store.annotators()).extracting(Annotator::name).containsExactly("Zed", "alice", "émile", "ابن");
        }
    }

    private static List<Long> exported(WorkspaceStore store, ExportFilter filter) {
        List<Long> ids = new ArrayList<>();
        store.exportArticles(filter, export -> export.annotations().stream().map(ExportedAnnotation::id)
                .forEach(ids::add));
        return ids;
    }
}

package app.hamish.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.hamish.StoreBackend;
import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.ArticleText;
import app.hamish.model.DeletedAnnotation;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.NewArticle;
import app.hamish.model.Provenance;
import app.hamish.model.Relation;
import app.hamish.model.ReviewStatus;
import app.hamish.model.Span;
import app.hamish.model.WorkflowTransition;
import app.hamish.store.ConflictException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Undo must leave the workspace exactly as it was: same ids, times, relations and review decisions. */
@ParameterizedClass
@EnumSource(StoreBackend.class)
class UndoSupportTest {
    @Parameter
    StoreBackend backend;
    private static final String TEXT = "قالت المصادر إن «علي مملوك» زار القاهرة سرا";

    @TempDir
    Path folder;
    private StoreBackend.Place place;
    private final TickingClock clock = new TickingClock();
    private Annotation source;
    private Annotation claim;
    private Annotation person;
    private Annotator mona;

    @BeforeEach
    void annotate() {
        place = backend.newPlace(folder);
        inWorkspace(workspace -> {
            Article article = workspace.corpus().importArticles(List.of(
                    new NewArticle("a1", "t", "a1.txt", ArticleText.of(TEXT), "{}"))).imported().getFirst();
            mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
            Annotator samir = workspace.annotations().annotator("samir", Annotator.Role.REVIEWER);
            source = create(workspace, article, mona, "المصادر", Label.UNVERIFIED_SOURCE, null);
            Annotation created = create(workspace, article, mona, "«علي مملوك» زار القاهرة سرا", Label.CLAIM, null);
            // Edited once, so that its update time differs from its creation time.
            claim = workspace.annotations().update(withNote(created, "Cairo visit, one source"), mona);
            person = create(workspace, article, mona, "علي مملوك", Label.ENTITY, "person");
            // The claim is the "from" end of one relation and the "to" end of another.
            workspace.annotations().link(claim.id(), source.id(), Relation.ATTRIBUTED_TO, mona);
            workspace.annotations().link(person.id(), claim.id(), "mentioned_in", mona);
            // Reviewed and returned, so the annotations carry decisions and mona may change them again.
            workspace.review().transition(article.id(), mona.id(), WorkflowTransition.SUBMIT, mona, "", null);
            workspace.review().transition(article.id(), mona.id(), WorkflowTransition.TAKE_FOR_REVIEW, samir, "", null);
            workspace.review().decide(claim.id(), samir, ReviewStatus.ACCEPTED, "checked with a second outlet", null);
            workspace.review().decide(source.id(), samir, ReviewStatus.REJECTED, "anonymous", null);
            workspace.review().transition(article.id(), mona.id(), WorkflowTransition.RETURN, samir,
                    "check the dates", null);
        });
    }

    @Test
    void undoingADeletionPutsBackTheAnnotationItsRelationsAndItsReviewExactly() {
        List<String> before = dump();
        DeletedAnnotation deleted = fromWorkspace(workspace -> workspace.annotations().delete(claim, mona));
        assertThat(deleted.annotation()).isEqualTo(claim);
        assertThat(deleted.relations()).hasSize(2);
        assertThat(deleted.decision().comment()).isEqualTo("checked with a second outlet");
        assertThat(dump()).noneMatch(row -> row.startsWith("relations"))
                .filteredOn(row -> row.startsWith("review_decisions")).hasSize(1);

        // Undo in a later session: the returned value alone is enough to put everything back.
        inWorkspace(workspace -> workspace.annotations().restore(deleted, mona));
        assertThat(dump()).isEqualTo(before);
    }

    @Test
    void undoingAnEditRestoresEveryFieldIncludingTheUpdateTime() {
        List<String> before = dump();
        Annotation edited = fromWorkspace(workspace -> workspace.annotations().update(new Annotation(claim.id(),
                claim.articleId(), claim.annotatorId(), new Span(claim.span().start() + 1, claim.span().end()),
                claim.label(), claim.subtype(), "without the guillemets", claim.provenance(), claim.created(),
                claim.updated(), claim.version()), mona));
        assertThat(edited.updated()).isAfter(claim.updated());
        assertThat(dump()).isNotEqualTo(before);

        Annotation reverted = fromWorkspace(workspace -> workspace.annotations().revert(claim, edited.version(), mona));
        assertThat(reverted).usingRecursiveComparison().ignoringFields("version").isEqualTo(claim);
        assertThat(reverted.version()).isEqualTo(edited.version() + 1);
        // The version and its last change move on (decision 0028): whoever read the edit must not write over the undo.
        assertThat(withoutLastChange(dump())).isEqualTo(withoutLastChange(before));
    }

    private static List<String> withoutLastChange(List<String> rows) {
        return rows.stream().map(row -> row.replaceAll(" version=\\d+ changed_at=\\d+ changed_by=\\d+", "")).toList();
    }

    @Test
    void aRevertIsCheckedLikeAnyEdit() {
        List<String> before = dump();
        Annotation outside = new Annotation(claim.id(), claim.articleId(), claim.annotatorId(),
                new Span(0, TEXT.length() + 1), claim.label(), claim.subtype(), claim.note(), claim.provenance(),
                claim.created(), claim.updated());
        inWorkspace(workspace -> assertThatThrownBy(() -> workspace.annotations().revert(outside, claim.version(), mona))
                .isInstanceOf(RefusedException.class).hasMessageContaining("outside the article"));
        assertThat(dump()).isEqualTo(before);
    }

    @Test
    void restoringAnAnnotationWhoseIdIsTakenIsRefusedAndChangesNothing() {
        DeletedAnnotation deleted = fromWorkspace(workspace -> workspace.annotations().delete(claim, mona));
        inWorkspace(workspace -> workspace.annotations().restore(deleted, mona));

        assertRestoreRefusedAndNothingChanged(deleted, "annotation " + claim.id());
    }

    @Test
    void restoringIsRefusedAsAWholeWhenARelationIdHasBeenTakenSince() {
        assumeTrue(backend == StoreBackend.SQLITE, "PostgreSQL's identity columns never hand out an id twice");
        DeletedAnnotation deletedClaim = fromWorkspace(workspace -> workspace.annotations().delete(claim, mona));
        // SQLite hands out the highest id again once its row is gone, so a new link takes a deleted one's id.
        Relation reused = fromWorkspace(workspace -> workspace.annotations().link(source.id(), person.id(), "about", mona));
        assertThat(deletedClaim.relations()).extracting(Relation::id).contains(reused.id());

        assertRestoreRefusedAndNothingChanged(deletedClaim, "relation " + reused.id());
    }

    @Test
    void restoringIsRefusedAsAWholeWhenARelatedAnnotationHasBeenDeletedSince() {
        DeletedAnnotation deletedClaim = fromWorkspace(workspace -> workspace.annotations().delete(claim, mona));
        inWorkspace(workspace -> workspace.annotations().delete(source, mona));

        assertRestoreRefusedAndNothingChanged(deletedClaim, "changed since");
    }

    private void assertRestoreRefusedAndNothingChanged(DeletedAnnotation deleted, String reason) {
        List<String> before = dump();
        inWorkspace(workspace -> assertThatThrownBy(() -> workspace.annotations().restore(deleted, mona))
                .isInstanceOf(ConflictException.class).hasMessageContaining(reason));
        assertThat(dump()).isEqualTo(before);
    }

    private static Annotation create(Workspace workspace, Article article, Annotator annotator, String text,
                                     String label, String subtype) {
        int utf16 = TEXT.indexOf(text);
        Span span = article.text().spanFromUtf16(utf16, utf16 + text.length());
        return workspace.annotations().create(new NewAnnotation(article.id(), annotator.id(), span, label, subtype,
                "", Provenance.MANUAL));
    }

    private static Annotation withNote(Annotation annotation, String note) {
        return new Annotation(annotation.id(), annotation.articleId(), annotation.annotatorId(), annotation.span(),
                annotation.label(), annotation.subtype(), note, annotation.provenance(), annotation.created(),
                annotation.updated(), annotation.version());
    }

    /** Opens the workspace for one piece of work and closes it, so that {@link #dump} sees the file at rest. */
    private <T> T fromWorkspace(Function<Workspace, T> work) {
        try (Workspace workspace = place.workspace(clock)) {
            return work.apply(workspace);
        }
    }

    private void inWorkspace(Consumer<Workspace> work) {
        fromWorkspace(workspace -> {
            work.accept(workspace);
            return null;
        });
    }

    /** Every row of the tables an undo touches, read straight from the file or database, in id order. */
    private List<String> dump() {
        List<String> rows = new ArrayList<>();
        try (Connection raw = place.connect();
             Statement statement = raw.createStatement()) {
            for (String table : List.of("annotations", "relations", "review_decisions")) {
                try (ResultSet result = statement.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
                    ResultSetMetaData columns = result.getMetaData();
                    while (result.next()) {
                        StringBuilder row = new StringBuilder(table);
                        for (int column = 1; column <= columns.getColumnCount(); column++) {
                            row.append(' ').append(columns.getColumnName(column)).append('=')
                                    .append(result.getObject(column));
                        }
                        rows.add(row.toString());
                    }
                }
            }
        } catch (SQLException e) {
            throw new AssertionError("could not read " + place, e);
        }
        return rows;
    }

    /** A clock that moves a second forward each time it is read, so that every write gets its own time. */
    private static final class TickingClock extends Clock {
        private Instant now = Instant.parse("2024-05-03T09:00:00.123Z");

        @Override
        public Instant instant() {
            now = now.plus(Duration.ofSeconds(1));
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}

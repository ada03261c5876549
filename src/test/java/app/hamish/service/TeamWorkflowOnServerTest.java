package app.hamish.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.hamish.PgServer;
import app.hamish.TeamServerFixture;
import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.ArticleText;
import app.hamish.model.DeletedAnnotation;
import app.hamish.model.ExportFilter;
import app.hamish.model.NewAnnotation;
import app.hamish.model.NewArticle;
import app.hamish.model.Provenance;
import app.hamish.model.ReviewStatus;
import app.hamish.model.Span;
import app.hamish.model.TeamRole;
import app.hamish.model.WorkflowState;
import app.hamish.model.WorkflowTransition;
import app.hamish.store.NotAllowedException;
import app.hamish.store.PostgresWorkspaceStore;
import app.hamish.store.WorkspaceOpenException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hamish works end to end on a team server as each person, logged in as themself (decision 0024): the admin
 * imports, an annotator annotates, undoes and submits, a reviewer takes, decides and signs off, and the gold export
 * holds what was accepted. The service's rules still give the clear refusals; under them the server refuses too.
 */
class TeamWorkflowOnServerTest {
    private static final String TEXT = "قالت مصادر مطلعة إن علي مملوك زار القاهرة سرا";

    @TempDir
    Path folder;
    private TeamServerFixture team;

    @BeforeEach
    void team() {
        team = TeamServerFixture.initialised(folder);
    }

    @AfterEach
    void passfile() {
        team.close();
    }

    private Workspace as(String login) {
        return Workspace.open(team.address(login));
    }

    private static Annotation annotate(Workspace workspace, Article article, Annotator annotator, String text) {
        int at = TEXT.indexOf(text);
        return workspace.annotations().create(new NewAnnotation(article.id(), annotator.id(),
                new Span(at, at + text.length()), "ENTITY", null, "", Provenance.MANUAL));
    }

    @Test
    void anAnnotatorAndAReviewerWorkThroughReviewToGoldAsThemselves() {
        String adam = team.add("adam", TeamRole.ADMIN);
        String mona = team.add("mona", TeamRole.ANNOTATOR);
        String sara = team.add("sara", TeamRole.REVIEWER);
        Article article;
        try (Workspace admin = as(adam)) {
            article = admin.corpus().importArticles(List.of(new NewArticle("a1", "t", "a1.txt", ArticleText.of(TEXT),
                    "{}"))).imported().getFirst();
        }

        long monaId;
        try (Workspace workspace = as(mona)) {
            Annotator me = workspace.annotations().annotator(workspace.actingName(null), Annotator.Role.ANNOTATOR);
            monaId = me.id();
            assertThat(me.name()).isEqualTo(mona);
            annotate(workspace, article, me, "علي مملوك");
            Annotation place = annotate(workspace, article, me, "القاهرة");
            DeletedAnnotation deleted = workspace.annotations().delete(place, me);
            workspace.annotations().restore(deleted, me);
            workspace.review().transition(article.id(), me.id(), WorkflowTransition.SUBMIT, me, "", null);
            assertThatThrownBy(() -> workspace.review().transition(article.id(), me.id(),
                    WorkflowTransition.TAKE_FOR_REVIEW, me, "", null)).isInstanceOf(RefusedException.class);
        }

        try (Workspace workspace = as(sara)) {
            Annotator me = workspace.annotations().annotator(workspace.actingName(sara), Annotator.Role.REVIEWER);
            assertThat(me.role()).isEqualTo(Annotator.Role.REVIEWER);
            workspace.review().transition(article.id(), monaId, WorkflowTransition.TAKE_FOR_REVIEW, me, "", null);
            for (Annotation annotation : workspace.annotations().ofArticle(article.id())) {
                boolean person = article.text().slice(annotation.span()).equals("علي مملوك");
                workspace.review().decide(annotation.id(), me, person ? ReviewStatus.ACCEPTED : ReviewStatus.REJECTED,
                        person ? "" : "a place, not an entity here", null);
            }
            workspace.review().transition(article.id(), monaId, WorkflowTransition.SIGN_OFF, me, "", null);
            assertThat(workspace.review().state(article.id(), monaId)).isEqualTo(WorkflowState.SIGNED_OFF);
            List<String> gold = new ArrayList<>();
            workspace.exportArticles(ExportFilter.GOLD, exported -> exported.annotations()
                    .forEach(span -> gold.add(exported.article().text().slice(span.span()))));
            assertThat(gold).containsExactly("علي مملوك");
        }
    }

    @Test
    void onAServerTheLoginIsWhoActsAndAnotherNameIsRefused() {
        String mona = team.add("mona", TeamRole.ANNOTATOR);
        try (Workspace workspace = as(mona)) {
            assertThat(workspace.actingName(null)).isEqualTo(mona);
            assertThat(workspace.actingName(mona)).isEqualTo(mona);
            assertThatThrownBy(() -> workspace.actingName("sara")).isInstanceOf(RefusedException.class)
                    .hasMessage("On this server you act as the user you logged in as, " + mona + ", not as sara.");
        }
    }

    @Test
    void aWorkspaceFromAnOlderHamishIsLeftForItsAdminToUpdate() throws Exception {
        String mona = team.add("mona", TeamRole.ANNOTATOR);
        try (Connection superuser = PgServer.shared().connect(team.database());
             Statement statement = superuser.createStatement()) {
            statement.execute("UPDATE hamish_schema SET version = 1");
        }
        assertThatThrownBy(() -> as(mona)).isInstanceOfSatisfying(WorkspaceOpenException.class,
                        e -> assertThat(e.reason()).isEqualTo(WorkspaceOpenException.Reason.OLDER_VERSION))
                .hasMessageContaining("only the login that owns it may bring it up to date, with hamish server init")
                .hasMessageContaining("Nothing was changed");
        try (Connection superuser = PgServer.shared().connect(team.database());
             Statement statement = superuser.createStatement();
             ResultSet rows = statement.executeQuery("SELECT version FROM hamish_schema")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void underTheServicesRulesTheServerRefusesAnAnnotatorsSignOff() {
        String adam = team.add("adam", TeamRole.ADMIN);
        String mona = team.add("mona", TeamRole.ANNOTATOR);
        Article article;
        try (Workspace admin = as(adam)) {
            article = admin.corpus().importArticles(List.of(new NewArticle("a1", "t", "a1.txt", ArticleText.of(TEXT),
                    "{}"))).imported().getFirst();
        }
        // The store alone, without the service's rules: what a modified Hamish, or psql, could send.
        try (PostgresWorkspaceStore store = PostgresWorkspaceStore.open(team.address(mona), Clock.systemUTC())) {
            long me = store.annotator(mona, Annotator.Role.ANNOTATOR).id();
            store.transition(article.id(), me, WorkflowTransition.START, me, "");
            store.transition(article.id(), me, WorkflowTransition.SUBMIT, me, "");
            assertThatThrownBy(() -> store.transition(article.id(), me, WorkflowTransition.TAKE_FOR_REVIEW, me, ""))
                    .isInstanceOf(NotAllowedException.class)
                    .hasMessageContaining("the server does not allow it (" + mona + " may not move the layer of "
                            + mona + " from submitted to in_review: only a reviewer may)")
                    .hasMessageContaining("Nothing was changed");
            assertThatThrownBy(() -> store.annotator("someone_else", Annotator.Role.REVIEWER))
                    .isInstanceOf(NotAllowedException.class);
            assertThat(store.state(article.id(), me)).isEqualTo(WorkflowState.SUBMITTED);
        }
    }
}

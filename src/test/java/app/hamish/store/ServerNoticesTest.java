package app.hamish.store;

import app.hamish.model.ChangeListener;
import app.hamish.model.ChangeSubscription;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.hamish.PgServer;
import app.hamish.StoreBackend;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.ArticleText;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.NewArticle;
import app.hamish.model.Provenance;
import app.hamish.model.Span;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Changes committed by one client reach another's subscription through the server's notices (decision 0025). */
class ServerNoticesTest {
    @TempDir
    Path folder;
    private StoreBackend.Place place;
    private final Heard heard = new Heard();

    /** What a listener was told, in order. */
    private static final class Heard implements ChangeListener {
        final BlockingQueue<String> events = new LinkedBlockingQueue<>();

        @Override
        public void changed(Set<Long> articleIds, boolean everything) {
            events.add(everything ? "everything" : "articles " + new java.util.TreeSet<>(articleIds));
        }

        @Override
        public void connectionLost(String reason) {
            events.add("lost: " + reason);
        }

        @Override
        public void reconnected() {
            events.add("reconnected");
        }

        String next() throws InterruptedException {
            String event = events.poll(1, TimeUnit.SECONDS);
            assertThat(event).as("an event within a second").isNotNull();
            return event;
        }
    }

    @BeforeEach
    void newDatabase() {
        place = StoreBackend.POSTGRESQL.newPlace(folder);
    }

    private static NewArticle article(String id) {
        return new NewArticle(id, "title " + id, id + ".txt", ArticleText.of("نص المقال " + id), "{}");
    }

    private static NewAnnotation tag(Article article, Annotator by, int start) {
        return new NewAnnotation(article.id(), by.id(), new Span(start, start + 2), Label.ENTITY, null, "",
                Provenance.MANUAL);
    }

    private Connection admin() throws SQLException {
        return PgServer.shared().connect(place.server().database());
    }

    @Test
    void anotherClientsCommitArrivesWithinASecondAndOnesOwnDoNot() throws Exception {
        try (WorkspaceStore mine = place.open(); WorkspaceStore theirs = place.open()) {
            theirs.addArticles(List.of(article("a1"), article("a2")));
            Article first = theirs.articleByExternalId("a1").orElseThrow();
            Article second = theirs.articleByExternalId("a2").orElseThrow();
            Annotator mona = mine.annotator("mona", Annotator.Role.ANNOTATOR);
            Annotator samir = theirs.annotator("samir", Annotator.Role.ANNOTATOR);
            try (ChangeSubscription ignored = mine.subscribe(heard)) {
                theirs.addAnnotation(tag(first, samir, 0));
                assertThat(heard.next()).isEqualTo("articles [" + first.id() + "]");

                mine.addAnnotation(tag(second, mona, 0));
                theirs.addAnnotation(tag(first, samir, 4));
                // Notices arrive in commit order: had my own commit been passed on, it would come first.
                assertThat(heard.next()).isEqualTo("articles [" + first.id() + "]");

                theirs.addLabel(new Label("EVENT", "#00AA00", null, List.of()));
                assertThat(heard.next()).isEqualTo("everything");
                assertThat(mine.labels()).extracting(Label::name).contains("EVENT");
                assertThat(mine.addAnnotation(new NewAnnotation(second.id(), mona.id(), new Span(4, 6), "EVENT",
                        null, "", Provenance.MANUAL)).label()).isEqualTo("EVENT");
            }
        }
    }

    @Test
    void aChangeMadeWithRawSqlNotifiesToo() throws Exception {
        try (WorkspaceStore mine = place.open()) {
            mine.addArticles(List.of(article("a1")));
            Article article = mine.articleByExternalId("a1").orElseThrow();
            mine.addAnnotation(tag(article, mine.annotator("mona", Annotator.Role.ANNOTATOR), 0));
            try (ChangeSubscription ignored = mine.subscribe(heard);
                 Connection admin = admin(); Statement statement = admin.createStatement()) {
                statement.executeUpdate("UPDATE annotations SET note = 'checked'");
                assertThat(heard.next()).isEqualTo("articles [" + article.id() + "]");
            }
        }
    }

    @Test
    void aLostConnectionIsToldAtOnceAndTheStoreConnectsAndListensAgainByItself() throws Exception {
        try (WorkspaceStore mine = place.open(); WorkspaceStore theirs = place.open()) {
            theirs.addArticles(List.of(article("a1")));
            Article article = theirs.articleByExternalId("a1").orElseThrow();
            Annotator samir = theirs.annotator("samir", Annotator.Role.ANNOTATOR);
            try (ChangeSubscription ignored = mine.subscribe(heard)) {
                terminateEveryClient();
                assertThat(heard.next()).startsWith("lost: the connection to the server was lost");
                assertThat(heard.next()).isEqualTo("reconnected");
                assertThat(heard.next()).isEqualTo("everything");

                // Both connections were lost; the next read and write connect again by themselves.
                assertThat(mine.articleCount()).isEqualTo(1);
                theirs.addAnnotation(tag(article, samir, 0));
                assertThat(heard.next()).isEqualTo("articles [" + article.id() + "]");
            }
        }
    }

    @Test
    void aCommitWhoseOutcomeIsUnknownIsReportedAsNotSaved() throws Exception {
        try (WorkspaceStore mine = place.open()) {
            mine.addArticles(List.of(article("a1")));
            Article article = mine.articleByExternalId("a1").orElseThrow();
            Annotator mona = mine.annotator("mona", Annotator.Role.ANNOTATOR);
            try (Connection admin = admin(); Statement statement = admin.createStatement()) {
                // A deferred trigger runs as COMMIT is sent: the server ends the connection before it answers.
                statement.execute("CREATE FUNCTION end_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$"
                        + " BEGIN PERFORM pg_terminate_backend(pg_backend_pid()); RETURN NULL; END; $$");
                statement.execute("CREATE CONSTRAINT TRIGGER end_at_commit AFTER INSERT ON annotations"
                        + " DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION end_at_commit()");
            }
            assertThatThrownBy(() -> mine.addAnnotation(tag(article, mona, 0))).isInstanceOf(StoreException.class)
                    .hasMessageContaining("may not have been saved").hasMessageContaining("shown as not saved");

            try (Connection admin = admin(); Statement statement = admin.createStatement()) {
                statement.execute("DROP TRIGGER end_at_commit ON annotations");
            }
            assertThat(mine.annotations(article.id())).isEmpty();
            assertThat(mine.addAnnotation(tag(article, mona, 4)).span()).isEqualTo(new Span(4, 6));
        }
    }

    private void terminateEveryClient() throws SQLException {
        try (Connection admin = admin(); Statement statement = admin.createStatement()) {
            statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                    + place.server().database() + "' AND pid <> pg_backend_pid()");
        }
    }
}

package app.hamish.cli;

import static app.hamish.cli.CommandLineTest.hamish;
import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.PgServer;
import app.hamish.TeamServerFixture;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.ArticleText;
import app.hamish.model.NewAnnotation;
import app.hamish.model.NewArticle;
import app.hamish.model.Provenance;
import app.hamish.model.Span;
import app.hamish.model.TeamRole;
import app.hamish.model.WorkflowTransition;
import app.hamish.service.Workspace;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hamish server init} and {@code add-user} as an admin runs them, and the login as who acts on a server. */
class ServerCommandTest {
    @TempDir
    Path folder;
    private TeamServerFixture team;
    private InputStream standardInput;

    @BeforeEach
    void preparedDatabase() {
        team = TeamServerFixture.prepared(folder);
        standardInput = System.in;
    }

    @AfterEach
    void putBack() {
        System.setIn(standardInput);
        team.close();
    }

    /** Runs hamish with {@code input} as its standard input. */
    private static CommandLineTest.Run typing(String input, String... args) {
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        return hamish(args);
    }

    @Test
    void initThenAddUserMakesALoginWhosePasswordCameFromStandardInput() throws Exception {
        String admin = team.url(team.admin());
        CommandLineTest.Run init = hamish("server", "init", admin);
        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(init.out()).contains("is ready");
        CommandLineTest.Run again = hamish("server", "init", admin);
        assertThat(again.exitCode()).as(again.err()).isZero();

        String nadia = team.name("nadia");
        CommandLineTest.Run added = typing("Sesame-7 open\n", "server", "add-user", admin, nadia, "--role", "reviewer");
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).contains("Added " + nadia + " as reviewer");
        assertThat(added.out() + added.err()).doesNotContain("Sesame");

        try (Connection asNadia = DriverManager.getConnection("jdbc:postgresql://" + PgServer.HOST + ":"
                + PgServer.shared().port() + "/" + team.database(), nadia, "Sesame-7 open");
             PreparedStatement query = asNadia.prepareStatement("SELECT role, pg_has_role(session_user,"
                     + " 'hamish_reviewer', 'MEMBER'), pg_has_role(session_user, 'hamish_admin', 'MEMBER')"
                     + " FROM annotators WHERE name = session_user");
             ResultSet rows = query.executeQuery()) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("reviewer");
            assertThat(rows.getBoolean(2)).isTrue();
            assertThat(rows.getBoolean(3)).isFalse();
        }
    }

    @Test
    void aTakenNameABadRoleOrNameNoPasswordAndNoRightsAreRefusedClearly() {
        String admin = team.url(team.admin());
        assertThat(hamish("server", "init", admin).exitCode()).isZero();
        String mona = team.add("mona", TeamRole.ANNOTATOR);

        CommandLineTest.Run taken = typing("pw\n", "server", "add-user", admin, mona, "--role", "annotator");
        assertThat(taken.exitCode()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(taken.err()).contains("already has a role named " + mona).hasLineCount(1);

        CommandLineTest.Run badRole = typing("pw\n", "server", "add-user", admin, team.name("omar"), "--role", "boss");
        assertThat(badRole.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badRole.err()).contains("--role is annotator, reviewer or admin, not boss");

        CommandLineTest.Run badName = typing("pw\n", "server", "add-user", admin, "Omar; DROP", "--role",
                "annotator");
        assertThat(badName.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badName.err()).contains("cannot be a login name");

        CommandLineTest.Run noPassword = typing("", "server", "add-user", admin, team.name("omar"), "--role",
                "annotator");
        assertThat(noPassword.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noPassword.err()).contains("no password on standard input");

        CommandLineTest.Run byAnnotator = typing("pw\n", "server", "add-user", team.url(mona), team.name("omar"),
                "--role", "admin");
        assertThat(byAnnotator.exitCode()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(byAnnotator.err()).contains(mona + " may not add people to the team").contains("CREATEROLE")
                .hasLineCount(1);
        CommandLineTest.Run initByAnnotator = hamish("server", "init", team.url(mona));
        assertThat(initByAnnotator.exitCode()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(initByAnnotator.err()).contains(mona + " may not set up a team workspace");

        CommandLineTest.Run nothingAdded = hamish("--workspace", admin, "stats");
        assertThat(nothingAdded.exitCode()).as(nothingAdded.err()).isZero();
        assertThat(hamish("server", "add-user").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void onAServerTheLoginActsAndAnotherAnnotatorNameIsRefused() {
        assertThat(hamish("server", "init", team.url(team.admin())).exitCode()).isZero();
        String mona = team.add("mona", TeamRole.ANNOTATOR);
        String sara = team.add("sara", TeamRole.REVIEWER);
        String text = "قالت مصادر مطلعة إن علي مملوك زار القاهرة";
        Article article;
        try (Workspace asAdmin = Workspace.open(team.address(team.admin()))) {
            article = asAdmin.corpus().importArticles(List.of(new NewArticle("a1", "t", "a1.txt",
                    ArticleText.of(text), "{}"))).imported().getFirst();
        }
        try (Workspace asMona = Workspace.open(team.address(mona))) {
            Annotator me = asMona.annotations().annotator(mona, Annotator.Role.ANNOTATOR);
            asMona.annotations().create(new NewAnnotation(article.id(), me.id(), new Span(20, 29), "ENTITY", null, "",
                    Provenance.MANUAL));
            asMona.review().transition(article.id(), me.id(), WorkflowTransition.SUBMIT, me, "", null);
        }

        CommandLineTest.Run impostor = hamish("--workspace", team.url(mona), "--annotator", sara, "--reviewer",
                "review", "take", "--article", "a1", "--layer", mona);
        assertThat(impostor.exitCode()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(impostor.err()).contains("you act as the user you logged in as, " + mona + ", not as " + sara);

        CommandLineTest.Run take = hamish("--workspace", team.url(sara), "review", "take", "--article", "a1",
                "--layer", mona);
        assertThat(take.exitCode()).as(take.err()).isZero();
        assertThat(take.out()).contains(mona + "'s layer of article a1 is now in_review");
    }
}

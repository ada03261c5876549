package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.Annotator;
import app.hamish.service.Workspace;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's user, looked at before acting and written in by acting, on a real workspace file. */
class AnalystTest {
    @TempDir
    Path folder;

    @Test
    void aReviewerAWorkspaceHoldsUnlistedBecomesItsReviewerByActingAfterBeingLookedAt() throws Exception {
        Path file = folder.resolve("w.db");
        Workspace.open(file).close();
        // As a merge brings another file's reviewer in: her row, without listing her among this one's reviewers.
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO annotators (name, role, uuid) "
                    + "VALUES ('mona', 'reviewer', '0192f3a4b5c67d8e9f0a1b2c3d4e5f60')");
        }
        try (Workspace workspace = Workspace.open(file)) {
            Analyst mona = new Analyst(workspace.annotations(), "mona", Annotator.Role.REVIEWER);
            Annotator looked = mona.known().orElseThrow();
            assertThat(workspace.annotations().isListedReviewer(looked)).as("mona listed by looking").isFalse();

            Annotator acting = mona.get();

            assertThat(workspace.annotations().isListedReviewer(acting)).as("mona listed once she acts").isTrue();
        }
    }

    @Test
    void theRoleShownBeforeTheRecordExistsFollowsTheRecordWrittenMeanwhile() {
        try (Workspace workspace = Workspace.open(folder.resolve("w.db"))) {
            Analyst mona = new Analyst(workspace.annotations(), "mona", Annotator.Role.ANNOTATOR);
            assertThat(mona.role()).isEqualTo(Annotator.Role.ANNOTATOR);
            assertThat(mona.known()).isEmpty();

            // Written in elsewhere (another window, the command line) as a reviewer while this one only looked.
            workspace.annotations().annotator("mona", Annotator.Role.REVIEWER);

            assertThat(mona.role()).as("the role the review keys show").isEqualTo(Annotator.Role.REVIEWER)
                    .isEqualTo(mona.get().role());
        }
    }
}

package app.hamish.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.hamish.StoreBackend;
import app.hamish.model.ArticleText;
import app.hamish.model.NewArticle;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Work that reaches a workspace after its close (a training or an import still running as the window closes) is
 * refused, on a server without connecting again: a closed connection must not read as a lost one.
 */
@ParameterizedClass
@EnumSource(StoreBackend.class)
class ClosedWorkspaceTest {
    @Parameter
    StoreBackend backend;
    @TempDir
    Path folder;

    private static NewArticle article(String id) {
        return new NewArticle(id, "title " + id, id + ".txt", ArticleText.of("نص " + id), "{}");
    }

    @Test
    void readsAndWritesAfterCloseAreRefusedAndNothingIsWritten() throws Exception {
        StoreBackend.Place place = backend.newPlace(folder);
        WorkspaceStore store = place.open();
        store.addArticles(List.of(article("a1")));
        store.close();

        assertThatThrownBy(store::articleCount).isInstanceOf(WorkspaceClosedException.class)
                .hasMessageContaining("the workspace is closed");
        assertThatThrownBy(() -> store.addArticles(List.of(article("a2"))))
                .isInstanceOf(WorkspaceClosedException.class).hasMessageContaining("the workspace is closed");

        try (Connection raw = place.connect(); Statement statement = raw.createStatement()) {
            assertThat(count(statement, "SELECT count(*) FROM articles")).isEqualTo(1);
            if (place.server() != null) {
                assertThat(otherConnectionsOnceClosedOnesLeave(statement, place.server().database()))
                        .as("connections the closed store left or made again").isZero();
            }
        }
    }

    /**
     * A backend leaves {@code pg_stat_activity} a moment after its client closed it, later on a busy machine; a
     * connection the store kept or made again stays, so waiting for the count to fall cannot hide one.
     */
    private static long otherConnectionsOnceClosedOnesLeave(Statement statement, String database) throws Exception {
        String query = "SELECT count(*) FROM pg_stat_activity WHERE datname = '" + database
                + "' AND pid <> pg_backend_pid()";
        long others = count(statement, query);
        for (int tries = 0; others > 0 && tries < 300; tries++) {
            statement.execute("SELECT pg_sleep(0.1)");
            others = count(statement, query);
        }
        return others;
    }

    private static long count(Statement statement, String query) throws Exception {
        try (ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}

package app.hamish.ui.shell;

import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.service.Workspace;
import app.hamish.service.recommender.CairoArticles;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What the tests of closing the window while a training is under way share: a workspace the recommender trains on,
 * the models kept in its file, and the warnings Hamish logged meanwhile.
 */
final class TrainedCloseFixture implements BeforeEachCallback, AfterEachCallback {
    private final List<LogRecord> warnings = new CopyOnWriteArrayList<>();
    private final Handler warned = new Handler() {
        @Override
        public void publish(LogRecord record) {
            // Hamish's own: JavaFX warns of its class path when it starts in these tests.
            if (record.getLevel().intValue() >= Level.WARNING.intValue() && record.getLoggerName() != null
                    && record.getLoggerName().startsWith("app.hamish")) {
                warnings.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @Override
    public void beforeEach(ExtensionContext context) {
        Logger.getLogger("").addHandler(warned);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Logger.getLogger("").removeHandler(warned);
    }

    List<LogRecord> warnings() {
        return warnings;
    }

    /** A new workspace at {@code file} whose first three Cairo articles are annotated throughout. */
    static void annotatedWorkspace(Path file) {
        try (Workspace workspace = Workspace.open(file)) {
            List<Article> articles = CairoArticles.importInto(workspace);
            Annotator tester = workspace.annotations().annotator("tester", Annotator.Role.ANNOTATOR);
            articles.subList(0, 3).forEach(article -> CairoArticles.annotateEvery(workspace, tester, article));
        }
    }

    /** The recommender models kept in the workspace file, read past Hamish. */
    static long models(Path file) throws Exception {
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = raw.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM recommender_models")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}

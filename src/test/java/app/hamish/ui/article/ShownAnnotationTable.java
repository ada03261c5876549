package app.hamish.ui.article;

import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.NewAnnotation;
import app.hamish.model.Provenance;
import app.hamish.model.Span;
import app.hamish.service.Workspace;
import app.hamish.ui.session.ArticleSession;
import app.hamish.ui.session.OneArticle;
import app.hamish.ui.shell.HeadlessFx;
import app.hamish.ui.shell.Messages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests of the annotation table of an article of eight paragraphs with every other word annotated by mona, shown
 * beside the article's view in a window of its own, opened before each test and closed after it; the words between
 * are free to tag.
 */
abstract class ShownAnnotationTable {
    private static final String PARAGRAPH = "كشفت مصادر مطلعة أن اللواء علي مملوك زار القاهرة بـ59 صاروخ وقالت "
            + "الخارجية إن الزيارة بحثت التنسيق الأمني";
    private static final String TEXT = String.join("\n\n", Collections.nCopies(8, PARAGRAPH));

    @TempDir
    Path folder;
    Workspace workspace;
    Article article;
    /** The words left free to tag, in the text's order. */
    final List<Span> free = new ArrayList<>();
    ArticleSession session;
    AnnotateViewModel model;
    AnnotationTable table;
    private ArticleView view;
    private Stage stage;

    /** The label of the n-th word annotated. */
    abstract String label(int n);

    /** Stylesheets beside the workbench's. */
    String[] stylesheets() {
        return new String[0];
    }

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder.resolve("w.db"));
        article = OneArticle.importInto(workspace, TEXT);
        Annotator mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
        Matcher word = Pattern.compile("\\p{L}+").matcher(TEXT);
        for (int i = 0; word.find(); i++) {
            Span span = article.text().spanFromUtf16(word.start(), word.end());
            if (i % 2 == 0) {
                workspace.annotations().create(new NewAnnotation(article.id(), mona.id(), span, label(i / 2), null,
                        "", Provenance.MANUAL));
            } else {
                free.add(span);
            }
        }
        HeadlessFx.start();
        HeadlessFx.run(() -> {
            session = OneArticle.session(workspace, article, mona, Locale.ENGLISH);
            model = new AnnotateViewModel(session);
            view = new ArticleView(model, new ArticleStyle(), Task::run);
            table = new AnnotationTable(model, view, id -> id == mona.id() ? "mona" : "omar",
                    Messages.bundle(Locale.ENGLISH));
            view.setPrefWidth(300);
            Scene scene = new Scene(new HBox(view, table), 1000, 300);
            scene.getStylesheets().add(getClass().getResource("/app/hamish/ui/shell/workbench.css").toExternalForm());
            scene.getStylesheets().addAll(stylesheets());
            stage = new Stage();
            stage.setScene(scene);
            stage.show();
        });
        HeadlessFx.settle();
    }

    @AfterEach
    void close() {
        HeadlessFx.run(() -> {
            table.dispose();
            view.dispose();
            stage.close();
        });
        workspace.close();
    }
}

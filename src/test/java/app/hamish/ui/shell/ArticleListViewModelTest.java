package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.io.SampleCorpus;
import app.hamish.model.ArticleSummary;
import app.hamish.service.Workspace;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The article list's behaviour, without a window. */
class ArticleListViewModelTest {
    @TempDir
    Path folder;
    private Workspace workspace;
    private ArticleListViewModel model;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder.resolve("w.db"));
        model = new ArticleListViewModel(workspace.corpus());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void emptyWorkspaceShowsNoArticles() {
        model.reload();
        assertThat(model.isWorkspaceEmpty()).isTrue();
        assertThat(model.articles()).isEmpty();
    }

    @Test
    void listsEveryArticleAndFiltersByTitleOrId() {
        workspace.corpus().importSamplesIfEmpty(SampleCorpus::load);
        model.reload();
        assertThat(model.articles()).hasSize(5);
        assertThat(model.isWorkspaceEmpty()).isFalse();

        model.filterProperty().set("مملوك");
        assertThat(model.articles()).isNotEmpty().allSatisfy(
                summary -> assertThat(summary.title()).contains("مملوك"));
        int byTitle = model.articles().size();
        assertThat(byTitle).isLessThan(5);

        model.filterProperty().set("  003_1BA4  ");
        assertThat(model.articles()).extracting(ArticleSummary::externalId).containsExactly("003_1ba4dc8c3db29aaa");

        model.filterProperty().set("لا يوجد مثل هذا العنوان");
        assertThat(model.articles()).isEmpty();

        model.filterProperty().set("");
        assertThat(model.articles()).hasSize(5);
    }
}

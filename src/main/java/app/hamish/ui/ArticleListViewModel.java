package app.hamish.ui;

import app.hamish.model.ArticleSummary;
import app.hamish.service.CorpusService;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The article list: every article of the workspace, narrowed by a filter on title or id. */
public final class ArticleListViewModel {
    private final CorpusService corpus;
    private final ObservableList<ArticleSummary> all = FXCollections.observableArrayList();
    private final FilteredList<ArticleSummary> visible = new FilteredList<>(all);
    private final StringProperty filter = new SimpleStringProperty("");

    public ArticleListViewModel(CorpusService corpus) {
        this.corpus = corpus;
        filter.addListener((property, before, now) -> visible.setPredicate(summary -> matches(summary, now)));
    }

    public void reload() {
        all.setAll(corpus.articles());
    }

    public ObservableList<ArticleSummary> articles() {
        return visible;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public boolean isWorkspaceEmpty() {
        return all.isEmpty();
    }

    private static boolean matches(ArticleSummary summary, String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        String needle = filter.strip().toLowerCase(Locale.ROOT);
        return summary.title().toLowerCase(Locale.ROOT).contains(needle)
                || summary.externalId().toLowerCase(Locale.ROOT).contains(needle);
    }
}

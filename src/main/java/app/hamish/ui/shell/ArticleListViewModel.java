package app.hamish.ui.shell;

import app.hamish.model.ArticleSummary;
import app.hamish.service.CorpusService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The article list: every article of the workspace, narrowed by a filter on title or id. */
public final class ArticleListViewModel {
    private final CorpusService corpus;
    /**
     * The summaries as listed: a count changed by an edit is written here without a list change (see
     * {@link #updateCount}).
     */
    private final List<ArticleSummary> summaries = new ArrayList<>();
    private final ObservableList<ArticleSummary> all = FXCollections.observableList(summaries);
    private final FilteredList<ArticleSummary> visible = new FilteredList<>(all);
    private final StringProperty filter = new SimpleStringProperty("");
    /** Each article's place in {@link #all}, by id: a count kept in step per edit without walking the corpus. */
    private final Map<Long, Integer> places = new HashMap<>();
    /**
     * The counts that rows have shown, by article id, each kept equal to its article's summary and dropped when its
     * article leaves the list. The list's items themselves keep the count they were read with.
     */
    private final Map<Long, ReadOnlyIntegerWrapper> counts = new HashMap<>();

    public ArticleListViewModel(CorpusService corpus) {
        this.corpus = corpus;
        filter.addListener((property, before, now) -> visible.setPredicate(summary -> matches(summary, now)));
    }

    public void reload() {
        all.setAll(corpus.articles());
        notePlaces();
    }

    private void notePlaces() {
        places.clear();
        for (int i = 0; i < all.size(); i++) {
            places.put(all.get(i).id(), i);
            ReadOnlyIntegerWrapper count = counts.get(all.get(i).id());
            if (count != null) {
                count.set(all.get(i).annotationCount());
            }
        }
        counts.keySet().retainAll(places.keySet());
    }

    /**
     * Reads the list again after changes made elsewhere, replacing only the articles that changed, so that the
     * list keeps its selection and scroll position while a colleague works.
     *
     * @return whether articles came or went (then the list was replaced, and its selection with it)
     */
    public boolean refresh() {
        List<ArticleSummary> now = corpus.articles();
        boolean sameArticles = now.size() == all.size();
        for (int i = 0; sameArticles && i < now.size(); i++) {
            sameArticles = now.get(i).id() == all.get(i).id();
        }
        if (!sameArticles) {
            all.setAll(now);
            notePlaces();
            return true;
        }
        for (int i = 0; i < now.size(); i++) {
            if (!now.get(i).equals(all.get(i))) {
                all.set(i, now.get(i));
                ReadOnlyIntegerWrapper count = counts.get(now.get(i).id());
                if (count != null) {
                    count.set(now.get(i).annotationCount());
                }
            }
        }
        return false;
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

    /**
     * An article's annotation count as it changes; the row showing the article follows it. The first row to ask
     * makes it.
     */
    public ReadOnlyIntegerProperty countOf(ArticleSummary article) {
        return counts.computeIfAbsent(article.id(), id -> {
            Integer place = places.get(id);
            return new ReadOnlyIntegerWrapper(place == null ? article.annotationCount()
                    : summaries.get(place).annotationCount());
        }).getReadOnlyProperty();
    }

    /**
     * Keeps an article's count in step with its annotations without re-reading the whole list, and without a change
     * of the list: a summary set anew went through the filtered list and the list view's selection model and gave
     * its row its item again, on every tag, delete or undo (decision 0067). The summary is written in place and the
     * row showing the article changes its count alone.
     */
    public void updateCount(long articleId, int annotations) {
        Integer place = places.get(articleId);
        if (place == null) {
            return;
        }
        ArticleSummary summary = summaries.get(place);
        if (summary.annotationCount() != annotations) {
            summaries.set(place, new ArticleSummary(summary.id(), summary.externalId(), summary.title(),
                    summary.characters(), annotations));
            ReadOnlyIntegerWrapper count = counts.get(articleId);
            if (count != null) {
                count.set(annotations);
            }
        }
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

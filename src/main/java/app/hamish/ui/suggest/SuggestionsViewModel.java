package app.hamish.ui.suggest;

import app.hamish.model.Article;
import app.hamish.model.Suggestion;
import app.hamish.service.SuggestionService;
import app.hamish.ui.session.ArticleSession;
import app.hamish.ui.session.CreateAnnotation;
import app.hamish.ui.session.RejectSuggestion;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * The suggestions on the open article, and the one the analyst is looking at. Stepping to a suggestion selects
 * its text; accepting creates the annotation as an edit of the session (so it can be undone), rejecting records
 * the rejection so that it is not offered again. Nothing changes until the analyst does one or the other.
 *
 * <p>Suggestions are computed in the background after every change to the article or its annotations; until
 * they arrive the previous ones stay, and a result computed for a state that has since changed is dropped.
 */
public final class SuggestionsViewModel {
    /** Up to this many suggestions that went or came are shown one by one; more are shown as a new list. */
    private static final int FEW_CHANGES = 64;
    private final ArticleSession session;
    private final SuggestionService service;
    private final LatestWork<List<Suggestion>> computing;
    private final ObservableList<Suggestion> offered = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Suggestion> current = new ReadOnlyObjectWrapper<>();
    /** Whether what is annotated in the other articles is proposed here too (off until the analyst asks). */
    private final BooleanProperty acrossCorpus = new SimpleBooleanProperty(false);
    /** Where the last suggestion visited starts, so that stepping goes on from there after it is decided. */
    private int lastStart = -1;

    /** @param background where suggestions are computed (a {@code BackgroundWork}), never the FX thread */
    public SuggestionsViewModel(ArticleSession session, SuggestionService service, Consumer<Task<?>> background) {
        this.session = session;
        this.service = service;
        this.computing = new LatestWork<>("computing suggestions", background, this::computation, this::show);
        session.articleProperty().addListener((property, before, now) -> {
            lastStart = -1;
            refresh();
        });
        session.annotations().subscribe(this::refresh);
        acrossCorpus.addListener((property, before, now) -> refresh());
        refresh();
    }

    public BooleanProperty acrossCorpusProperty() {
        return acrossCorpus;
    }

    public ObservableList<Suggestion> offered() {
        return offered;
    }

    public ReadOnlyObjectProperty<Suggestion> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The first suggestion after the selection (or the current one), wrapping around; selects its text. */
    public Optional<Suggestion> next() {
        int after = caret();
        return go(offered.stream().filter(s -> s.span().start() > after).findFirst()
                .or(() -> offered.stream().findFirst()));
    }

    public Optional<Suggestion> previous() {
        int before = caret();
        return go(offered.reversed().stream().filter(s -> s.span().start() < before).findFirst()
                .or(() -> offered.reversed().stream().findFirst()));
    }

    public void accept() {
        Suggestion chosen = chosen();
        if (chosen != null) {
            CreateAnnotation edit = new CreateAnnotation(chosen.toAnnotation(session.actor().id()));
            if (session.execute(edit)) {
                session.selectAnnotation(edit.created());
                session.hintProperty().set("");
            }
        }
    }

    public void reject() {
        Suggestion chosen = chosen();
        if (chosen != null) {
            session.execute(new RejectSuggestion(service, chosen));
            session.clearSelection();
            // Gone at once, not when the next computation arrives: the analyst is already looking for the next.
            offered.remove(chosen);
            refresh();
        }
    }

    /** The current suggestion while its text is still what is selected; otherwise the analyst moved on. */
    private Suggestion chosen() {
        Suggestion chosen = current.get();
        if (chosen == null || session.article() == null
                || !chosen.span().equals(session.selectionProperty().get())) {
            session.hint("hint.selectSuggestion");
            return null;
        }
        return chosen;
    }

    private int caret() {
        return current.get() != null ? current.get().span().start() : lastStart;
    }

    private Optional<Suggestion> go(Optional<Suggestion> target) {
        if (target.isEmpty() || session.article() == null) {
            session.hint("hint.noSuggestions");
            return Optional.empty();
        }
        Suggestion suggestion = target.get();
        current.set(suggestion);
        lastStart = suggestion.span().start();
        session.selectText(suggestion.span());
        // Which source proposed it, and why, so the analyst can weigh a model's guess against a matched cue.
        session.hint("hint.suggestion." + suggestion.source().code(), suggestion.cue());
        return target;
    }

    /** Computes the suggestions again, in the background, for the article as it is now. */
    void refresh() {
        computing.request();
    }

    private Callable<List<Suggestion>> computation() {
        Article article = session.article();
        boolean corpus = acrossCorpus.get();
        return () -> article == null ? List.of() : service.offered(article, corpus);
    }

    /**
     * Shows the suggestions computed again after a change, mostly the same ones: only those that went or came change
     * the list, so the view draws those alone, not the long article's thousands again (decision 0034). Many
     * differences are shown as a new list.
     */
    private void show(List<Suggestion> now) {
        Set<Suggestion> coming = new HashSet<>(now);
        Set<Suggestion> shown = new HashSet<>(offered);
        Set<Suggestion> going = new HashSet<>(offered);
        going.removeAll(coming);
        coming.removeAll(shown);
        if (going.size() + coming.size() > FEW_CHANGES) {
            offered.setAll(now);
        } else {
            offered.removeAll(going);
            // Both lists are in the same order: each one that came goes where it stands in the new list.
            for (int i = 0; i < now.size(); i++) {
                if (coming.contains(now.get(i))) {
                    offered.add(i, now.get(i));
                }
            }
            if (!offered.equals(now)) {
                offered.setAll(now);
            }
        }
        if (current.get() != null && !now.contains(current.get())) {
            current.set(null);
        }
    }
}

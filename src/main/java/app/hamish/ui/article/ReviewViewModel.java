package app.hamish.ui.article;

import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.LayerState;
import app.hamish.model.ReviewDecision;
import app.hamish.model.ReviewStatus;
import app.hamish.model.WorkflowState;
import app.hamish.model.WorkflowTransition;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;

/**
 * Review of the open article: each annotator's layer with its state, a reviewer's decisions from the keyboard
 * (accept, reject with a reason, next and previous undecided), and the moves of the workflow. Decisions are
 * undoable like edits; workflow moves are not (they are audited steps of a process).
 */
public final class ReviewViewModel {
    /** One annotator's layer of the open article, as the review pane lists it. */
    public record Layer(long annotatorId, String name, WorkflowState state, String comment, int annotations,
                        int undecided) {
    }

    private final ArticleViewModel article;
    private final Function<Long, String> names;
    private final ObservableList<Layer> layers = FXCollections.observableArrayList();

    public ReviewViewModel(ArticleViewModel article, Function<Long, String> names) {
        this.article = article;
        this.names = names;
        article.articleProperty().addListener((property, before, now) -> refresh());
        article.annotations().addListener((ListChangeListener<Annotation>) change -> refresh());
        article.decisions().addListener((MapChangeListener<Long, ReviewDecision>) change -> refresh());
        refresh();
    }

    public ObservableList<Layer> layers() {
        return layers;
    }

    public boolean isReviewer() {
        return article.actor().role() == Annotator.Role.REVIEWER;
    }

    /** Rebuilds the layer list: everyone with annotations or a state on this article, and the user. */
    public void refresh() {
        Article current = article.articleProperty().get();
        if (current == null) {
            layers.clear();
            return;
        }
        Map<Long, LayerState> states = new TreeMap<>();
        article.review().layers(current.id()).forEach(state -> states.put(state.annotatorId(), state));
        Map<Long, int[]> counts = new TreeMap<>();
        for (Annotation annotation : article.annotations()) {
            int[] count = counts.computeIfAbsent(annotation.annotatorId(), id -> new int[2]);
            count[0]++;
            if (!ReviewDecision.stands(article.decisions().get(annotation.id()), annotation)) {
                count[1]++;
            }
        }
        java.util.Set<Long> ids = new java.util.TreeSet<>(states.keySet());
        ids.addAll(counts.keySet());
        layers.setAll(ids.stream().map(id -> {
            LayerState state = states.get(id);
            int[] count = counts.getOrDefault(id, new int[2]);
            return new Layer(id, names.apply(id), state == null ? WorkflowState.NEW : state.state(),
                    state == null ? "" : state.comment(), count[0], count[1]);
        }).sorted(Comparator.comparing(Layer::name)).toList());
    }

    public void accept() {
        decide(ReviewStatus.ACCEPTED, "");
    }

    public void reject(String reason) {
        decide(ReviewStatus.REJECTED, reason);
    }

    private void decide(ReviewStatus status, String comment) {
        Annotation chosen = article.selectedProperty().get();
        if (chosen == null) {
            article.hint("hint.selectAnnotation");
            return;
        }
        article.commit(() -> {
            ReviewDecision before = article.decisions().get(chosen.id());
            ReviewDecision after = article.review().decide(chosen.id(), article.actor(), status, comment);
            article.history().done(new UndoHistory.Edit() {
                @Override
                public void undo() {
                    article.restoreDecision(chosen.id(), after, before);
                }

                @Override
                public void redo() {
                    article.restoreDecision(chosen.id(), before, after);
                }
            });
            article.hintProperty().set("");
        });
        article.refreshDecisions();
        next();
    }

    /** Selects the next annotation (in text order) still to decide in a layer under review, or says none is. */
    public void next() {
        move(1);
    }

    public void previous() {
        move(-1);
    }

    /** Wraps around: after the last undecided annotation comes the first. */
    private void move(int direction) {
        List<Annotation> candidates = article.annotations().stream().filter(article::isShown)
                .filter(undecidedInReview()).toList();
        if (candidates.isEmpty()) {
            article.hint("hint.allDecided");
            return;
        }
        Annotation current = article.selectedProperty().get();
        int position = current == null ? -1 : article.annotations().indexOf(current);
        Annotation target = direction > 0
                ? candidates.stream().filter(c -> article.annotations().indexOf(c) > position).findFirst()
                        .orElse(candidates.getFirst())
                : candidates.reversed().stream().filter(c -> position < 0 || article.annotations().indexOf(c) < position)
                        .findFirst().orElse(candidates.getLast());
        article.click(target);
    }

    private Predicate<Annotation> undecidedInReview() {
        return annotation -> !ReviewDecision.stands(article.decisions().get(annotation.id()), annotation)
                && layers.stream()
                .anyMatch(layer -> layer.annotatorId() == annotation.annotatorId()
                        && layer.state() == WorkflowState.IN_REVIEW);
    }

    /** Moves a layer (the user's own for annotator moves); a refusal says why in the hint. */
    public void transition(long annotatorId, WorkflowTransition transition, String comment) {
        Article current = article.articleProperty().get();
        if (current == null) {
            return;
        }
        article.commit(() -> {
            article.review().transition(current.id(), annotatorId, transition, article.actor(), comment);
            article.hintProperty().set(article.message("hint.moved." + transition.code()));
        });
        refresh();
    }

    /**
     * Whether this user could make the move on the layer now; the service still checks. Starting and resuming are
     * not offered: they happen by themselves when the annotator changes their layer.
     */
    public boolean offers(Layer layer, WorkflowTransition transition) {
        if (transition.from() != layer.state() || transition == WorkflowTransition.START
                || transition == WorkflowTransition.RESUME) {
            return false;
        }
        boolean mine = layer.annotatorId() == me();
        return transition.byReviewer() ? isReviewer() && !mine : mine;
    }

    /**
     * Makes the move on the layer of the selected annotation if it is offered there, else on the first layer
     * that offers it: the keyboard's way to the workflow buttons.
     */
    public void transitionWhereOffered(WorkflowTransition transition, java.util.function.Supplier<java.util.Optional<String>> comment) {
        Annotation chosen = article.selectedProperty().get();
        java.util.Optional<Layer> layer = layers.stream()
                .filter(candidate -> chosen != null && candidate.annotatorId() == chosen.annotatorId())
                .filter(candidate -> offers(candidate, transition)).findFirst()
                .or(() -> layers.stream().filter(candidate -> offers(candidate, transition)).findFirst());
        if (layer.isEmpty()) {
            article.hintProperty().set(article.message("hint.notOffered"));
            return;
        }
        if (transition == WorkflowTransition.RETURN) {
            comment.get().ifPresent(text -> transition(layer.get().annotatorId(), transition, text));
        } else {
            transition(layer.get().annotatorId(), transition, "");
        }
    }

    /** The user's own layer, where they submit their work. */
    public long me() {
        return article.actor().id();
    }
}

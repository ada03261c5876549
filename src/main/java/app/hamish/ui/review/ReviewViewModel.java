package app.hamish.ui.review;

import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.LayerState;
import app.hamish.model.ReviewDecision;
import app.hamish.model.ReviewStatus;
import app.hamish.model.WorkflowState;
import app.hamish.model.WorkflowTransition;
import app.hamish.ui.session.ArticleSession;
import app.hamish.ui.session.Decide;
import app.hamish.ui.session.MayDecide;
import app.hamish.ui.session.MoveLayer;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
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

    private final ArticleSession session;
    private final Function<Long, String> names;
    private final ObservableList<Layer> layers = FXCollections.observableArrayList();
    private final LayerCounts counts;
    /** The user's own layer, where they submit their work, as of the last refresh. */
    private long me = OWN_UNASKED;

    public ReviewViewModel(ArticleSession session, Function<Long, String> names) {
        this.session = session;
        this.names = names;
        this.counts = new LayerCounts(session);
        // Once per commit: following the annotations, decisions and states one by one rebuilt the layers thrice.
        session.changesProperty().subscribe((before, now) -> refresh());
        refresh();
    }

    public ObservableList<Layer> layers() {
        return layers;
    }

    /**
     * Stands for the user's own layer in {@link #ownAsFirstTagged()}: asking who the user is would write them into the
     * workspace as an annotator (or its reviewer), which only acting may do.
     */
    static final long OWN_UNASKED = Long.MIN_VALUE;

    /** The user's own layer as their first tag on the article makes it (one annotation, undecided), nameless. */
    Layer ownAsFirstTagged() {
        return new Layer(OWN_UNASKED, "", WorkflowState.IN_PROGRESS, "", 1, 1);
    }

    public boolean isReviewer() {
        return session.actorRole() == Annotator.Role.REVIEWER;
    }

    /** Rebuilds the layer list: everyone with annotations or a state on this article, and the user. */
    private void refresh() {
        // Until the user acts, the workspace may not hold them, and then no layer listed is theirs.
        me = session.knownActor().map(Annotator::id).orElse(OWN_UNASKED);
        if (session.article() == null) {
            layers.clear();
            return;
        }
        Map<Long, LayerState> states = new TreeMap<>();
        session.layerStates().forEach(state -> states.put(state.annotatorId(), state));
        Set<Long> ids = new TreeSet<>(states.keySet());
        ids.addAll(counts.annotators());
        List<Layer> now = ids.stream().map(id -> {
            LayerState state = states.get(id);
            return new Layer(id, names.apply(id), state == null ? WorkflowState.NEW : state.state(),
                    state == null ? "" : state.comment(), counts.annotations(id), counts.undecided(id));
        }).sorted(Comparator.comparing(Layer::name)).toList();
        if (!now.equals(layers)) {
            layers.setAll(now);
        }
    }

    public void accept() {
        selectedToDecide().ifPresent(chosen -> decide(chosen, ReviewStatus.ACCEPTED, ""));
    }

    /** Asks why only where the selected annotation can be rejected now; where not, the hint says why. */
    public void reject(Supplier<Optional<String>> reason) {
        selectedToDecide().filter(chosen -> session.execute(new MayDecide(chosen)))
                .ifPresent(chosen -> reason.get().ifPresent(why -> decide(chosen, ReviewStatus.REJECTED, why)));
    }

    private Optional<Annotation> selectedToDecide() {
        Annotation chosen = session.selectedProperty().get();
        if (chosen == null) {
            session.hint("hint.selectAnnotation");
        }
        return Optional.ofNullable(chosen);
    }

    /** On to the next undecided annotation once decided; refused, the hint keeps saying why. */
    private void decide(Annotation chosen, ReviewStatus status, String comment) {
        session.execute(new Decide(chosen, status, comment), () -> {
            session.hintProperty().set("");
            next();
        });
    }

    /** Selects the next annotation (in text order) still to decide in a layer under review, or says none is. */
    public void next() {
        move(1);
    }

    public void previous() {
        move(-1);
    }

    /**
     * Wraps around: after the last undecided annotation comes the first. One walk of the list in text order from
     * the selection, so that stepping costs the same on an article of ten thousand annotations as on one of ten.
     */
    private void move(int direction) {
        List<Annotation> all = session.annotations();
        Predicate<Annotation> candidate = undecidedInReview();
        Annotation current = session.selectedProperty().get();
        int size = all.size();
        int position = current == null ? -1 : session.positionOf(current);
        if (position < 0) {
            position = direction > 0 ? -1 : size;
        }
        for (int step = 1; step <= size; step++) {
            int at = Math.floorMod(position + direction * step, size);
            Annotation annotation = all.get(at);
            if (session.isShown(annotation) && candidate.test(annotation)) {
                session.linkingProperty().set(false);
                session.selectAnnotation(annotation);
                return;
            }
        }
        session.hint("hint.allDecided");
    }

    private Predicate<Annotation> undecidedInReview() {
        return annotation -> !ReviewDecision.stands(session.decisions().get(annotation.id()), annotation)
                && layers.stream()
                .anyMatch(layer -> layer.annotatorId() == annotation.annotatorId()
                        && layer.state() == WorkflowState.IN_REVIEW);
    }

    /** Moves a layer (the user's own for annotator moves); a refusal says why in the hint. */
    public void transition(long annotatorId, WorkflowTransition transition, String comment) {
        Article current = session.article();
        if (current != null && session.execute(new MoveLayer(current.id(), annotatorId, transition, comment))) {
            session.hint("hint.moved." + transition.code());
        }
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
        if (layer.annotatorId() == OWN_UNASKED) {
            return !transition.byReviewer();
        }
        boolean mine = layer.annotatorId() == me;
        return transition.byReviewer() ? isReviewer() && !mine : mine;
    }

    /** Whether some layer of the open article offers this user the move now: its menu item is enabled. */
    public ObservableBooleanValue offeredOnAnyLayer(WorkflowTransition transition) {
        return Bindings.createBooleanBinding(() -> layers.stream().anyMatch(layer -> offers(layer, transition)),
                layers);
    }

    /**
     * Makes the move on the layer of the selected annotation if it is offered there, else on the first layer
     * that offers it: the keyboard's way to the workflow buttons.
     */
    public void transitionWhereOffered(WorkflowTransition transition, Supplier<Optional<String>> comment) {
        Annotation chosen = session.selectedProperty().get();
        Optional<Layer> layer = layers.stream()
                .filter(candidate -> chosen != null && candidate.annotatorId() == chosen.annotatorId())
                .filter(candidate -> offers(candidate, transition)).findFirst()
                .or(() -> layers.stream().filter(candidate -> offers(candidate, transition)).findFirst());
        if (layer.isEmpty()) {
            session.hint("hint.notOffered");
            return;
        }
        if (transition == WorkflowTransition.RETURN) {
            comment.get().ifPresent(text -> transition(layer.get().annotatorId(), transition, text));
        } else {
            transition(layer.get().annotatorId(), transition, "");
        }
    }
}

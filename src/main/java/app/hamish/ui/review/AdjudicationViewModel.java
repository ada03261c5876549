package app.hamish.ui.review;

import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.LayerState;
import app.hamish.model.ReviewDecision;
import app.hamish.model.ReviewStatus;
import app.hamish.model.Span;
import app.hamish.model.WorkflowState;
import app.hamish.ui.session.ArticleSession;
import app.hamish.ui.session.Decide;
import app.hamish.ui.session.DecideAll;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Adjudication of the open article (decision 0027): the layers in review side by side, gold first, each in a lane
 * of its own; what every layer marked alike goes into gold with one key; the rest, the disagreements, are stepped
 * through and resolved by choosing one version (the others are rejected) or by editing the gold copy.
 */
public final class AdjudicationViewModel {
    /** One lane: the gold layer or an annotator's layer in review, by name. */
    public record Lane(long annotatorId, String name) {
    }

    /** A span, label and subtype: what gold holds once, however many layers marked it. */
    private record Key(Span span, String label, String subtype) {
        static Key of(Annotation annotation) {
            return new Key(annotation.span(), annotation.label(), annotation.subtype());
        }
    }

    private final ArticleSession session;
    private final Function<Long, String> names;
    private final BooleanProperty active = new SimpleBooleanProperty();
    private final ObservableList<Lane> lanes = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper agreedLeft = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper disagreementsLeft = new ReadOnlyIntegerWrapper();

    public AdjudicationViewModel(ArticleSession session, Function<Long, String> names) {
        this.session = session;
        this.names = names;
        // The lanes follow the layers' states alone; an edit or a decision changes only what is left to decide.
        session.annotations().subscribe(this::recount);
        session.decisionsChangedProperty().subscribe(change -> recount());
        session.layerStates().subscribe(this::refresh);
        active.subscribe(on -> refresh());
    }

    /** Whether the view shows the layers in lanes (and its keys act). */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** Whether "accept all agreed" has something to do: the view is on and spans every layer agrees on wait. */
    public BooleanBinding canAcceptAgreed() {
        return active.and(agreedLeft.greaterThan(0));
    }

    /** Whether there is a disagreement to step to. */
    public BooleanBinding canStepDisagreements() {
        return active.and(disagreementsLeft.greaterThan(0));
    }

    /** Gold, then each annotator's layer in review by name: the lanes under the text, top to bottom. */
    public ObservableList<Lane> lanes() {
        return lanes;
    }

    /** Spans every layer in review marked alike and still to accept. */
    public ReadOnlyIntegerProperty agreedLeftProperty() {
        return agreedLeft.getReadOnlyProperty();
    }

    /** Distinct spans, labels and subtypes some layers marked and others not, still undecided. */
    public ReadOnlyIntegerProperty disagreementsLeftProperty() {
        return disagreementsLeft.getReadOnlyProperty();
    }

    /** The lane an annotation is drawn in, or -1 when its layer is not adjudicated here. */
    public int laneOf(Annotation annotation) {
        for (int i = 0; i < lanes.size(); i++) {
            if (lanes.get(i).annotatorId() == annotation.annotatorId()) {
                return i;
            }
        }
        return -1;
    }

    private void refresh() {
        List<Lane> now = new ArrayList<>();
        now.add(new Lane(Annotator.GOLD_ID, names.apply(Annotator.GOLD_ID)));
        inReview().stream().map(id -> new Lane(id, names.apply(id)))
                .sorted(Comparator.comparing(Lane::name)).forEach(now::add);
        if (!now.equals(lanes)) {
            lanes.setAll(now);
        }
        recount();
    }

    private void recount() {
        if (!active.get()) {
            // Counted only while the view is on, where they are shown and their commands offered: off, every tag
            // on a long article would count its thousands of annotations twice for nothing.
            return;
        }
        Set<Key> agreed = new HashSet<>();
        Set<Key> disagreed = new HashSet<>();
        Set<Key> agreedKeys = agreedKeys();
        for (Annotation annotation : open()) {
            (agreedKeys.contains(Key.of(annotation)) ? agreed : disagreed).add(Key.of(annotation));
        }
        agreedLeft.set(agreed.size());
        disagreementsLeft.set(disagreed.size());
    }

    private Set<Long> inReview() {
        Set<Long> ids = new HashSet<>();
        for (LayerState layer : session.layerStates()) {
            if (layer.state() == WorkflowState.IN_REVIEW && layer.annotatorId() != Annotator.GOLD_ID) {
                ids.add(layer.annotatorId());
            }
        }
        return ids;
    }

    /** The annotations of layers in review with no decision that stands. */
    private List<Annotation> open() {
        Set<Long> reviewed = inReview();
        return session.annotations().stream().filter(annotation -> reviewed.contains(annotation.annotatorId())
                && !ReviewDecision.stands(session.decisions().get(annotation.id()), annotation)).toList();
    }

    /** What every layer in review marked alike; with fewer than two layers, nobody agrees with anybody. */
    private Set<Key> agreedKeys() {
        Set<Long> reviewed = inReview();
        Map<Key, Set<Long>> holders = new HashMap<>();
        for (Annotation annotation : session.annotations()) {
            if (reviewed.contains(annotation.annotatorId())) {
                holders.computeIfAbsent(Key.of(annotation), key -> new HashSet<>()).add(annotation.annotatorId());
            }
        }
        Set<Key> agreed = new HashSet<>();
        holders.forEach((key, who) -> {
            if (reviewed.size() >= 2 && who.containsAll(reviewed)) {
                agreed.add(key);
            }
        });
        return agreed;
    }

    /** One key: every span all layers in review marked alike goes into gold, as one undoable step. */
    public void acceptAllAgreed() {
        Set<Key> agreed = agreedKeys();
        List<Decide> accepts = open().stream().filter(annotation -> agreed.contains(Key.of(annotation)))
                .map(annotation -> new Decide(annotation, ReviewStatus.ACCEPTED, "")).toList();
        if (accepts.isEmpty()) {
            session.hint("hint.noneAgreed");
        } else if (session.execute(new DecideAll(accepts, "edit.acceptAgreed"))) {
            session.hint("hint.agreedAccepted", accepts.size());
        }
    }

    public void nextDisagreement() {
        step(1);
    }

    public void previousDisagreement() {
        step(-1);
    }

    /** Selects the next (or previous) undecided annotation that not every layer has, wrapping around. */
    private void step(int direction) {
        Set<Key> agreed = agreedKeys();
        Set<Long> open = new HashSet<>();
        open().forEach(annotation -> open.add(annotation.id()));
        select(direction, annotation -> open.contains(annotation.id()) && !agreed.contains(Key.of(annotation)),
                "hint.noDisagreement");
    }

    /** Selects the next version of the selected disagreement: another layer's span of its label over its words. */
    public void nextVersion() {
        Annotation chosen = session.selectedProperty().get();
        if (chosen == null) {
            session.hint("hint.selectAnnotation");
            return;
        }
        Set<Long> reviewed = inReview();
        select(1, annotation -> reviewed.contains(annotation.annotatorId()) && rivals(chosen, annotation),
                "hint.noOtherVersion");
    }

    private void select(int direction, Predicate<Annotation> wanted, String noneKey) {
        List<Annotation> all = session.annotations();
        int size = all.size();
        int position = all.indexOf(session.selectedProperty().get());
        if (position < 0) {
            position = direction > 0 ? -1 : size;
        }
        for (int step = 1; step <= size; step++) {
            Annotation annotation = all.get(Math.floorMod(position + direction * step, size));
            if (session.isShown(annotation) && wanted.test(annotation)) {
                session.linkingProperty().set(false);
                session.selectAnnotation(annotation);
                return;
            }
        }
        session.hint(noneKey);
    }

    /**
     * Chooses the selected annotation's version: it goes into gold (with every layer's identical one) and the
     * other layers' versions, spans of the same label over the same words, are rejected; one undoable step.
     */
    public void chooseSelected() {
        Annotation chosen = session.selectedProperty().get();
        if (chosen == null || !inReview().contains(chosen.annotatorId())) {
            session.hint(chosen == null ? "hint.selectAnnotation" : "hint.chooseInReview");
            return;
        }
        List<Decide> decisions = new ArrayList<>();
        String reason = session.message("adjudication.otherVersionChosen");
        for (Annotation annotation : open()) {
            if (Key.of(annotation).equals(Key.of(chosen))) {
                decisions.add(new Decide(annotation, ReviewStatus.ACCEPTED, ""));
            } else if (rivals(chosen, annotation)) {
                decisions.add(new Decide(annotation, ReviewStatus.REJECTED, reason));
            }
        }
        if (decisions.isEmpty()) {
            session.hint("hint.alreadyDecided");
        } else if (session.execute(new DecideAll(decisions, "edit.chooseVersion"))) {
            session.hintProperty().set("");
            nextDisagreement();
        }
    }

    /** Two versions of one answer: the same label over overlapping words, differing in span or subtype. */
    private static boolean rivals(Annotation one, Annotation other) {
        return one.id() != other.id() && one.label().equals(other.label()) && one.span().overlaps(other.span())
                && !(one.span().equals(other.span()) && Objects.equals(one.subtype(), other.subtype()));
    }
}

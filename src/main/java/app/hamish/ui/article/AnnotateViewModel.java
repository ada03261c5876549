package app.hamish.ui.article;

import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.Provenance;
import app.hamish.model.ReviewStatus;
import app.hamish.model.Span;
import app.hamish.ui.session.ArticleSession;
import app.hamish.ui.session.ChangeAnnotation;
import app.hamish.ui.session.CreateAnnotation;
import app.hamish.ui.session.Decide;
import app.hamish.ui.session.DeleteAnnotation;
import app.hamish.ui.session.Link;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the analyst does to the open article's text: select, tag, relabel, move a boundary, note, link, delete.
 * Offsets are code points, as stored; the view converts at its edge. Every change is an edit the session commits
 * and can undo.
 */
public final class AnnotateViewModel {
    /** Which end of the selected annotation a boundary key moves. */
    public enum Boundary { START, END }

    private final ArticleSession session;

    public AnnotateViewModel(ArticleSession session) {
        this.session = session;
    }

    public ArticleSession session() {
        return session;
    }

    public List<Label> labels() {
        return session.labels();
    }

    public boolean isRightToLeft() {
        return session.isRightToLeft();
    }

    /**
     * Selects what the user dragged over (either direction), in code points. Unless {@code exact}, the selection
     * grows to whole words and loses surrounding spaces and punctuation.
     */
    public void select(int anchor, int focus, boolean exact) {
        Article current = session.article();
        if (current == null) {
            return;
        }
        int start = Math.min(anchor, focus);
        int end = Math.max(anchor, focus);
        if (end <= start) {
            session.selectText(null);
            return;
        }
        Span dragged = new Span(start, end);
        session.selectText(exact ? dragged : current.text().snapToWords(dragged).orElse(null));
    }

    /** Selects the word at a code-point offset (a double click), or nothing where there is no word. */
    public void selectWordAt(int offset) {
        Article current = session.article();
        if (current != null) {
            session.selectText(current.text().wordAt(offset).orElse(null));
        }
    }

    public void clearSelection() {
        session.clearSelection();
    }

    /** The annotation drawn at a code-point offset; the shortest wins where several overlap. */
    public Optional<Annotation> annotationAt(int offset) {
        Article current = session.article();
        if (current == null || offset < 0 || offset >= current.text().codePointLength()) {
            return Optional.empty();
        }
        return session.annotations().stream().filter(session::isShown)
                .filter(annotation -> annotation.span().start() <= offset && offset < annotation.span().end())
                .min(Comparator.comparingInt(annotation -> annotation.span().length()));
    }

    /** Clicking a highlight selects its annotation, or completes a link when one is being made. */
    public void click(Annotation annotation) {
        Annotation chosen = session.selectedProperty().get();
        if (session.linkingProperty().get() && chosen != null && annotation != null) {
            session.linkingProperty().set(false);
            if (session.execute(new Link(chosen, annotation))) {
                session.hint("hint.linked");
            }
            return;
        }
        // Clicking anything but a highlight ends linking: a later click must not link by surprise.
        session.linkingProperty().set(false);
        session.selectAnnotation(annotation);
    }

    /** Creates an annotation on the selection; with no selection but a selected annotation, relabels it. */
    public void annotate(String label, String subtype) {
        Article current = session.article();
        if (current == null) {
            return;
        }
        session.linkingProperty().set(false);
        Span span = session.selectionProperty().get();
        if (span == null) {
            Annotation chosen = session.selectedProperty().get();
            boolean sameLabel = chosen != null && chosen.label().equals(label);
            if (chosen != null && (!sameLabel || subtype != null)) {
                // With an annotation selected, a label key relabels it (or sets the entity's subtype).
                change(chosen, target -> ChangeAnnotation.label(target, label, subtype));
            } else {
                session.hint("hint.selectFirst");
            }
            return;
        }
        session.acting().ifPresent(me -> create(new NewAnnotation(current.id(), me.id(), span, label, subtype, "",
                Provenance.MANUAL)));
    }

    private void create(NewAnnotation request) {
        CreateAnnotation edit = new CreateAnnotation(request);
        session.execute(edit, () -> {
            session.selectAnnotation(edit.created());
            session.hintProperty().set("");
        });
    }

    public void deleteSelected() {
        Annotation chosen = session.selectedProperty().get();
        if (chosen == null) {
            session.hint("hint.selectAnnotation");
            return;
        }
        session.execute(new DeleteAnnotation(chosen), () -> { });
    }

    /** Moves one boundary of the selected annotation by {@code delta} characters (code points). */
    public void moveBoundary(Boundary boundary, int delta) {
        Annotation chosen = session.selectedProperty().get();
        if (chosen == null) {
            session.hint("hint.selectAnnotation");
            return;
        }
        int start = chosen.span().start() + (boundary == Boundary.START ? delta : 0);
        int end = chosen.span().end() + (boundary == Boundary.END ? delta : 0);
        if (start < 0 || end <= start || end > session.article().text().codePointLength()) {
            session.hint("hint.boundary");
            return;
        }
        change(chosen, target -> ChangeAnnotation.span(target, new Span(start, end)));
    }

    public void setNote(String note) {
        Annotation chosen = session.selectedProperty().get();
        if (chosen != null && !chosen.note().equals(note)) {
            change(chosen, target -> ChangeAnnotation.note(target, note));
        }
    }

    public void setLabel(String label, String subtype) {
        Annotation chosen = session.selectedProperty().get();
        if (chosen != null) {
            change(chosen, target -> ChangeAnnotation.label(target, label, subtype));
        }
    }

    /**
     * Changes the chosen annotation; a reviewer's change to an annotator's annotation changes its gold copy instead
     * (decision 0027), accepting it into gold first if it is not there yet, and selects the copy, so the next key
     * keeps editing it.
     */
    private void change(Annotation chosen, Function<Annotation, ChangeAnnotation> edit) {
        Annotation target = chosen;
        Optional<Annotator> me = session.acting();
        if (me.isEmpty()) {
            return;
        }
        if (chosen.annotatorId() != Annotator.GOLD_ID && chosen.annotatorId() != me.get().id()
                && me.get().role() == Annotator.Role.REVIEWER) {
            target = goldCopy(chosen);
            if (target == null) {
                return;
            }
            session.selectAnnotation(target);
        }
        if (session.execute(edit.apply(target))) {
            session.hintProperty().set("");
        }
    }

    private Annotation goldCopy(Annotation original) {
        Annotation copy = session.goldCopyOf(original);
        if (copy == null && session.execute(new Decide(original, ReviewStatus.ACCEPTED, ""))) {
            copy = session.goldCopyOf(original);
        }
        return copy;
    }

    /** Starts linking the selected claim to its source: the next click on a highlight names the source. */
    public void beginLink() {
        if (session.selectedProperty().get() == null) {
            session.hint("hint.selectAnnotation");
            return;
        }
        session.linkingProperty().set(true);
        session.hint("hint.linking");
    }
}

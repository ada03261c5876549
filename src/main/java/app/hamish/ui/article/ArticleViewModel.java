package app.hamish.ui.article;

import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.DeletedAnnotation;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.Provenance;
import app.hamish.model.Relation;
import app.hamish.model.ReviewDecision;
import app.hamish.model.Span;
import app.hamish.model.Suggestion;
import app.hamish.model.Words;
import app.hamish.service.AnnotationService;
import app.hamish.service.RefusedException;
import app.hamish.service.ReviewService;
import app.hamish.store.ConflictException;
import app.hamish.store.StoreException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;
import javafx.scene.control.IndexRange;

/**
 * The open article and everything the analyst does to it. Each action commits through the service before the
 * lists here change, so what is shown is always what is stored; a refused or failed action changes nothing and
 * says why in {@link #hintProperty()}.
 */
public final class ArticleViewModel {
    /** Which end of the selected annotation a boundary key moves. */
    public enum Boundary { START, END }

    /** Whether everything shown is committed. */
    public enum SaveState { SAVED, FAILED }

    static final IndexRange NO_SELECTION = new IndexRange(0, 0);

    private final AnnotationService service;
    private final ReviewService review;
    private final Supplier<Annotator> annotator;
    private final ResourceBundle messages;
    private final ObjectProperty<Article> article = new SimpleObjectProperty<>();
    private final ObservableList<Annotation> annotations = FXCollections.observableArrayList();
    private final ObservableList<Relation> relations = FXCollections.observableArrayList();
    private final ObservableMap<Long, ReviewDecision> decisions = FXCollections.observableHashMap();
    private final ObservableSet<Long> hiddenLayers = FXCollections.observableSet();
    private final ObjectProperty<IndexRange> selection = new SimpleObjectProperty<>(NO_SELECTION);
    private final ObjectProperty<Annotation> selected = new SimpleObjectProperty<>();
    private final StringProperty hint = new SimpleStringProperty("");
    private final ObjectProperty<SaveState> saveState = new SimpleObjectProperty<>(SaveState.SAVED);
    private final BooleanProperty linking = new SimpleBooleanProperty();
    private final UndoHistory history = new UndoHistory();

    UndoHistory history() {
        return history;
    }

    void hint(String key) {
        hint.set(messages.getString(key));
    }

    String message(String key) {
        return messages.getString(key);
    }

    public ArticleViewModel(AnnotationService service, ReviewService review, Supplier<Annotator> annotator,
                            ResourceBundle messages) {
        this.service = service;
        this.review = review;
        this.annotator = annotator;
        this.messages = messages;
    }

    public void open(Article opened) {
        article.set(opened);
        selection.set(NO_SELECTION);
        selected.set(null);
        linking.set(false);
        history.clear();
        hint.set("");
        hiddenLayers.clear();
        annotations.setAll(opened == null ? List.of() : service.ofArticle(opened.id()));
        relations.setAll(opened == null ? List.of() : service.relations(opened.id()));
        refreshDecisions();
    }

    public ObjectProperty<Article> articleProperty() {
        return article;
    }

    public ObservableList<Annotation> annotations() {
        return annotations;
    }

    public ObservableList<Relation> relations() {
        return relations;
    }

    /** Review decisions on the open article's annotations, by annotation id. */
    public ObservableMap<Long, ReviewDecision> decisions() {
        return decisions;
    }

    /** Annotators whose layer the user has switched off; their highlights are not drawn or clickable. */
    public ObservableSet<Long> hiddenLayers() {
        return hiddenLayers;
    }

    public boolean isShown(Annotation annotation) {
        return !hiddenLayers.contains(annotation.annotatorId());
    }

    Annotator actor() {
        return annotator.get();
    }

    ReviewService review() {
        return review;
    }

    void refreshDecisions() {
        Article current = article.get();
        Map<Long, ReviewDecision> now = current == null ? Map.of() : review.decisions(current.id());
        decisions.keySet().retainAll(now.keySet());
        decisions.putAll(now);
    }

    /** The text selection in UTF-16 offsets of the article, as the view reports it. */
    public ObjectProperty<IndexRange> selectionProperty() {
        return selection;
    }

    public ObjectProperty<Annotation> selectedProperty() {
        return selected;
    }

    public StringProperty hintProperty() {
        return hint;
    }

    public ObjectProperty<SaveState> saveStateProperty() {
        return saveState;
    }

    public BooleanProperty linkingProperty() {
        return linking;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return history.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return history.canRedoProperty();
    }

    public boolean isRightToLeft() {
        Article current = article.get();
        return current == null || current.direction() == app.hamish.model.ScriptDirection.RTL;
    }

    public List<Label> labels() {
        return service.labels();
    }

    /**
     * Selects what the user dragged over (either direction). Unless {@code exact}, the selection grows to whole
     * words and loses surrounding spaces and punctuation.
     */
    public void select(int anchor, int focus, boolean exact) {
        Article current = article.get();
        if (current == null) {
            return;
        }
        linking.set(false);
        String text = current.text().value();
        // Never between the two halves of an emoji or other supplementary character.
        int start = outsidePair(text, Math.min(anchor, focus));
        int end = outsidePair(text, Math.max(anchor, focus));
        if (!exact && end > start) {
            int[] snapped = Words.snap(current.text().value(), start, end);
            start = snapped == null ? 0 : snapped[0];
            end = snapped == null ? 0 : snapped[1];
        }
        selection.set(new IndexRange(start, end));
        selected.set(null);
    }

    private static int outsidePair(String text, int index) {
        return index > 0 && index < text.length() && Character.isLowSurrogate(text.charAt(index))
                && Character.isHighSurrogate(text.charAt(index - 1)) ? index - 1 : index;
    }

    public void selectWordAt(int index) {
        Article current = article.get();
        if (current == null) {
            return;
        }
        int[] word = Words.wordAt(current.text().value(), index);
        selection.set(word == null ? NO_SELECTION : new IndexRange(word[0], word[1]));
        selected.set(null);
    }

    public void clearSelection() {
        selection.set(NO_SELECTION);
        selected.set(null);
        linking.set(false);
    }

    /** The annotation drawn at a UTF-16 offset; the shortest wins where several overlap. */
    public Optional<Annotation> annotationAt(int index) {
        Article current = article.get();
        if (current == null || index < 0 || index >= current.text().value().length()) {
            return Optional.empty();
        }
        int codePoint = current.text().toCodePoints(index);
        return annotations.stream().filter(this::isShown)
                .filter(annotation -> annotation.span().start() <= codePoint && codePoint < annotation.span().end())
                .min(Comparator.comparingInt(annotation -> annotation.span().length()));
    }

    /** Clicking a highlight selects its annotation, or completes a link when one is being made. */
    public void click(Annotation annotation) {
        if (linking.get() && selected.get() != null && annotation != null) {
            link(selected.get(), annotation);
            return;
        }
        // Clicking anything but a highlight ends linking: a later click must not link by surprise.
        linking.set(false);
        selection.set(NO_SELECTION);
        selected.set(annotation);
    }

    /** Creates an annotation on the selection; with no selection but a selected entity, sets its subtype. */
    public void annotate(String label, String subtype) {
        Article current = article.get();
        IndexRange range = selection.get();
        if (current == null) {
            return;
        }
        linking.set(false);
        if (range.getLength() == 0) {
            Annotation chosen = selected.get();
            boolean sameLabel = chosen != null && chosen.label().equals(label);
            if (chosen != null && (!sameLabel || subtype != null)) {
                // With an annotation selected, a label key relabels it (or sets the entity's subtype).
                change(chosen, chosen.span(), label, subtype, chosen.note());
            } else {
                hint.set(messages.getString("hint.selectFirst"));
            }
            return;
        }
        Span span = current.text().spanFromUtf16(range.getStart(), range.getEnd());
        create(new NewAnnotation(current.id(), annotator.get().id(), span, label, subtype, "", Provenance.MANUAL));
    }

    /** Accepts a suggestion: it becomes the analyst's annotation, undoable like one they made themselves. */
    public void accept(Suggestion suggestion) {
        create(suggestion.toAnnotation(annotator.get().id()));
    }

    private void create(NewAnnotation request) {
        commit(() -> {
            Annotation created = service.create(request);
            Holder<Annotation> live = new Holder<>(created);
            Holder<DeletedAnnotation> removed = new Holder<>(null);
            history.done(new UndoHistory.Edit() {
                @Override
                public void undo() {
                    removed.value = service.delete(live.value.id(), annotator.get());
                    forget(live.value);
                }

                @Override
                public void redo() {
                    service.restore(removed.value, annotator.get());
                    remember(removed.value.annotation());
                    relations.addAll(removed.value.relations());
                }
            });
            remember(created);
            selection.set(NO_SELECTION);
            selected.set(created);
            hint.set("");
        });
    }

    public void deleteSelected() {
        Annotation chosen = selected.get();
        if (chosen == null) {
            hint.set(messages.getString("hint.selectAnnotation"));
            return;
        }
        commit(() -> {
            DeletedAnnotation deleted = service.delete(chosen.id(), annotator.get());
            forget(chosen);
            history.done(new UndoHistory.Edit() {
                @Override
                public void undo() {
                    service.restore(deleted, annotator.get());
                    remember(deleted.annotation());
                    relations.addAll(deleted.relations());
                }

                @Override
                public void redo() {
                    service.delete(deleted.annotation().id(), annotator.get());
                    forget(deleted.annotation());
                }
            });
            selected.set(null);
        });
    }

    /** Moves one boundary of the selected annotation by {@code delta} characters (code points). */
    public void moveBoundary(Boundary boundary, int delta) {
        Annotation chosen = selected.get();
        if (chosen == null) {
            hint.set(messages.getString("hint.selectAnnotation"));
            return;
        }
        int start = chosen.span().start() + (boundary == Boundary.START ? delta : 0);
        int end = chosen.span().end() + (boundary == Boundary.END ? delta : 0);
        if (start < 0 || end <= start || end > article.get().text().codePointLength()) {
            hint.set(messages.getString("hint.boundary"));
            return;
        }
        change(chosen, new Span(start, end), chosen.label(), chosen.subtype(), chosen.note());
    }

    public void setNote(String note) {
        Annotation chosen = selected.get();
        if (chosen != null && !chosen.note().equals(note)) {
            change(chosen, chosen.span(), chosen.label(), chosen.subtype(), note);
        }
    }

    public void setLabel(String label, String subtype) {
        Annotation chosen = selected.get();
        if (chosen != null) {
            change(chosen, chosen.span(), label, subtype, chosen.note());
        }
    }

    /**
     * Commits an edit. A reviewer's edit during review also accepts the annotation, so its undo puts the previous
     * decision back too.
     */
    private void change(Annotation before, Span span, String label, String subtype, String note) {
        commit(() -> {
            ReviewDecision decisionBefore = decisions.get(before.id());
            Annotation after = service.update(new Annotation(before.id(), before.articleId(), before.annotatorId(),
                    span, label, subtype, note, before.provenance(), before.created(), before.updated()),
                    annotator.get());
            replace(before, after);
            refreshDecisions();
            ReviewDecision decisionAfter = decisions.get(before.id());
            history.done(new UndoHistory.Edit() {
                @Override
                public void undo() {
                    replace(after, service.revert(before, annotator.get()));
                    restoreDecision(before.id(), decisionAfter, decisionBefore);
                }

                @Override
                public void redo() {
                    replace(before, service.revert(after, annotator.get()));
                    restoreDecision(before.id(), decisionBefore, decisionAfter);
                }
            });
            hint.set("");
        });
    }

    /** Brings an annotation's decision from {@code current} back to {@code wanted} (either may be null). */
    void restoreDecision(long annotationId, ReviewDecision current, ReviewDecision wanted) {
        if (java.util.Objects.equals(current, wanted)) {
            return;
        }
        if (wanted == null) {
            review.withdraw(annotationId, annotator.get());
        } else {
            review.reinstate(wanted, annotator.get());
        }
    }

    /** Starts linking the selected claim to its source: the next click on a highlight names the source. */
    public void beginLink() {
        Annotation chosen = selected.get();
        if (chosen == null) {
            hint.set(messages.getString("hint.selectAnnotation"));
            return;
        }
        linking.set(true);
        hint.set(messages.getString("hint.linking"));
    }

    private void link(Annotation from, Annotation to) {
        linking.set(false);
        commit(() -> {
            Relation relation = service.link(from.id(), to.id(), Relation.ATTRIBUTED_TO, annotator.get());
            relations.add(relation);
            history.done(new UndoHistory.Edit() {
                @Override
                public void undo() {
                    service.unlink(relation, annotator.get());
                    relations.remove(relation);
                }

                @Override
                public void redo() {
                    service.relink(relation, annotator.get());
                    relations.add(relation);
                }
            });
            hint.set(messages.getString("hint.linked"));
        });
    }

    public void undo() {
        commit(() -> {
            if (!history.undo()) {
                hint.set(messages.getString("hint.nothingToUndo"));
            }
            selected.set(null);
        });
    }

    public void redo() {
        commit(() -> {
            if (!history.redo()) {
                hint.set(messages.getString("hint.nothingToRedo"));
            }
            selected.set(null);
        });
    }

    void commit(Runnable action) {
        try {
            action.run();
            refreshDecisions();
            saveState.set(SaveState.SAVED);
        } catch (RefusedException e) {
            // Refused, not failed: the workspace is as it was and saved.
            hint.set(Refusals.describe(e, messages));
        } catch (ConflictException e) {
            hint.set(e.getMessage());
        } catch (StoreException e) {
            saveState.set(SaveState.FAILED);
            hint.set(e.getMessage());
        }
    }

    private void remember(Annotation annotation) {
        int index = 0;
        while (index < annotations.size() && annotations.get(index).span().compareTo(annotation.span()) <= 0) {
            index++;
        }
        annotations.add(index, annotation);
    }

    private void forget(Annotation annotation) {
        annotations.removeIf(candidate -> candidate.id() == annotation.id());
        relations.removeIf(relation -> relation.fromAnnotationId() == annotation.id()
                || relation.toAnnotationId() == annotation.id());
        if (selected.get() != null && selected.get().id() == annotation.id()) {
            selected.set(null);
        }
    }

    private void replace(Annotation before, Annotation after) {
        annotations.removeIf(candidate -> candidate.id() == before.id());
        remember(after);
        if (selected.get() != null && selected.get().id() == before.id()) {
            selected.set(after);
        }
    }

    /** A mutable slot an edit's undo and redo share. */
    private static final class Holder<T> {
        private T value;

        Holder(T value) {
            this.value = value;
        }
    }
}

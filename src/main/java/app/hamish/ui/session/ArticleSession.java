package app.hamish.ui.session;

import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.Label;
import app.hamish.model.LayerState;
import app.hamish.model.Relation;
import app.hamish.model.ReviewDecision;
import app.hamish.model.ScriptDirection;
import app.hamish.model.Span;
import app.hamish.model.WorkflowState;
import app.hamish.model.WorkflowTransition;
import app.hamish.service.AnnotationService;
import app.hamish.service.Refusal;
import app.hamish.service.RefusedException;
import app.hamish.service.ReviewService;
import app.hamish.service.Workspace;
import app.hamish.store.ConflictException;
import app.hamish.store.StoreException;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * The open article as the analyst works on it: the article, its annotations, relations, review decisions and
 * layer states as stored, what is selected (in code points, the unit Hamish stores), the hint line and whether
 * everything shown is saved. It changes only by {@link #execute(Change)}, which commits through the services
 * first, so what is shown is always what is stored; and by {@link #reload()}, where changes made elsewhere (another
 * window, a merge, later another person) arrive. A refused or failed change leaves everything as it was and says
 * why in the hint.
 *
 * <p>The session outlives the views drawn on it: switching the interface's language keeps it, and its undo.
 */
public final class ArticleSession {
    /** Up to this many annotations changed elsewhere are shown one by one; more are shown as a new list. */
    private static final int FEW_DIFFERENCES = 64;
    /** Where only a reviewer's move takes a layer: in review, returned, signed off. */
    private static final Set<WorkflowState> REVIEWERS_STATES = Arrays.stream(WorkflowTransition.values())
            .filter(WorkflowTransition::byReviewer).map(WorkflowTransition::to).collect(Collectors.toUnmodifiableSet());
    private final Workspace workspace;
    private final Executor transactions;
    /** The thread the session's own transactions run on, stopped when it closes; null when given another. */
    private final CommitThread ownThread;
    private final Actor actor;
    private ResourceBundle messages;
    private final ObjectProperty<Article> article = new SimpleObjectProperty<>();
    private final ObservableList<Annotation> annotations = FXCollections.observableArrayList();
    /** Each shown annotation by id, following the list: an annotation's place is found without walking thousands. */
    private final Map<Long, Annotation> shownById = new HashMap<>();
    private final ObservableList<Relation> relations = FXCollections.observableArrayList();
    /** Changed in place, and said once per commit with the annotations it concerns (decision 0034). */
    private final Map<Long, ReviewDecision> decisions = new HashMap<>();
    private final Map<Long, ReviewDecision> decisionsShown = Collections.unmodifiableMap(decisions);
    private final ReadOnlyObjectWrapper<DecisionsChanged> decisionsChanged =
            new ReadOnlyObjectWrapper<>(DecisionsChanged.NONE);
    private final ObservableList<LayerState> layerStates = FXCollections.observableArrayList();
    private final ObservableSet<Long> hiddenLayers = FXCollections.observableSet();
    private final ObjectProperty<Span> selection = new SimpleObjectProperty<>();
    private final ObjectProperty<Annotation> selected = new SimpleObjectProperty<>();
    private final BooleanProperty linking = new SimpleBooleanProperty();
    private final StringProperty hint = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<SaveState> saveState = new ReadOnlyObjectWrapper<>(SaveState.SAVED);
    private final ReadOnlyLongWrapper changes = new ReadOnlyLongWrapper();
    private final UndoHistory history = new UndoHistory(this::nameOf);
    private final EditContext context = new EditContext(this);
    private final WaitingEdits waiting = new WaitingEdits();
    /** Undo and redo are offered while an edit waits: they are run after it, and may then apply to it. */
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    /** What the save state was before edits began to wait, shown again if none of them commits. */
    private SaveState beforeWaiting = SaveState.SAVED;

    /** @param actor who acts: asked only when a change is made, so merely looking creates no annotator */
    public ArticleSession(Workspace workspace, Actor actor, ResourceBundle messages) {
        this(workspace, actor, messages, new CommitThread());
    }

    /**
     * @param transactions where a key's transaction runs while its saving look is drawn (decision 0085); one the
     *     caller gives is the caller's to stop
     */
    public ArticleSession(Workspace workspace, Actor actor, ResourceBundle messages,
                          Executor transactions) {
        this.workspace = workspace;
        this.transactions = transactions;
        this.ownThread = transactions instanceof CommitThread own ? own : null;
        this.actor = actor;
        this.messages = messages;
        annotations.addListener((ListChangeListener<Annotation>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(annotation -> shownById.remove(annotation.id(), annotation));
                change.getAddedSubList().forEach(annotation -> shownById.put(annotation.id(), annotation));
            }
        });
        canUndo.bind(history.canUndoProperty().or(waiting.waitingProperty()));
        canRedo.bind(history.canRedoProperty().or(waiting.waitingProperty()));
        waiting.waitingProperty().subscribe(this::waitingChanged);
    }

    /** Saving while an edit waits for its commit; after, as its commit (or refusal) left it. */
    private void waitingChanged(boolean now) {
        if (now) {
            beforeWaiting = saveState.get();
            saveState.set(SaveState.SAVING);
        } else if (saveState.get() == SaveState.SAVING) {
            saveState.set(beforeWaiting);
        }
    }

    /**
     * Ends the session as its window closes: a key's edit still waiting is committed first, then the thread the
     * keys' transactions ran on stops, so that none is left running.
     */
    public void close() {
        waiting.settle();
        if (ownThread != null) {
            ownThread.stop();
        }
    }

    /** Opens an article (or none): a fresh start, without the previous article's selection or undo. */
    public void open(Article opened) {
        // An edit still waiting for its frame was made on the article open now: it is committed there first.
        waiting.settle();
        // Nothing of the article left may be drawn against the new one's text, where its offsets may not exist.
        clearSelection();
        annotations.clear();
        relations.clear();
        showDecisions(Map.of(), Set.copyOf(decisions.keySet()));
        article.set(opened);
        history.clear();
        hint.set("");
        hiddenLayers.clear();
        if (opened != null) {
            annotationService().annotating(opened);
        }
        try {
            annotations.setAll(opened == null ? List.of() : annotationService().ofArticle(opened.id()));
            relations.setAll(opened == null ? List.of() : annotationService().relations(opened.id()));
            refreshReview(null);
        } finally {
            // A read that fails half-way (a lost server) still leaves what it showed followed by those drawing on it.
            changed();
        }
    }

    /**
     * Shows the open article as the workspace now holds it, after a change made elsewhere. Undo is kept: each
     * step commits its own inverse, and one that no longer applies is refused like any other change.
     */
    public void reload() {
        // A waiting edit was asked for on what is shown now: it is committed (or refused) before that changes.
        waiting.settle();
        Article current = article.get();
        if (current == null) {
            return;
        }
        try {
            List<Annotation> now = annotationService().ofArticle(current.id());
            if (!now.equals(annotations)) {
                showDifferences(now);
            }
            List<Relation> linked = annotationService().relations(current.id());
            if (!linked.equals(relations)) {
                relations.setAll(linked);
            }
            Annotation chosen = selected.get();
            if (chosen != null) {
                selected.set(now.stream().filter(annotation -> annotation.id() == chosen.id()).findFirst()
                        .orElse(null));
            }
            Optional<LayerState> ownBefore = ownLayer();
            refreshReview(null);
            sayWhatBecameOfOwnLayer(ownBefore);
            // Everything shown is now as stored, including after a save whose outcome a lost connection hid.
            saveState.set(SaveState.SAVED);
        } finally {
            // A colleague's annotations shown before a later read failed are followed all the same (suggestions).
            changed();
        }
    }

    /**
     * A reviewer's move on the user's own layer, made elsewhere, replaces the hint: the hint of the user's own last
     * move ("read-only until a reviewer returns it") would otherwise go on saying the opposite.
     */
    private void sayWhatBecameOfOwnLayer(Optional<LayerState> before) {
        ownLayer().filter(now -> REVIEWERS_STATES.contains(now.state())
                        && before.map(layer -> layer.state() != now.state()).orElse(true))
                .ifPresent(now -> hint("hint.ownLayer." + now.state().code(), now.comment()));
    }

    private Optional<LayerState> ownLayer() {
        // A user the workspace does not hold yet has no layer; asking who acts would write them into it.
        return actor.known().flatMap(me -> layerStates.stream().filter(layer -> layer.annotatorId() == me.id())
                .findFirst());
    }

    /**
     * Commits a change, as one transaction however many writes it makes, and, if it is an edit, remembers it for
     * undo. The lists here change only after the commit.
     *
     * @return whether it was committed; if not, the hint says why
     */
    public boolean execute(Change change) {
        boolean committed = commit(() -> change.apply(context));
        if (committed && change instanceof Edit edit) {
            history.done(edit);
        }
        return committed;
    }

    /**
     * Commits a change as {@link #execute(Change)} does, then runs {@code committed} if it was. A key's change shown
     * as saving ({@link WaitingEdits#runAhead}) begins its transaction at once, beside the FX thread drawing the saving
     * look, and is shown committed (then {@code committed} runs) after that frame, in the order of the keys: its
     * fsyncs overlap the frame instead of following it (decision 0085). Nothing of it is shown before it committed.
     */
    public void execute(Change change, Runnable committed) {
        if (!waiting.isBeginning()) {
            if (execute(change)) {
                committed.run();
            }
            return;
        }
        if (waiting.hasBegun()) {
            waiting.afterTheFrame(() -> execute(change, committed));
            return;
        }
        Article in = article();
        // Asked here, on the FX thread, not by the transaction's: the window makes its annotator once, on first asking.
        if (acting().isEmpty()) {
            return;
        }
        CompletableFuture<Void> transaction =
                CompletableFuture.runAsync(() -> workspace.atomicallyIn(in.id(), () -> change.apply(context)),
                        transactions);
        waiting.afterTheFrame(() -> {
            if (show(() -> awaitCommitted(transaction))) {
                if (change instanceof Edit edit) {
                    history.done(edit);
                }
                committed.run();
            }
        });
    }

    /** Waits for a transaction begun beside the FX thread: what it threw is thrown here, as if it ran here. */
    private static void awaitCommitted(CompletableFuture<Void> transaction) {
        try {
            transaction.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /**
     * Undoes the last edit, after any edit waiting for its frame: an undo right after a tag undoes that tag. Alone,
     * it first shows what it will change as saving, as a tag does, and commits after the frame showing that.
     */
    public void undo() {
        waiting.run(showing(history.nextUndo(), Edit::undoing), this::undoNow);
    }

    public void redo() {
        waiting.run(showing(history.nextRedo(), Edit::redoing), this::redoNow);
    }

    /**
     * What the undo or redo of {@code edit} will change, to show as saving; nothing behind a waiting edit, whose
     * commit decides what the step will then act on.
     */
    private List<Saving> showing(Edit edit, Function<Edit, List<Saving>> change) {
        return edit == null || waiting.isWaiting() ? List.of() : change.apply(edit);
    }

    private void undoNow() {
        Edit edit = history.nextUndo();
        if (edit == null) {
            hint("hint.nothingToUndo");
        } else if (commit(() -> edit.revert(context))) {
            history.undone();
        }
        selected.set(null);
    }

    private void redoNow() {
        Edit edit = history.nextRedo();
        if (edit == null) {
            hint("hint.nothingToRedo");
        } else if (commit(() -> edit.apply(context))) {
            history.redone();
        }
        selected.set(null);
    }

    private boolean commit(Runnable work) {
        // An undo or a key's edit still waiting for its frame was asked for first, on what was shown then; and a
        // commit begun beside the FX thread is shown first: the two never share the edit context at once.
        waiting.settle();
        return show(() -> workspace.atomicallyIn(article().id(), work));
    }

    /**
     * Shows what {@code transaction} committed, once it returned: the lists, the review, the save state; or, if it
     * was refused or failed, says why and leaves everything as it was.
     */
    private boolean show(Runnable transaction) {
        try {
            transaction.run();
        } catch (RefusedException e) {
            context.forgetRolledBack();
            // Refused, not failed: the workspace is as it was and saved.
            hint.set(e.describe(messages));
            if (e.refusal().filter(Refusal::saysChangedSince).isPresent()) {
                // Someone else's later change: show it, so the next edit is made on what is stored.
                reload();
            }
            return false;
        } catch (ConflictException e) {
            context.forgetRolledBack();
            hint.set(e.getMessage());
            // Refused because the workspace changed meanwhile (elsewhere, perhaps): show it as it now is.
            reloadAfterRefusal();
            return false;
        } catch (StoreException e) {
            context.forgetRolledBack();
            sayNotSaved(e);
            return false;
        } catch (RuntimeException | Error e) {
            // A fault, rolled back too: what it reported stored must not be shown by the next commit.
            context.forgetRolledBack();
            throw e;
        }
        Set<Long> touched = context.showCommitted();
        saveState.set(SaveState.SAVED);
        try {
            refreshReview(touched);
        } catch (StoreException e) {
            // The change is committed; only reading the decisions back failed, and the next change reads again.
            hint.set(e.getMessage());
        }
        changed();
        return true;
    }

    private void reloadAfterRefusal() {
        try {
            reload();
        } catch (StoreException e) {
            // The refusal stays in the hint; the next change or notice reads again.
            saveState.set(SaveState.FAILED);
        }
    }

    /**
     * Reads back the decisions and layer states. After an edit only the decisions on the annotations it touched
     * can have changed, so only those are read ({@code touched}); null reads the article's whole map.
     */
    private void refreshReview(Set<Long> touched) {
        Article current = article.get();
        if (touched == null) {
            Map<Long, ReviewDecision> stored = storedDecisions();
            Set<Long> ids = new HashSet<>(decisions.keySet());
            ids.addAll(stored.keySet());
            showDecisions(stored, ids);
        } else {
            Map<Long, ReviewDecision> stored = new HashMap<>();
            for (long annotationId : touched) {
                ReviewDecision decision = reviewService().decision(annotationId);
                if (decision != null) {
                    stored.put(annotationId, decision);
                }
            }
            showDecisions(stored, touched);
        }
        List<LayerState> states = current == null ? List.of() : reviewService().layers(current.id());
        if (!states.equals(layerStates)) {
            layerStates.setAll(states);
        }
    }

    /** Shows {@code stored} as the decisions on {@code ids}, and says which of them changed, if any did. */
    private void showDecisions(Map<Long, ReviewDecision> stored, Set<Long> ids) {
        Map<Long, ReviewDecision> before = new HashMap<>();
        for (long annotationId : ids) {
            ReviewDecision now = stored.get(annotationId);
            if (!Objects.equals(now, decisions.get(annotationId))) {
                before.put(annotationId, now == null ? decisions.remove(annotationId)
                        : decisions.put(annotationId, now));
            }
        }
        if (!before.isEmpty()) {
            decisionsChanged.set(new DecisionsChanged(before));
        }
    }

    private Map<Long, ReviewDecision> storedDecisions() {
        Article current = article.get();
        return current == null ? Map.of() : reviewService().decisions(current.id());
    }

    /** Every list above shows the change now: one signal for those that draw from several of them. */
    private void changed() {
        changes.set(changes.get() + 1);
    }

    /**
     * Brings the shown annotations to {@code stored}, changing only those that differ: a colleague's change or a
     * reviewer's accept alters one or two of thousands, and the view redraws only what each change touches
     * (decision 0029). Many differences, or an order the changes did not reproduce, are shown whole.
     */
    private void showDifferences(List<Annotation> stored) {
        Map<Long, Annotation> storedById = new HashMap<>();
        stored.forEach(annotation -> storedById.put(annotation.id(), annotation));
        Set<Annotation> shown = new HashSet<>(annotations);
        List<Annotation> gone = annotations.stream()
                .filter(annotation -> !annotation.equals(storedById.get(annotation.id()))).toList();
        List<Annotation> come = stored.stream().filter(annotation -> !shown.contains(annotation)).toList();
        if (gone.size() + come.size() > FEW_DIFFERENCES) {
            annotations.setAll(stored);
            return;
        }
        gone.forEach(annotation -> annotations.remove(indexOf(annotation.id())));
        come.forEach(this::show);
        if (!annotations.equals(stored)) {
            annotations.setAll(stored);
        }
    }

    void show(Annotation annotation) {
        int existing = indexOf(annotation.id());
        if (existing >= 0) {
            annotations.remove(existing);
        }
        // After every annotation whose span sorts before or with it; the list is in span order, so by halving.
        int low = 0;
        int high = annotations.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (annotations.get(mid).span().compareTo(annotation.span()) <= 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        annotations.add(low, annotation);
        if (selected.get() != null && selected.get().id() == annotation.id()) {
            selected.set(annotation);
        }
    }

    void forget(Annotation annotation) {
        // Unselected before its row goes: the table moved its selection to the row below as the row went, then
        // to none, restyling both rows and selecting twice on every Delete.
        if (selected.get() != null && selected.get().id() == annotation.id()) {
            selected.set(null);
        }
        int existing = indexOf(annotation.id());
        if (existing >= 0) {
            annotations.remove(existing);
        }
        relations.removeIf(relation -> relation.fromAnnotationId() == annotation.id()
                || relation.toAnnotationId() == annotation.id());
    }

    private int indexOf(long annotationId) {
        Annotation shown = shownById.get(annotationId);
        return shown == null ? -1 : positionOf(shown);
    }

    /**
     * Where an annotation (by its id) is in {@link #annotations()}, or -1: by halving, as the list is in span order,
     * then among the annotations with the same span.
     */
    public int positionOf(Annotation annotation) {
        Annotation shown = shownById.get(annotation.id());
        if (shown == null) {
            return -1;
        }
        for (int i = firstAt(shown.span()); i < annotations.size() && annotations.get(i).span().equals(shown.span());
             i++) {
            if (annotations.get(i).id() == shown.id()) {
                return i;
            }
        }
        return -1;
    }

    /** The place of the first annotation whose span sorts with or after {@code span}. */
    private int firstAt(Span span) {
        int low = 0;
        int high = annotations.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (annotations.get(mid).span().compareTo(span) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /**
     * Selects text (null: none); an annotation selected before is no longer, and linking ends. An edit waiting for
     * its frame is committed first, on the selection its key saw.
     */
    public void selectText(Span span) {
        waiting.settle();
        linking.set(false);
        selected.set(null);
        selection.set(span);
    }

    /** Selects an annotation; a text selection ends. An edit waiting for its frame is committed first. */
    public void selectAnnotation(Annotation annotation) {
        waiting.settle();
        selection.set(null);
        selected.set(annotation);
    }

    public void clearSelection() {
        linking.set(false);
        selection.set(null);
        selected.set(null);
    }

    /** Says something in the hint line, in the interface's language. */
    public void hint(String key, Object... arguments) {
        hint.set(arguments.length == 0 ? messages.getString(key)
                : MessageFormat.format(messages.getString(key), arguments));
    }

    public String message(String key) {
        return messages.getString(key);
    }

    /** The interface's language changed: hints from now on are in the new one. */
    public void useMessages(ResourceBundle chosen) {
        messages = chosen;
        history.renamed();
    }

    public ReadOnlyObjectProperty<Article> articleProperty() {
        return article;
    }

    public Article article() {
        return article.get();
    }

    public ObservableList<Annotation> annotations() {
        return annotations;
    }

    public ObservableList<Relation> relations() {
        return relations;
    }

    /** Review decisions on the open article's annotations, by annotation id, as shown now (not a copy). */
    public Map<Long, ReviewDecision> decisions() {
        return decisionsShown;
    }

    /** The last change of the decisions: which annotations' decisions changed, and what each was before. */
    public ReadOnlyObjectProperty<DecisionsChanged> decisionsChangedProperty() {
        return decisionsChanged.getReadOnlyProperty();
    }

    /** Each annotator's workflow state on the open article, as stored (layers never moved are not listed). */
    public ObservableList<LayerState> layerStates() {
        return layerStates;
    }

    /** Annotators whose layer the user has switched off; their highlights are not drawn or clickable. */
    public ObservableSet<Long> hiddenLayers() {
        return hiddenLayers;
    }

    public boolean isShown(Annotation annotation) {
        return !hiddenLayers.contains(annotation.annotatorId());
    }

    /** The selected text in code points of the article, or null. */
    public ObjectProperty<Span> selectionProperty() {
        return selection;
    }

    public ObjectProperty<Annotation> selectedProperty() {
        return selected;
    }

    /** Whether the next click on a highlight links the selected annotation to it. */
    public BooleanProperty linkingProperty() {
        return linking;
    }

    public StringProperty hintProperty() {
        return hint;
    }

    /**
     * Counts the changes shown: one per commit, reload or opened article, raised once every list of the session
     * shows it. What draws from several lists follows this, not each list, so that it redraws once per commit.
     */
    public ReadOnlyLongProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** The keys' edits waiting for the frame that shows them as saving (decision 0078). */
    public WaitingEdits waiting() {
        return waiting;
    }

    /** What Undo would undo, named in the interface's language ("" when nothing). */
    public ReadOnlyObjectProperty<String> undoNameProperty() {
        return history.undoNameProperty();
    }

    public ReadOnlyObjectProperty<String> redoNameProperty() {
        return history.redoNameProperty();
    }

    /** The gold layer's annotation with exactly this span, label and subtype, or null. */
    public Annotation goldCopyOf(Annotation original) {
        for (int i = firstAt(original.span()); i < annotations.size()
                && annotations.get(i).span().equals(original.span()); i++) {
            Annotation annotation = annotations.get(i);
            if (annotation.annotatorId() == Annotator.GOLD_ID && annotation.label().equals(original.label())
                    && Objects.equals(annotation.subtype(), original.subtype())) {
                return annotation;
            }
        }
        return null;
    }

    public boolean isRightToLeft() {
        Article current = article.get();
        return current == null || current.direction() == ScriptDirection.RTL;
    }

    public List<Label> labels() {
        return annotationService().labels();
    }

    public Annotator actor() {
        return actor.get();
    }

    /**
     * Who acts, written into the workspace with their first change; empty, and said so as a save that failed or was
     * refused, when the workspace cannot take that record now (a lost connection, a full disk): the change is then
     * not made, as one whose commit failed.
     */
    public Optional<Annotator> acting() {
        try {
            return Optional.of(actor.get());
        } catch (RefusedException e) {
            hint.set(e.describe(messages));
        } catch (StoreException e) {
            sayNotSaved(e);
        }
        return Optional.empty();
    }

    /** The workspace could not be written: what is shown stays as it was, marked not saved, with the reason. */
    private void sayNotSaved(StoreException e) {
        saveState.set(SaveState.FAILED);
        hint.set(e.getMessage());
    }

    /** The user as the workspace holds them, if it does: for what is shown, which must not write them into it. */
    public Optional<Annotator> knownActor() {
        return actor.known();
    }

    /** The role the user acts in, read without writing them into the workspace. */
    public Annotator.Role actorRole() {
        return actor.role();
    }

    AnnotationService annotationService() {
        return workspace.annotations();
    }

    ReviewService reviewService() {
        return workspace.review();
    }

    private String nameOf(Edit edit) {
        return messages.getString(edit.nameKey());
    }
}

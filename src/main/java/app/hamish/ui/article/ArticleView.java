package app.hamish.ui.article;

import app.hamish.model.Annotation;
import app.hamish.model.Article;
import app.hamish.model.ArticleText;
import app.hamish.model.Label;
import app.hamish.model.ScriptDirection;
import app.hamish.model.Span;
import app.hamish.model.Suggestion;
import app.hamish.ui.frame.AfterFrame;
import app.hamish.ui.frame.OnUnsubscribe;
import app.hamish.ui.session.ArticleSession;
import app.hamish.ui.session.DecisionsChanged;
import app.hamish.ui.session.Saving;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.FadeTransition;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.event.EventHandler;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.util.Duration;
import javafx.util.Subscription;
import org.fxmisc.flowless.Cell;
import org.fxmisc.flowless.VirtualFlow;
import org.fxmisc.flowless.VirtualFlowHit;
import org.fxmisc.flowless.VirtualizedScrollPane;

/**
 * The article, right-to-left, one virtualised cell per paragraph so a million-character article opens at once.
 * Mouse input becomes article offsets through JavaFX's hit test (correct in JavaFX 25); the view model decides
 * what they mean.
 *
 * <p>This is the edge between the two offset units: JavaFX draws and hit-tests in UTF-16, the session and
 * everything behind it work in code points. Offsets are converted here (and in {@link HighlightIndex} and
 * {@link ParagraphNode}, which draw), nowhere else in the interface.
 */
public final class ArticleView extends StackPane {
    /**
     * Above this many suggestions gone and come at once (a long article's suggestions arriving whole), the highlights
     * are built again off the FX thread instead of changed one by one on it (decision 0105).
     */
    static final int BUILT_BESIDE = 20_000;
    private static final Logger LOG = Logger.getLogger(ArticleView.class.getName());

    private final ArticleSession session;
    private final Consumer<Task<?>> background;
    private final AnnotateViewModel model;
    private final ArticleStyle style;
    private final ObservableList<Paragraph> paragraphs = FXCollections.observableArrayList();
    private final VirtualFlow<Paragraph, ParagraphCell> flow;
    /**
     * The cells made and not yet disposed, each showing a paragraph or kept for reuse: a change finds its paragraphs'
     * cells here, as the flow's own lookups lay the flow out first (decision 0050).
     */
    private final List<ParagraphCell> cells = new ArrayList<>();
    /** The paragraphs the text selection is drawn over, and those the selected annotation's outline is. */
    private Paragraphs selectedText = Paragraphs.NONE;
    private Paragraphs outlined = Paragraphs.NONE;
    private HighlightIndex highlights = HighlightIndex.empty();
    /** Counts what makes a build begun off the FX thread stale: another article, layers or lanes, another build. */
    private long generation;
    /** The changes made to {@link #highlights} since the build off the FX thread began, to make to its index too. */
    private List<MarkChange> sinceBuild;
    /** Each drawn annotation's mark in {@link #highlights}, by annotation id: what an edit takes away. */
    private Map<Long, Mark> drawn = Map.of();
    private List<Suggestion> suggestions = List.of();
    /** The suggestions as they are now, in a list their later changes leave as it is. */
    private Supplier<List<Suggestion>> suggestionsNow = List::of;
    /** The changes shown as being saved, and the paragraphs they are drawn over (decision 0078). */
    private List<Saving> saving = List.of();
    private Paragraphs savingOver = Paragraphs.NONE;
    /** The scene whose input commits the waiting edits first, while this view is in it. */
    private Scene filtered;
    private final EventHandler<InputEvent> settleFirst = this::settleFirst;
    private ToIntFunction<Annotation> layerLanes;
    private Subscription subscriptions;
    private Map<String, Color> colours = Map.of();
    private int dragAnchor = -1;
    private boolean dragged;
    private double dragX;
    private double dragY;
    private final DragScroll dragScroll;

    /** One change of the highlights: marks taken away and marks added. */
    private record MarkChange(List<Mark> removed, List<Mark> added) {
    }

    /** @param background where the highlights are built when the suggestions change whole (a {@code BackgroundWork}) */
    public ArticleView(AnnotateViewModel model, ArticleStyle style, Consumer<Task<?>> background) {
        this.model = model;
        this.background = background;
        this.session = model.session();
        this.style = style;
        getStyleClass().add("article-view");
        flow = VirtualFlow.createVertical(paragraphs, paragraph -> {
            ParagraphCell cell = new ParagraphCell(new ParagraphNode(style));
            cells.add(cell);
            cell.updateItem(paragraph);
            return cell;
        });
        flow.getStyleClass().add("article-flow");
        getChildren().add(new VirtualizedScrollPane<>(flow));
        setFocusTraversable(true);

        // The session outlives this view (a language switch draws a new one): dispose() lets go of it.
        subscriptions = Subscription.combine(
                session.articleProperty().subscribe(this::showArticle),
                ArticleView.<Annotation>follow(session.annotations(), this::annotationsChanged),
                session.decisionsChangedProperty().subscribe(this::decisionsChanged),
                session.hiddenLayers().subscribe(this::rebuildHighlights),
                session.selectionProperty().subscribe(now -> selectionChanged()),
                session.selectedProperty().subscribe(now -> selectedChanged()),
                session.waiting().lookProperty().subscribe(this::savingChanged),
                style.fontProperty().subscribe(now -> {
                    showing().forEach(cell -> cell.getNode().fontChanged());
                    flow.requestLayout();
                }));

        dragScroll = new DragScroll(flow, flow::scrollYBy, this::extendDrag);
        addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventFilter(MouseEvent.MOUSE_DRAGGED, this::drag);
        addEventFilter(MouseEvent.MOUSE_RELEASED, this::released);
        // Right after the pulse that shows a key's saving look, its edit commits (decision 0078).
        session.waiting().showWith(work -> AfterFrame.run(getScene(), work));
        subscriptions = subscriptions.and(sceneProperty().subscribe(this::filterInputOf))
                .and(OnUnsubscribe.run(() -> filterInputOf(null)));
    }

    private void filterInputOf(Scene scene) {
        if (filtered != null) {
            filtered.removeEventFilter(InputEvent.ANY, settleFirst);
        }
        filtered = scene;
        if (scene != null) {
            scene.addEventFilter(InputEvent.ANY, settleFirst);
        }
    }

    /**
     * A click anywhere, or a key meant for another part of the window, acts on what the window shows: the edits
     * waiting for their frame are committed first, on the selection their keys saw. Keys meant for this view wait
     * behind them instead, in order (see {@link ArticleKeys}).
     */
    private void settleFirst(InputEvent event) {
        if (session.waiting().isWaiting() && (event.getEventType() == MouseEvent.MOUSE_PRESSED
                || event.getEventType() == KeyEvent.KEY_PRESSED && event.getTarget() != this)) {
            session.waiting().settle();
        }
    }

    /** Stops following the session, which lives on; the view is no longer shown. */
    public void dispose() {
        generation++;
        subscriptions.unsubscribe();
        session.waiting().showWith(null);
    }

    /** Paints the saving layer of the paragraphs the changes being saved left and came to, and of no other. */
    private void savingChanged(List<Saving> now) {
        Paragraphs before = savingOver;
        saving = now;
        savingOver = Paragraphs.NONE;
        for (Saving change : now) {
            savingOver = savingOver.and(paragraphsOf(change.span()));
        }
        for (ParagraphCell cell : showing()) {
            Paragraph paragraph = cell.getNode().paragraph();
            if (before.contain(paragraph) || savingOver.contain(paragraph)) {
                cell.getNode().showSaving(savingIn(paragraph));
            }
        }
    }

    /** The changes being saved within a paragraph, in its own UTF-16 offsets. */
    private List<SavingMark> savingIn(Paragraph paragraph) {
        Article article = session.article();
        if (saving.isEmpty() || article == null || !savingOver.contain(paragraph)) {
            return List.of();
        }
        List<SavingMark> marks = new ArrayList<>();
        for (Saving change : saving) {
            if (change.span().end() > article.text().codePointLength()) {
                continue;
            }
            int[] range = within(paragraph, change.span(), article);
            if (range[1] > range[0]) {
                marks.add(new SavingMark(range[0], range[1], colours.getOrDefault(change.label(), Color.GRAY),
                        change.kind() == Saving.Kind.REMOVED));
            }
        }
        return marks;
    }

    private void showArticle(Article article) {
        colours = labelColours();
        paragraphs.setAll(article == null ? List.of() : Paragraph.split(article.text().value()));
        rebuildHighlights();
        if (!paragraphs.isEmpty()) {
            flow.showAsFirst(0);
        }
    }

    private Map<String, Color> labelColours() {
        Map<String, Color> byName = new HashMap<>();
        for (Label label : session.labels()) {
            byName.put(label.name(), Color.web(label.colour()));
        }
        return byName;
    }

    /** Draws these suggestions (dashed) beside the annotations, following the list as it changes. */
    public void showSuggestions(ObservableList<Suggestion> offered) {
        showSuggestions(offered, () -> List.copyOf(offered));
    }

    /**
     * As above, {@code now} giving the list as it is without copying it: hundreds of thousands of suggestions on a
     * long article, which the highlights' build beside reads while the list shown goes on changing.
     */
    public void showSuggestions(ObservableList<Suggestion> offered, Supplier<List<Suggestion>> now) {
        suggestions = offered;
        suggestionsNow = now;
        subscriptions = subscriptions.and(ArticleView.<Suggestion>follow(offered, this::suggestionsChanged));
        rebuildHighlights();
    }

    private static <T> Subscription follow(ObservableList<T> list, ListChangeListener<T> listener) {
        list.addListener(listener);
        return OnUnsubscribe.run(() -> list.removeListener(listener));
    }

    /**
     * Draws each layer's annotations in a lane of its own under the text, the lane {@code laneOf} gives (a layer
     * given -1 and suggestions are not drawn); {@code null} goes back to overlapping
     * spans in the lowest free lanes. For adjudication, where what each layer marked must line up under the words.
     */
    public void showLayerLanes(ToIntFunction<Annotation> laneOf) {
        layerLanes = laneOf;
        rebuildHighlights();
    }

    /** Draws everything anew: another article, another set of layers shown, or lanes per layer. */
    private void rebuildHighlights() {
        generation++;
        sinceBuild = null;
        Article article = session.article();
        ToIntFunction<Annotation> lanes = layerLanes;
        List<Mark> marks = lanes == null ? ArticleMarks.of(session, suggestions) : ArticleMarks.of(session, List.of())
                .stream().filter(mark -> lanes.applyAsInt(mark.annotation()) >= 0).toList();
        highlights = article == null ? HighlightIndex.empty() : HighlightIndex.build(paragraphs, article.text(),
                marks, name -> colours.getOrDefault(name, Color.GRAY),
                lanes == null ? null : mark -> lanes.applyAsInt(mark.annotation()));
        Map<Long, Mark> byAnnotation = new HashMap<>();
        for (Mark mark : marks) {
            if (mark.annotation() != null) {
                byAnnotation.put(mark.annotation().id(), mark);
            }
        }
        drawn = byAnnotation;
        redecorate();
    }

    private void annotationsChanged(ListChangeListener.Change<? extends Annotation> change) {
        if (layerLanes != null) {
            // Lanes per layer are for adjudication, not the tagging hot path: drawn anew.
            rebuildHighlights();
            return;
        }
        List<Mark> removed = new ArrayList<>();
        List<Mark> added = new ArrayList<>();
        while (change.next()) {
            for (Annotation annotation : change.getRemoved()) {
                Mark mark = drawn.remove(annotation.id());
                if (mark != null) {
                    removed.add(mark);
                }
            }
            for (Annotation annotation : change.getAddedSubList()) {
                Mark mark = ArticleMarks.of(session, annotation);
                if (mark != null) {
                    added.add(mark);
                    Mark replaced = drawn.put(annotation.id(), mark);
                    if (replaced != null) {
                        removed.add(replaced);
                    }
                }
            }
        }
        change(removed, added);
    }

    /** Only the annotations whose decision changed can look different (a rejected one is drawn faintly). */
    private void decisionsChanged(DecisionsChanged change) {
        if (layerLanes != null) {
            // Lanes per layer are for adjudication, not the tagging hot path: drawn anew.
            rebuildHighlights();
            return;
        }
        Set<Long> ids = change.annotationIds();
        List<Mark> removed = new ArrayList<>();
        List<Mark> added = new ArrayList<>();
        for (long id : ids) {
            Mark old = drawn.get(id);
            Mark fresh = old == null ? null : ArticleMarks.of(session, old.annotation());
            if (fresh != null && !fresh.equals(old)) {
                removed.add(old);
                added.add(fresh);
                drawn.put(id, fresh);
            }
        }
        change(removed, added);
    }

    /**
     * The suggestions are replaced whole each time they are computed again, mostly by the same ones: only those
     * that went or came are changed (counted, as two suggestions can draw the same mark).
     */
    private void suggestionsChanged(ListChangeListener.Change<? extends Suggestion> change) {
        if (layerLanes != null) {
            // Lanes per layer are for adjudication, not the tagging hot path: drawn anew.
            rebuildHighlights();
            return;
        }
        int marks = 0;
        while (change.next()) {
            marks += change.getRemovedSize() + change.getAddedSize();
        }
        if (marks > BUILT_BESIDE) {
            buildBeside(suggestionsNow.get());
            return;
        }
        change.reset();
        Article article = session.article();
        Map<Mark, Integer> net = new HashMap<>();
        while (change.next()) {
            for (Suggestion suggestion : change.getRemoved()) {
                Mark mark = ArticleMarks.of(article, suggestion);
                if (mark != null) {
                    net.merge(mark, 1, Integer::sum);
                }
            }
            for (Suggestion suggestion : change.getAddedSubList()) {
                Mark mark = ArticleMarks.of(article, suggestion);
                if (mark != null) {
                    net.merge(mark, -1, Integer::sum);
                }
            }
        }
        List<Mark> removed = new ArrayList<>();
        List<Mark> added = new ArrayList<>();
        net.forEach((mark, count) -> {
            for (int i = 0; i < Math.abs(count); i++) {
                (count > 0 ? removed : added).add(mark);
            }
        });
        change(removed, added);
    }

    private void change(List<Mark> removed, List<Mark> added) {
        if (sinceBuild != null) {
            sinceBuild.add(new MarkChange(removed, added));
        }
        redraw(highlights.change(removed, added));
    }

    /**
     * Builds the highlights of the annotations drawn now and of {@code offered} on the background worker, and shows
     * them once built: until then the view answers and draws as it did (decision 0105). The changes made meanwhile
     * are made to the built index too, so it is what changing the shown one mark by mark would have made.
     */
    private void buildBeside(List<Suggestion> offered) {
        Article article = session.article();
        long building = ++generation;
        List<Mark> marks = new ArrayList<>(drawn.size() + offered.size());
        // In the session's order, as a build on the FX thread takes them.
        for (Annotation annotation : session.annotations()) {
            Mark mark = drawn.get(annotation.id());
            if (mark != null) {
                marks.add(mark);
            }
        }
        List<Paragraph> split = List.copyOf(paragraphs);
        Map<String, Color> shades = colours;
        sinceBuild = new ArrayList<>();
        Task<HighlightIndex> build = new Task<>() {
            @Override
            protected HighlightIndex call() {
                if (article == null) {
                    return HighlightIndex.empty();
                }
                ArticleMarks.addSuggestions(marks, article, offered);
                return HighlightIndex.build(split, article.text(), marks,
                        name -> shades.getOrDefault(name, Color.GRAY));
            }
        };
        build.setOnSucceeded(event -> builtBeside(building, build.getValue()));
        build.setOnFailed(event -> {
            LOG.log(Level.WARNING, "the highlights could not be built off the FX thread", build.getException());
            drawAnewUnlessOvertaken(building);
        });
        build.setOnCancelled(event -> drawAnewUnlessOvertaken(building));
        background.accept(build);
    }

    private void drawAnewUnlessOvertaken(long building) {
        if (building == generation) {
            rebuildHighlights();
        }
    }

    private void builtBeside(long building, HighlightIndex built) {
        if (building != generation) {
            return;
        }
        for (MarkChange made : sinceBuild) {
            built.change(made.removed(), made.added());
        }
        sinceBuild = null;
        highlights = built;
        redecorate();
    }

    /** Draws again the paragraphs on screen among those whose highlights changed. */
    private void redraw(Set<Integer> changed) {
        if (changed.isEmpty()) {
            return;
        }
        // The selected annotation's outline goes where its highlight went: it is to be taken away from there too.
        Annotation selected = session.selectedProperty().get();
        if (selected != null) {
            outlined = outlined.and(paragraphsOf(selected));
        }
        for (ParagraphCell cell : showing()) {
            if (changed.contains(cell.getNode().paragraph().index())) {
                decorate(cell);
            }
        }
    }

    /**
     * Paints the selection's layer of the paragraphs it left and of those it came to, and of no other: not every
     * paragraph on screen, and without laying the flow out.
     */
    private void selectionChanged() {
        Paragraphs before = selectedText;
        selectedText = paragraphsOf(session.selectionProperty().get());
        for (ParagraphCell cell : showing()) {
            Paragraph paragraph = cell.getNode().paragraph();
            if (before.contain(paragraph) || selectedText.contain(paragraph)) {
                int[] range = selectionIn(paragraph);
                cell.getNode().select(range[0], range[1]);
            }
        }
    }

    /** Paints the outline's layer of the paragraphs the selected annotation was and is drawn over, and no other. */
    private void selectedChanged() {
        Paragraphs before = outlined;
        Annotation selected = session.selectedProperty().get();
        outlined = selected == null ? Paragraphs.NONE : paragraphsOf(selected);
        long id = selected == null ? -1 : selected.id();
        for (ParagraphCell cell : showing()) {
            Paragraph paragraph = cell.getNode().paragraph();
            if (before.contain(paragraph) || outlined.contain(paragraph)) {
                cell.getNode().outline(id);
            }
        }
    }

    /** The paragraphs an annotation is drawn over: where its mark is drawn, and where it is now. */
    private Paragraphs paragraphsOf(Annotation annotation) {
        Mark mark = drawn.get(annotation.id());
        Article article = session.article();
        if (article == null || annotation.articleId() != article.id()) {
            return Paragraphs.NONE;
        }
        Paragraphs now = paragraphsOf(annotation.span());
        return mark == null ? now : now.and(paragraphsOf(mark.span()));
    }

    /** The paragraphs a span of the open article crosses; none for no span. */
    private Paragraphs paragraphsOf(Span span) {
        Article article = session.article();
        if (span == null || article == null || paragraphs.isEmpty()
                || span.end() > article.text().codePointLength()) {
            return Paragraphs.NONE;
        }
        return new Paragraphs(paragraphAt(article.text().toUtf16(span.start())),
                paragraphAt(article.text().toUtf16(span.end())));
    }

    /** A run of paragraphs by index, first to last; {@link #NONE} holds none. */
    private record Paragraphs(int first, int last) {
        static final Paragraphs NONE = new Paragraphs(0, -1);

        boolean contain(Paragraph paragraph) {
            return paragraph.index() >= first && paragraph.index() <= last;
        }

        Paragraphs and(Paragraphs other) {
            return first > last ? other : other.first > other.last ? this
                    : new Paragraphs(Math.min(first, other.first), Math.max(last, other.last));
        }
    }

    /** The cells holding a paragraph, whether on screen now or about to be: those a change is to reach. */
    private List<ParagraphCell> showing() {
        List<ParagraphCell> holding = new ArrayList<>(cells.size());
        for (ParagraphCell cell : cells) {
            if (cell.getNode().paragraph() != null && cell.shows) {
                holding.add(cell);
            }
        }
        return holding;
    }

    /** What is drawn over each paragraph now, for tests comparing it with a fresh build. */
    List<List<Highlight>> highlighted() {
        return highlights.all();
    }

    /** The highlights built afresh from the session and suggestions as they are now. */
    List<List<Highlight>> rebuilt() {
        Article article = session.article();
        return article == null ? List.of() : HighlightIndex.build(paragraphs, article.text(),
                ArticleMarks.of(session, suggestions), name -> colours.getOrDefault(name, Color.GRAY)).all();
    }

    private void redecorate() {
        showing().forEach(this::decorate);
    }

    private void decorate(ParagraphCell cell) {
        Paragraph paragraph = cell.getNode().paragraph();
        if (paragraph == null) {
            return;
        }
        int[] range = selectionIn(paragraph);
        Annotation selected = session.selectedProperty().get();
        cell.getNode().decorate(highlights.in(paragraph.index()), range[0], range[1],
                selected == null ? -1 : selected.id(), layerLanes != null);
        cell.getNode().showSaving(savingIn(paragraph));
    }

    /** The text selection within a paragraph, in its own UTF-16 offsets, start and end; empty where it is not. */
    private int[] selectionIn(Paragraph paragraph) {
        Span selection = session.selectionProperty().get();
        Article article = session.article();
        if (selection == null || article == null) {
            return new int[] {0, 0};
        }
        return within(paragraph, selection, article);
    }

    /** The part of a span of the open article within a paragraph, in its own UTF-16 offsets; empty where none. */
    private static int[] within(Paragraph paragraph, Span span, Article article) {
        int start = Math.max(article.text().toUtf16(span.start()), paragraph.start()) - paragraph.start();
        int end = Math.min(article.text().toUtf16(span.end()), paragraph.end()) - paragraph.start();
        return new int[] {start, Math.max(start, end)};
    }

    /** Scrolls the annotation into view and flashes its highlight, as the annotation table asks. */
    public void reveal(Annotation annotation) {
        Article article = session.article();
        if (article == null) {
            return;
        }
        int paragraph = paragraphAt(article.text().toUtf16(annotation.span().start()));
        flow.show(paragraph);
        flow.getCellIfVisible(paragraph).ifPresent(cell -> {
            FadeTransition flash = new FadeTransition(Duration.millis(180), cell.getNode());
            flash.setFromValue(1);
            flash.setToValue(0.35);
            flash.setAutoReverse(true);
            flash.setCycleCount(4);
            flash.play();
        });
    }

    private int paragraphAt(int offset) {
        int low = 0;
        int high = paragraphs.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (paragraphs.get(mid).start() <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    /**
     * Article code-point offset under a point of this view; before the first or after the last line clamps. With
     * {@code insertion}, the offset between the characters nearest the point; without, the character's, or -1
     * where there is none.
     */
    Optional<Integer> offsetAt(double x, double y, boolean insertion) {
        Article article = session.article();
        return utf16At(x, y, insertion).map(index -> index < 0 || article == null ? -1
                : article.text().toCodePointsRoundingDown(index));
    }

    private Optional<Integer> utf16At(double x, double y, boolean insertion) {
        if (paragraphs.isEmpty()) {
            return Optional.empty();
        }
        Point2D inFlow = flow.sceneToLocal(localToScene(x, y));
        VirtualFlowHit<ParagraphCell> hit = flow.hit(inFlow.getX(), inFlow.getY());
        if (hit.isBeforeCells()) {
            return Optional.of(insertion ? 0 : -1);
        }
        if (hit.isAfterCells()) {
            return Optional.of(insertion ? session.article().text().value().length() : -1);
        }
        ParagraphNode node = hit.getCell().getNode();
        Point2D local = hit.getCellOffset();
        int index = insertion ? node.insertionIndexAt(local) : node.characterIndexAt(local);
        return Optional.of(index < 0 ? -1 : node.paragraph().start() + index);
    }

    private void pressed(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        requestFocus();
        dragged = false;
        dragAnchor = offsetAt(event.getX(), event.getY(), true).orElse(-1);
        if (event.getClickCount() == 2) {
            offsetAt(event.getX(), event.getY(), false).filter(index -> index >= 0).ifPresent(model::selectWordAt);
            dragAnchor = -1;
        }
        event.consume();
    }

    private void drag(MouseEvent event) {
        if (dragAnchor < 0) {
            return;
        }
        dragged = true;
        dragX = event.getX();
        dragY = event.getY();
        extendDrag();
        dragScroll.pointerAt(dragY);
        event.consume();
    }

    /**
     * The selection from the anchor to the text under the pointer; beyond the top or bottom edge, to the text at
     * that edge (which auto-scroll keeps moving), not to the start or end of the article.
     */
    private void extendDrag() {
        int focus = dragFocus();
        session.selectionProperty().set(focus == dragAnchor ? null
                : new Span(Math.min(dragAnchor, focus), Math.max(dragAnchor, focus)));
    }

    private int dragFocus() {
        return offsetAt(dragX, dragScroll.clamp(dragY), true).orElse(dragAnchor);
    }

    private void released(MouseEvent event) {
        if (dragAnchor < 0) {
            return;
        }
        dragScroll.stop();
        if (dragged) {
            dragX = event.getX();
            dragY = event.getY();
            model.select(dragAnchor, dragFocus(), event.isAltDown());
        } else {
            int index = offsetAt(event.getX(), event.getY(), false).orElse(-1);
            Optional<Annotation> hit = index < 0 ? Optional.empty() : model.annotationAt(index);
            if (hit.isPresent() || session.linkingProperty().get()) {
                model.click(hit.orElse(null));
            } else {
                model.clearSelection();
            }
        }
        dragAnchor = -1;
        event.consume();
    }

    /** Scrolls so that the paragraph holding a code-point offset of the article is in view. */
    public void scrollToOffset(int offset) {
        Article article = session.article();
        if (!paragraphs.isEmpty() && article != null) {
            flow.show(paragraphAt(article.text().toUtf16(offset)));
        }
    }

    /**
     * Draws the characters of a span in a colour, or restores normal drawing when {@code colour} is null. This
     * splits the text into runs, which annotations never do; it exists so that tests can find exactly which pixels
     * a word's glyphs occupy.
     */
    public void paintCharacters(Span span, Color colour) {
        ArticleText text = session.article().text();
        int start = text.toUtf16(span.start());
        int end = text.toUtf16(span.end());
        for (ParagraphNode node : visibleParagraphs()) {
            Paragraph paragraph = node.paragraph();
            int from = Math.max(start, paragraph.start()) - paragraph.start();
            int to = Math.min(end, paragraph.end()) - paragraph.start();
            node.paint(from, Math.max(from, to), colour);
        }
    }

    /** Scrolls down by one screen, as Page Down does. */
    public void scrollByScreen() {
        flow.scrollYBy(flow.getHeight());
    }

    /** Whether highlights are being built off the FX thread, to be drawn once built (decision 0105). */
    public boolean buildingHighlights() {
        return sinceBuild != null;
    }

    public int visibleParagraphCount() {
        return flow.visibleCells().size();
    }

    /**
     * For tests, in place of looking up shape nodes: every rectangle painted over the paragraphs on screen, in this
     * view's coordinates, paragraph by paragraph from the bottom layer to the top.
     */
    List<PaintedShape> paintedShapes() {
        List<PaintedShape> all = new ArrayList<>();
        for (ParagraphNode node : visibleParagraphs()) {
            for (PaintedShape shape : node.painted()) {
                all.add(shape.movedTo(sceneToLocal(node.localToScene(shape.bounds()))));
            }
        }
        return all;
    }

    /** For tests and screenshots: the paragraph cell nodes on screen. */
    List<ParagraphNode> visibleParagraphs() {
        return flow.visibleCells().stream().map(ParagraphCell::getNode).toList();
    }

    VirtualFlow<Paragraph, ParagraphCell> flow() {
        return flow;
    }

    /** A reusable cell: the node is kept, its paragraph replaced as the user scrolls. */
    final class ParagraphCell implements Cell<Paragraph, ParagraphNode> {
        private final ParagraphNode node;
        /** Whether the flow holds this cell for its paragraph, rather than in its pool for reuse. */
        private boolean shows;

        ParagraphCell(ParagraphNode node) {
            this.node = node;
        }

        @Override
        public ParagraphNode getNode() {
            return node;
        }

        @Override
        public boolean isReusable() {
            return true;
        }

        @Override
        public void updateItem(Paragraph item) {
            Article article = session.article();
            shows = true;
            node.show(item, article == null || article.direction() == ScriptDirection.RTL);
            decorate(this);
        }

        @Override
        public void reset() {
            shows = false;
        }

        @Override
        public void dispose() {
            cells.remove(this);
        }
    }
}

package app.hamish.ui.article;

import app.hamish.model.Annotation;
import app.hamish.model.Article;
import app.hamish.model.Label;
import app.hamish.model.Provenance;
import app.hamish.model.ScriptDirection;
import app.hamish.model.Suggestion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.animation.FadeTransition;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Point2D;
import javafx.scene.control.IndexRange;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.util.Duration;
import org.fxmisc.flowless.Cell;
import org.fxmisc.flowless.VirtualFlow;
import org.fxmisc.flowless.VirtualFlowHit;
import org.fxmisc.flowless.VirtualizedScrollPane;

/**
 * The article, right-to-left, one virtualised cell per paragraph so a million-character article opens at once.
 * Mouse input becomes article offsets through JavaFX's hit test (correct in JavaFX 25); the view model decides
 * what they mean.
 */
public final class ArticleView extends StackPane {
    private final ArticleViewModel model;
    private final ArticleStyle style;
    private final ObservableList<Paragraph> paragraphs = FXCollections.observableArrayList();
    private final VirtualFlow<Paragraph, ParagraphCell> flow;
    private HighlightIndex highlights = HighlightIndex.EMPTY;
    private List<Suggestion> suggestions = List.of();
    private Map<String, Color> colours = Map.of();
    private int dragAnchor = -1;
    private boolean dragged;
    private double dragX;
    private double dragY;
    private final DragScroll dragScroll;

    public ArticleView(ArticleViewModel model, ArticleStyle style) {
        this.model = model;
        this.style = style;
        getStyleClass().add("article-view");
        flow = VirtualFlow.createVertical(paragraphs, paragraph -> {
            ParagraphCell cell = new ParagraphCell(new ParagraphNode(style));
            cell.updateItem(paragraph);
            return cell;
        });
        flow.getStyleClass().add("article-flow");
        getChildren().add(new VirtualizedScrollPane<>(flow));
        setFocusTraversable(true);

        model.articleProperty().addListener((property, before, now) -> showArticle(now));
        model.annotations().addListener((ListChangeListener<Annotation>) change -> rebuildHighlights());
        model.decisions().addListener((javafx.collections.MapChangeListener<Long, app.hamish.model.ReviewDecision>)
                change -> rebuildHighlights());
        model.hiddenLayers().addListener((javafx.collections.SetChangeListener<Long>) change -> rebuildHighlights());
        model.selectionProperty().addListener((property, before, now) -> redecorate());
        model.selectedProperty().addListener((property, before, now) -> redecorate());
        style.fontProperty().addListener((property, before, now) -> {
            flow.visibleCells().forEach(cell -> cell.getNode().fontChanged());
            flow.requestLayout();
        });

        dragScroll = new DragScroll(flow, flow::scrollYBy, this::extendDrag);
        addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventFilter(MouseEvent.MOUSE_DRAGGED, this::drag);
        addEventFilter(MouseEvent.MOUSE_RELEASED, this::released);
        showArticle(model.articleProperty().get());
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
        for (Label label : model.labels()) {
            byName.put(label.name(), Color.web(label.colour()));
        }
        return byName;
    }

    /** Draws these suggestions (dashed) beside the annotations, following the list as it changes. */
    public void showSuggestions(ObservableList<Suggestion> offered) {
        suggestions = offered;
        offered.addListener((ListChangeListener<Suggestion>) change -> rebuildHighlights());
        rebuildHighlights();
    }

    private void rebuildHighlights() {
        Article article = model.articleProperty().get();
        List<Annotation> drawn = new ArrayList<>(model.annotations().stream().filter(model::isShown).toList());
        Map<Long, Highlight.Style> styles = styles();
        // Suggestions are drawn as annotations would be, under ids no stored annotation has (nor -1, which means
        // "nothing selected" to the paragraphs). Those of the article just left may still be listed while the
        // suggestions catch up with the new one.
        for (int i = 0; i < suggestions.size(); i++) {
            Suggestion suggestion = suggestions.get(i);
            long id = Long.MIN_VALUE + i;
            if (article == null || suggestion.articleId() != article.id()) {
                continue;
            }
            drawn.add(new Annotation(id, suggestion.articleId(), 0, suggestion.span(), suggestion.label(),
                    suggestion.subtype(), "", Provenance.SUGGESTED, Instant.EPOCH, Instant.EPOCH));
            styles.put(id, Highlight.Style.SUGGESTED);
        }
        highlights = article == null ? HighlightIndex.EMPTY : HighlightIndex.build(paragraphs, article.text(),
                drawn, name -> colours.getOrDefault(name, Color.GRAY), styles);
        redecorate();
    }

    /** Rejected annotations are drawn faintly, so a reviewer sees at a glance what is left. */
    private Map<Long, Highlight.Style> styles() {
        Map<Long, Highlight.Style> styles = new HashMap<>();
        for (Annotation annotation : model.annotations()) {
            var decision = model.decisions().get(annotation.id());
            if (app.hamish.model.ReviewDecision.stands(decision, annotation)
                    && decision.status() == app.hamish.model.ReviewStatus.REJECTED) {
                styles.put(annotation.id(), Highlight.Style.REJECTED);
            }
        }
        return styles;
    }

    private void redecorate() {
        flow.visibleCells().forEach(this::decorate);
    }

    private void decorate(ParagraphCell cell) {
        Paragraph paragraph = cell.getNode().paragraph();
        if (paragraph == null) {
            return;
        }
        IndexRange selection = model.selectionProperty().get();
        int start = Math.max(selection.getStart(), paragraph.start()) - paragraph.start();
        int end = Math.min(selection.getEnd(), paragraph.end()) - paragraph.start();
        Annotation selected = model.selectedProperty().get();
        cell.getNode().decorate(highlights.in(paragraph.index()), start, Math.max(start, end),
                selected == null ? -1 : selected.id());
    }

    /** Scrolls the annotation into view and flashes its highlight, as the annotation table asks. */
    public void reveal(Annotation annotation) {
        Article article = model.articleProperty().get();
        if (article == null) {
            return;
        }
        int start = article.text().toUtf16(annotation.span().start());
        int paragraph = paragraphAt(start);
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

    /** Article UTF-16 offset under a point of this view; before the first or after the last line clamps. */
    Optional<Integer> offsetAt(double x, double y, boolean insertion) {
        if (paragraphs.isEmpty()) {
            return Optional.empty();
        }
        Point2D inFlow = flow.sceneToLocal(localToScene(x, y));
        VirtualFlowHit<ParagraphCell> hit = flow.hit(inFlow.getX(), inFlow.getY());
        if (hit.isBeforeCells()) {
            return Optional.of(insertion ? 0 : -1);
        }
        if (hit.isAfterCells()) {
            return Optional.of(insertion ? model.articleProperty().get().text().value().length() : -1);
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
        model.selectionProperty().set(new IndexRange(Math.min(dragAnchor, focus), Math.max(dragAnchor, focus)));
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
            if (hit.isPresent() || model.linkingProperty().get()) {
                model.click(hit.orElse(null));
            } else {
                model.clearSelection();
            }
        }
        dragAnchor = -1;
        event.consume();
    }

    /** Scrolls so that the paragraph holding a UTF-16 offset is in view. */
    public void scrollToOffset(int offset) {
        if (!paragraphs.isEmpty()) {
            flow.show(paragraphAt(offset));
        }
    }

    /**
     * Draws the characters [start, end) (article UTF-16 offsets) in a colour, or restores normal drawing when
     * {@code colour} is null. This splits the text into runs, which annotations never do; it exists so that tests
     * can find exactly which pixels a word's glyphs occupy.
     */
    public void paintCharacters(int start, int end, Color colour) {
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

    public int visibleParagraphCount() {
        return flow.visibleCells().size();
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
            Article article = model.articleProperty().get();
            node.show(item, article == null || article.direction() == ScriptDirection.RTL);
            decorate(this);
        }
    }
}

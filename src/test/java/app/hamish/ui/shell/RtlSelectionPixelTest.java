package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.io.ArticleFiles;
import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.ArticleText;
import app.hamish.model.Span;
import app.hamish.service.CueLexicons;
import app.hamish.service.SuggestionService;
import app.hamish.service.Workspace;
import app.hamish.ui.article.ArticleView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.scene.robot.Robot;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the analyst sees is what is stored, measured in pixels as shared/spikes/rtl-selection did. Each target word
 * is first painted red to find its glyphs; then the robot drags across it right to left, as an Arabic reader
 * does, presses the label's key, and the test checks that the stored annotation is exactly that word and that the
 * highlight drawn for it covers the same pixels (horizontal IoU >= 0.9, on the same line).
 */
class RtlSelectionPixelTest {
    /**
     * Seed 003's paragraph with "بـ59", given a Latin word in parentheses (no seed has one), and seed 000's
     * paragraph with "والرياض", where the entity "الرياض" follows the clitic و inside one word.
     */
    private static final String PARAGRAPH_003 = "وأكدت المصادر أن القاهرة لم تكن على علم مسبق بالضربة التي وجّهتها "
            + "الولايات المتحدة بـ59 صاروخ توماهوك (Tomahawk) لقاعدة الشعيرات، والتي جاءت كرد على مجزرة خان شيخون "
            + "التي استخدمت فيها قوات الأسد الأسلحة الكيميائية.";
    private static final String PARAGRAPH_000 = "وتزايدت تلك الزيارات مع بداية توتر العلاقات بين القاهرة والرياض على "
            + "خلفية تصويت مصر لصالح قرار روسي حول سوريا بمجلس الأمن.";
    private static final String TEXT = PARAGRAPH_003 + "\n\n" + PARAGRAPH_000 + "\n";
    private static final Color ENTITY_TINT = Color.web("#4C9BE8");

    @TempDir
    static Path folder;
    private static WorkbenchWindow window;
    private static Robot robot;

    private record Target(String word, int occurrence, String context, boolean exact) {
    }

    @BeforeAll
    static void openWindow() {
        Path database = folder.resolve("pixels.db");
        try (Workspace workspace = Workspace.open(database)) {
            Article article = workspace.corpus().importArticles(List.of(ArticleFiles.fromText(
                    TEXT.getBytes(StandardCharsets.UTF_8), "fixture.txt", "fixture.txt"))).imported().getFirst();
            // The claim suggested over most of the paragraph would tint the pixels this test measures by colour;
            // rejected, as an analyst would, it is no longer drawn.
            Annotator analyst = workspace.annotations().annotator("fixture", Annotator.Role.ANNOTATOR);
            SuggestionService suggestions = workspace.suggestions(CueLexicons.load(List.of()));
            suggestions.offered(article).forEach(suggestion -> suggestions.reject(suggestion, article, analyst));
        }
        window = WorkbenchHarness.open(database, "fixture", 1100, 700);
        robot = HeadlessFx.call(Robot::new);
        HeadlessFx.settle();
    }

    @AfterAll
    static void closeWindow() {
        if (window != null) {
            HeadlessFx.run(window::close);
        }
    }

    @Test
    void draggingAcrossEachWordStoresThatWordAndHighlightsItsGlyphs() throws Exception {
        List<Target> targets = List.of(
                new Target("وأكدت", 0, "وأكدت المصادر", false),
                new Target("المصادر", 0, "المصادر أن", false),
                new Target("القاهرة", 0, "أن القاهرة لم", false),
                new Target("مسبق", 0, "مسبق", false),
                new Target("بالضربة", 0, "بالضربة", false),
                new Target("الولايات", 0, "الولايات", false),
                new Target("بـ59", 0, "بـ59", false),
                new Target("صاروخ", 0, "صاروخ", false),
                new Target("Tomahawk", 0, "(Tomahawk)", false),
                new Target("الشعيرات", 0, "الشعيرات،", false),
                new Target("مجزرة", 0, "مجزرة", false),
                new Target("الكيميائية", 0, "الكيميائية.", false),
                new Target("الزيارات", 0, "الزيارات", false),
                new Target("الرياض", 0, "والرياض", true));
        List<String> failures = new ArrayList<>();
        for (Target target : targets) {
            String problem = check(target);
            if (problem != null) {
                failures.add(problem);
            }
        }
        assertThat(failures).as("words whose selection or highlight is wrong").isEmpty();
    }

    /** Returns null when the word is stored and highlighted exactly, or what went wrong. */
    private static String check(Target target) throws IOException {
        int contextAt = TEXT.indexOf(target.context());
        int start = TEXT.indexOf(target.word(), contextAt);
        int end = start + target.word().length();
        ArticleView view = window.articleView();
        HeadlessFx.run(() -> {
            window.articleModel().clearSelection();
            view.scrollToOffset(start);
        });
        HeadlessFx.settle();

        Bounds glyphs = glyphBounds(start, end);
        if (glyphs == null) {
            return target.word() + ": not rendered";
        }
        double y = (glyphs.getMinY() + glyphs.getMaxY()) / 2;
        // Press just right of the word's first (rightmost) letter, release just left of its last: right to left.
        drag(new Point2D(glyphs.getMaxX() + 2, y), new Point2D(glyphs.getMinX() - 2, y), target.exact());
        robotKey(KeyCode.DIGIT1);
        HeadlessFx.settle();

        Annotation stored = HeadlessFx.call(() -> window.session().selectedProperty().get());
        ArticleText text = HeadlessFx.call(() -> window.session().articleProperty().get().text());
        if (stored == null) {
            return target.word() + ": no annotation was created ("
                    + HeadlessFx.call(() -> window.session().hintProperty().get()) + ")";
        }
        String storedText = text.slice(stored.span());
        if (!stored.span().equals(text.spanFromUtf16(start, end))) {
            return target.word() + ": stored " + stored.span() + " '" + storedText + "'";
        }
        robotKey(KeyCode.ESCAPE);
        HeadlessFx.settle();
        Bounds area = articleBounds();
        double left = Math.max(area.getMinX(), glyphs.getMinX() - 60);
        double right = Math.min(area.getMaxX(), glyphs.getMaxX() + 60);
        Bounds highlight = bounds(snapshot(target.word()), RtlSelectionPixelTest::isEntityTint,
                new BoundingBox(left, glyphs.getMinY() - 8, right - left, glyphs.getHeight() + 16));
        double iou = horizontalIou(glyphs, highlight);
        boolean sameLine = highlight != null && highlight.getMinY() <= glyphs.getMinY() + 2
                && highlight.getMaxY() >= glyphs.getMaxY() - 2;
        HeadlessFx.run(() -> window.articleModel().click(stored));
        HeadlessFx.run(window.articleModel()::deleteSelected);
        System.out.printf("%s: stored %s, highlight IoU %.2f%n", target.word(), stored.span(), iou);
        if (iou < 0.9 || !sameLine) {
            return "%s: highlight %s over glyphs %s, IoU %.2f".formatted(target.word(), highlight, glyphs, iou);
        }
        return null;
    }

    private static Bounds glyphBounds(int start, int end) throws IOException {
        Span word = HeadlessFx.call(() -> window.session().article().text().spanFromUtf16(start, end));
        HeadlessFx.run(() -> window.articleView().paintCharacters(word, Color.RED));
        HeadlessFx.settle();
        int[] pixels = snapshot(null);
        HeadlessFx.run(() -> window.articleView().paintCharacters(word, null));
        HeadlessFx.settle();
        // Anti-aliased edge pixels are lighter red; they belong to the glyphs too.
        return bounds(pixels, rgb -> red(rgb) >= 150 && red(rgb) - green(rgb) >= 70 && red(rgb) - blue(rgb) >= 70,
                articleBounds());
    }

    /** The article's own area: other panes (the annotation table's selected row) must not count. */
    private static Bounds articleBounds() {
        return HeadlessFx.call(() -> window.articleView().localToScene(window.articleView().getLayoutBounds()));
    }

    private static boolean isEntityTint(int rgb) {
        // The tint over white, or the solid underline; text pixels on top are darker and do not match.
        double tintR = 255 - 0.3 * (255 - ENTITY_TINT.getRed() * 255);
        double tintG = 255 - 0.3 * (255 - ENTITY_TINT.getGreen() * 255);
        double tintB = 255 - 0.3 * (255 - ENTITY_TINT.getBlue() * 255);
        boolean tint = Math.abs(red(rgb) - tintR) < 14 && Math.abs(green(rgb) - tintG) < 14
                && Math.abs(blue(rgb) - tintB) < 14;
        boolean underline = Math.abs(red(rgb) - ENTITY_TINT.getRed() * 255) < 14
                && Math.abs(green(rgb) - ENTITY_TINT.getGreen() * 255) < 14
                && Math.abs(blue(rgb) - ENTITY_TINT.getBlue() * 255) < 14;
        return tint || underline;
    }

    private static int width;
    private static int height;

    private static int[] snapshot(String saveAs) throws IOException {
        WritableImage image = HeadlessFx.call(() -> window.stage().getScene().snapshot(null));
        width = (int) image.getWidth();
        height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        if (saveAs != null && Boolean.getBoolean("hamish.pixeltest.save")) {
            Path out = Path.of("target", "pixel-test", saveAs + ".png");
            Files.createDirectories(out.getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
        }
        return pixels;
    }

    private static Bounds bounds(int[] pixels, IntPredicate match, Bounds region) {
        int x0 = Math.max(0, (int) region.getMinX());
        int y0 = Math.max(0, (int) region.getMinY());
        int x1 = Math.min(width - 1, (int) region.getMaxX());
        int y1 = Math.min(height - 1, (int) region.getMaxY());
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                if (match.test(pixels[y * width + x])) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        return maxX < 0 ? null : new BoundingBox(minX, minY, maxX - minX + 1, maxY - minY + 1);
    }

    private static double horizontalIou(Bounds a, Bounds b) {
        if (a == null || b == null) {
            return 0;
        }
        double intersection = Math.max(0, Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX()));
        double union = Math.max(a.getMaxX(), b.getMaxX()) - Math.min(a.getMinX(), b.getMinX());
        return union <= 0 ? 0 : intersection / union;
    }

    private static void drag(Point2D from, Point2D to, boolean exact) {
        Point2D start = toScreen(from);
        Point2D finish = toScreen(to);
        if (exact) {
            HeadlessFx.run(() -> robot.keyPress(KeyCode.ALT));
        }
        HeadlessFx.run(() -> robot.mouseMove(start));
        HeadlessFx.run(() -> robot.mousePress(MouseButton.PRIMARY));
        for (int step = 1; step <= 6; step++) {
            double t = step / 6.0;
            HeadlessFx.run(() -> robot.mouseMove(start.getX() + t * (finish.getX() - start.getX()), start.getY()));
        }
        HeadlessFx.run(() -> robot.mouseRelease(MouseButton.PRIMARY));
        if (exact) {
            HeadlessFx.run(() -> robot.keyRelease(KeyCode.ALT));
        }
        HeadlessFx.settle();
    }

    private static void robotKey(KeyCode key) {
        HeadlessFx.run(() -> window.articleView().requestFocus());
        HeadlessFx.run(() -> robot.keyType(key));
    }

    private static Point2D toScreen(Point2D scenePoint) {
        return HeadlessFx.call(() -> new Point2D(window.stage().getX() + window.stage().getScene().getX()
                + scenePoint.getX(), window.stage().getY() + window.stage().getScene().getY() + scenePoint.getY()));
    }

    private static int red(int argb) {
        return (argb >> 16) & 0xff;
    }

    private static int green(int argb) {
        return (argb >> 8) & 0xff;
    }

    private static int blue(int argb) {
        return argb & 0xff;
    }
}

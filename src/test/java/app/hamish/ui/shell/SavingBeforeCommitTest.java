package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.Annotation;
import app.hamish.model.Label;
import app.hamish.model.Span;
import app.hamish.model.WorkflowTransition;
import app.hamish.ui.article.PaintedShapes;
import app.hamish.ui.session.SaveState;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.event.Event;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.robot.Robot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A key that changes the article is drawn as saving in the frame after it, and its edit commits right after that
 * frame; nothing is shown as done before it is committed, and nothing is left looking saving (decision 0078). The
 * real window, its keys through the robot, the workspace read back from the file.
 */
class SavingBeforeCommitTest {
    private static final String ARTICLE = "000_8c93457ec6c28807";

    @TempDir
    Path folder;

    /** One laid-out frame: what it drew as saving, what the session showed, what the file held. */
    private record Frame(int savingShapes, int shown, int stored) {
    }

    @Test
    void aTagIsDrawnAsSavingBeforeItsCommitAndAsCommittedWithoutItAfter() throws Exception {
        inWindow("tag.db", (window, location) -> {
            selectWord(window, "مملوك");
            int before = HeadlessFx.call(() -> window.session().annotations().size());

            List<Frame> frames = framesOfKey(window, () -> new Frame(
                    PaintedShapes.saving(window.articleView()).size(), window.session().annotations().size(),
                    stored(location)), KeyCode.DIGIT1);

            // Its commit runs beside the saving frame (decision 0085): the file may hold it while it is drawn saving.
            int saving = frames.indexOf(frames.stream()
                    .filter(frame -> frame.savingShapes() == 1 && frame.shown() == before).findFirst().orElse(null));
            assertThat(saving).as("a frame drawn with the tag as saving, not shown as done: %s", frames)
                    .isNotNegative();
            assertThat(frames.subList(saving, frames.size())).as("then the committed tag, drawn without saving")
                    .contains(new Frame(0, before + 1, before + 1));
            assertThat(frames).as("never saving and done at once")
                    .noneMatch(frame -> frame.savingShapes() > 0 && frame.shown() > before);
            assertThat(frames).as("never shown as done before it is stored")
                    .noneMatch(frame -> frame.shown() > frame.stored());
            assertThat(frames.getLast()).isEqualTo(new Frame(0, before + 1, before + 1));
            assertNothingSaving(window);
        });
    }

    @Test
    void anUndoIsDrawnAsSavingBeforeItsCommitAndAsCommittedWithoutItAfter() throws Exception {
        inWindow("undo-look.db", (window, location) -> {
            selectWord(window, "مملوك");
            int before = stored(location);
            HeadlessFx.run(() -> window.articleModel().annotate(Label.ENTITY, null));
            HeadlessFx.settle();
            HeadlessFx.run(() -> window.articleView().requestFocus());

            List<Frame> frames = framesOfKey(window, () -> new Frame(
                    PaintedShapes.saving(window.articleView()).size(), window.session().annotations().size(),
                    stored(location)), KeyCode.Z, KeyCode.CONTROL);

            assertThat(frames).as("a frame drawn with the tag going as saving, still shown and stored")
                    .contains(new Frame(1, before + 1, before + 1));
            int saving = frames.indexOf(new Frame(1, before + 1, before + 1));
            assertThat(frames.subList(saving, frames.size())).as("then the tag gone, drawn without saving")
                    .contains(new Frame(0, before, before));
            assertThat(frames).as("never saving and done at once").noneMatch(frame -> frame.savingShapes() > 0
                    && (frame.shown() == before || frame.stored() == before));
            assertThat(frames.getLast()).isEqualTo(new Frame(0, before, before));
            assertNothingSaving(window);
        });
    }

    @Test
    void aRefusedTagLeavesNothingLookingSavingAndTheWorkspaceAsItWas() throws Exception {
        inWindow("refused.db", (window, location) -> {
            selectWord(window, "مملوك");
            HeadlessFx.run(() -> window.articleModel().annotate(Label.ENTITY, null));
            // Submitted: the analyst's layer is read-only until a reviewer returns it, and a tag on it is refused.
            HeadlessFx.run(() -> window.reviewModel().transitionWhereOffered(WorkflowTransition.SUBMIT,
                    Optional::empty));
            selectWord(window, "القاهرة");
            int before = stored(location);

            List<Integer> savingDrawn = framesOfKey(window,
                    () -> PaintedShapes.saving(window.articleView()).size(), KeyCode.DIGIT1);

            assertThat(savingDrawn).as("drawn as saving first").contains(1);
            assertThat(savingDrawn.getLast()).as("and not after the refusal").isZero();
            assertNothingSaving(window);
            assertThat(HeadlessFx.call(() -> window.session().hintProperty().get())).isNotEmpty();
            assertThat(stored(location)).isEqualTo(before);
        });
    }

    @Test
    void anUndoPressedBeforeTheTagsFrameUndoesThatTag() throws Exception {
        inWindow("undo.db", (window, location) -> {
            selectWord(window, "مملوك");
            int before = stored(location);
            // In one turn of the FX thread: no frame, so no commit, comes between the two keys.
            boolean undoOffered = HeadlessFx.call(() -> {
                key(window, KeyCode.DIGIT1);
                boolean offered = window.session().canUndoProperty().get();
                window.session().undo();
                return offered;
            });
            HeadlessFx.settle();

            assertThat(undoOffered).as("Edit → Undo offered while the tag waits, or its shortcut does nothing")
                    .isTrue();
            assertThat(HeadlessFx.call(() -> window.session().annotations().size())).isEqualTo(before);
            assertThat(stored(location)).isEqualTo(before);
            assertThat(HeadlessFx.call(() -> window.session().redoNameProperty().get())).isEqualTo("tag");
            assertNothingSaving(window);
        });
    }

    @Test
    void openingAnotherArticleWithATagWaitingCommitsItOnItsOwnArticle() throws Exception {
        inWindow("switch.db", (window, location) -> {
            Span word = selectWord(window, "مملوك");
            long tagged = HeadlessFx.call(() -> window.session().article().id());
            String other = HeadlessFx.call(() -> window.workspace().corpus().articles().stream()
                    .filter(article -> article.id() != tagged).findFirst().orElseThrow().externalId());
            HeadlessFx.run(() -> {
                key(window, KeyCode.DIGIT1);
                window.openArticle(other);
            });
            HeadlessFx.settle();

            assertThat(HeadlessFx.call(() -> window.session().article().externalId())).isEqualTo(other);
            assertThat(HeadlessFx.call(() -> window.workspace().annotations().ofArticle(tagged)))
                    .extracting(Annotation::span, Annotation::label)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(word, Label.ENTITY));
            assertNothingSaving(window);
        });
    }

    @Test
    void closingTheWindowWhileATagCommitsBesideItsFrameWaitsForTheCommit() throws Exception {
        inWindow("close.db", (window, location) -> {
            selectWord(window, "مملوك");
            int before = stored(location);
            int shown = HeadlessFx.call(() -> window.session().annotations().size());
            // In one turn of the FX thread: the tag's transaction has begun on its own thread as the window closes.
            HeadlessFx.run(() -> {
                key(window, KeyCode.DIGIT1);
                window.close();
            });

            assertThat(HeadlessFx.call(() -> window.session().waiting().isWaiting())).isFalse();
            assertThat(HeadlessFx.call(() -> window.session().annotations().size()))
                    .as("shown committed before the window closed").isEqualTo(shown + 1);
            assertThat(stored(location)).as("committed before the workspace closed").isEqualTo(before + 1);
        });
    }

    @Test
    void theCommittedTagIsDrawnAsTheTagMadeAtOnceWas() throws Exception {
        inWindow("pixels.db", (window, location) -> {
            selectWord(window, "مملوك");
            // What the key did before it waited for its frame: the edit at once. First, so that nothing the saving
            // look leaves behind is in both pictures.
            HeadlessFx.run(() -> window.articleModel().annotate(Label.ENTITY, null));
            HeadlessFx.settle();
            Image atOnce = HeadlessFx.call(() -> snapshot(window));
            HeadlessFx.run(window.session()::undo);
            HeadlessFx.settle();
            selectWord(window, "مملوك");
            KeyPresses.press(HeadlessFx.call(Robot::new), KeyCode.DIGIT1);
            Image throughSaving = HeadlessFx.call(() -> snapshot(window));

            assertSamePixels(throughSaving, atOnce);
        });
    }

    /** A test's steps on the real window, on a new workspace of the sample articles in {@code name}, closed after. */
    private void inWindow(String name, WindowSteps steps) throws Exception {
        Path location = folder.resolve(name);
        WorkbenchWindow window = WorkbenchHarness.open(location, ARTICLE, 1200, 800);
        try {
            steps.run(window, location);
        } finally {
            HeadlessFx.run(window::close);
        }
    }

    private interface WindowSteps {
        void run(WorkbenchWindow window, Path location) throws Exception;
    }

    /** What {@code look} saw in each frame laid out from before the key's press until its edit had run. */
    private static <T> List<T> framesOfKey(WorkbenchWindow window, Supplier<T> look, KeyCode key,
                                           KeyCode... modifiers) {
        List<T> frames = new ArrayList<>();
        Runnable record = () -> frames.add(look.get());
        HeadlessFx.run(() -> window.stage().getScene().addPostLayoutPulseListener(record));
        KeyPresses.press(HeadlessFx.call(Robot::new), key, modifiers);
        HeadlessFx.run(() -> window.stage().getScene().removePostLayoutPulseListener(record));
        return frames;
    }

    /** Nothing waits, nothing is drawn as saving, and the status line says all is saved. */
    private static void assertNothingSaving(WorkbenchWindow window) {
        assertThat(HeadlessFx.call(() -> window.session().waiting().look())).isEmpty();
        assertThat(HeadlessFx.call(() -> PaintedShapes.saving(window.articleView()))).isEmpty();
        assertThat(HeadlessFx.call(() -> window.session().saveStateProperty().get())).isEqualTo(SaveState.SAVED);
    }

    private static Span selectWord(WorkbenchWindow window, String word) {
        return HeadlessFx.call(() -> {
            String text = window.session().article().text().value();
            int start = text.codePointCount(0, text.indexOf(word));
            window.articleModel().select(start + 1, start + word.length() - 1, false);
            window.articleView().scrollToOffset(start);
            window.articleView().requestFocus();
            return window.session().selectionProperty().get();
        });
    }

    /** A key pressed on the article view, on the FX thread, without letting a frame be drawn after it. */
    private static void key(WorkbenchWindow window, KeyCode code) {
        Event.fireEvent(window.articleView(), new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false,
                false));
    }

    /** The annotations in the workspace's file, read past the window. */
    private static int stored(Path location) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + location);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT count(*) FROM annotations")) {
            result.next();
            return result.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Image snapshot(WorkbenchWindow window) {
        return window.articleView().snapshot(new SnapshotParameters(), null);
    }

    private static void assertSamePixels(Image shown, Image expected) {
        PixelReader left = shown.getPixelReader();
        PixelReader right = expected.getPixelReader();
        assertThat(shown.getWidth()).isEqualTo(expected.getWidth());
        assertThat(shown.getHeight()).isEqualTo(expected.getHeight());
        for (int y = 0; y < (int) shown.getHeight(); y++) {
            for (int x = 0; x < (int) shown.getWidth(); x++) {
                if (left.getArgb(x, y) != right.getArgb(x, y)) {
                    assertThat(Integer.toHexString(left.getArgb(x, y))).as("pixel %d,%d", x, y)
                            .isEqualTo(Integer.toHexString(right.getArgb(x, y)));
                }
            }
        }
    }
}

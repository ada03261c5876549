package app.hamish.ui.shell;

import app.hamish.model.Span;
import app.hamish.ui.article.Mark;
import app.hamish.ui.article.PaintedShapes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;
import javafx.scene.text.Text;
import javafx.stage.Stage;

/**
 * The real workbench in a JVM of its own, headless, driven by line commands on standard input, each answered by one
 * line on standard output that starts with {@link #ANSWER}. Started as {@link WorkbenchApp} starts it (the start-up
 * screen, the workspace opened from its address with the password from PGPASSWORD, then the window); keys and
 * clicks go to the scene as events from the robot, so the keyboard's and the mouse's paths are what is driven.
 * Everything it answers is read from what the window draws, not from the workspace.
 *
 * <p>Arguments: the workspace's address and the article to open. Commands:
 * <ul>
 *   <li>{@code select START END}: the text selection, in code points, as a drag ends in it;</li>
 *   <li>{@code key [ctrl+][alt+][shift+]KEY}: a key pressed, named as {@link KeyCode} names it ({@code DIGIT1},
 *       {@code DELETE}, {@code U});</li>
 *   <li>{@code submit}: Ctrl+Alt+U, the workbench's key for submitting one's layer;</li>
 *   <li>{@code click START END}: a click on the middle of the highlight drawn for that span;</li>
 *   <li>{@code highlights}: the annotations drawn over the article, {@code START-END:LABEL} each (and
 *       {@code :rejected} for one drawn as rejected), sorted;</li>
 *   <li>{@code layer-state NAME}: the review pane's line for NAME's layer as drawn, or {@code none};</li>
 *   <li>{@code comment NAME}: the reviewer's comment the review pane shows under NAME's layer, or {@code none};</li>
 *   <li>{@code status}: the status line;</li>
 *   <li>{@code png FILE}: the window as it is drawn, for a person to look at.</li>
 * </ul>
 * The end of standard input closes the workbench and ends the JVM.
 */
public final class WorkbenchDriver {
    /** What every answer starts with, so that nothing else the JVM prints is taken for one. */
    public static final String ANSWER = "driver: ";
    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    private final WorkbenchWindow window;
    private final Robot robot;

    private WorkbenchDriver(WorkbenchWindow window, Robot robot) {
        this.window = window;
        this.robot = robot;
    }

    public static void main(String[] args) throws IOException {
        LogFile.install(DefaultWorkspace.logFile());
        HeadlessFx.start();
        WorkbenchWindow window = open(args[0], args[1]);
        WorkbenchDriver driver = new WorkbenchDriver(window, HeadlessFx.call(Robot::new));
        answer("ready");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            try {
                answer(driver.run(line.strip().split(" +")));
            } catch (RuntimeException e) {
                answer("error " + e);
            }
        }
        HeadlessFx.run(window::close);
        Platform.exit();
        System.exit(0);
    }

    /** As {@link WorkbenchApp#start} opens it; returns once the article is open in the window. */
    private static WorkbenchWindow open(String address, String article) {
        WorkbenchWindow.Options defaults = WorkbenchWindow.Options.defaults();
        WorkbenchWindow.Options options = new WorkbenchWindow.Options(null, defaults.role(), article, Locale.ENGLISH,
                defaults.background(), defaults.training(), null, SessionMemory.in(new MemoryPreferences()));
        AtomicReference<WorkbenchWindow> opened = new AtomicReference<>();
        HeadlessFx.run(() -> {
            UncaughtErrors.installOnFxThread(DefaultWorkspace.logFile(), Messages.bundle(Locale.ENGLISH));
            WorkbenchApp.begin(new Stage(), WorkspaceLocation.parse(address), options, server -> {
                throw new IllegalStateException("asked for the password of " + server + ": PGPASSWORD is not set");
            }, false, opened::set);
        });
        while (HeadlessFx.call(() -> opened.get() == null || opened.get().session().article() == null)) {
            // A refused workspace never opens a window: say why at once rather than leave the test waiting.
            WorkbenchApp.refusal().ifPresent(refused -> {
                answer("error " + refused.getMessage());
                System.exit(3);
            });
            Thread.onSpinWait();
        }
        HeadlessFx.settle();
        return opened.get();
    }

    private String run(String... words) {
        return switch (words[0]) {
            case "select" -> {
                Span span = span(words);
                HeadlessFx.run(() -> {
                    window.articleView().requestFocus();
                    window.session().selectText(span);
                });
                yield "selected " + span.start() + "-" + span.end();
            }
            case "key" -> press(words[1]);
            case "submit" -> press("ctrl+alt+U");
            case "click" -> click(span(words));
            case "highlights" -> "highlights " + String.join(" ", HeadlessFx.call(this::highlights));
            case "layer-state" -> "layer " + HeadlessFx.call(() -> layerLine(words[1])).orElse("none");
            case "comment" -> "comment " + HeadlessFx.call(() -> comment(words[1])).orElse("none");
            case "status" -> "status " + HeadlessFx.call(window::statusText);
            case "png" -> "png " + WindowPng.write(window, Path.of(words[1]));
            default -> throw new IllegalArgumentException("no such command: " + words[0]);
        };
    }

    private static Span span(String[] words) {
        return new Span(Integer.parseInt(words[1]), Integer.parseInt(words[2]));
    }

    private String press(String chord) {
        List<String> parts = Arrays.asList(chord.split("\\+"));
        List<KeyCode> modifiers = new ArrayList<>();
        for (String modifier : parts.subList(0, parts.size() - 1)) {
            modifiers.add(switch (modifier.toLowerCase(Locale.ROOT)) {
                case "ctrl" -> KeyCode.CONTROL;
                case "alt" -> KeyCode.ALT;
                case "shift" -> KeyCode.SHIFT;
                default -> throw new IllegalArgumentException("no such modifier: " + modifier);
            });
        }
        KeyPresses.press(robot, KeyCode.valueOf(parts.getLast()), modifiers.toArray(KeyCode[]::new));
        return "pressed " + chord;
    }

    /** A click on the middle of the span's highlight, where the analyst would click it. */
    private String click(Span span) {
        Bounds box = HeadlessFx.call(() -> PaintedShapes.highlights(window.articleView()).stream()
                .filter(shape -> shape.mark().span().equals(span)).findFirst()
                .map(shape -> window.articleView().localToScreen(shape.bounds()))
                .orElseThrow(() -> new IllegalArgumentException("no highlight drawn for " + span)));
        HeadlessFx.run(() -> {
            robot.mouseMove(box.getCenterX(), box.getCenterY());
            robot.mouseClick(MouseButton.PRIMARY);
        });
        HeadlessFx.settle();
        return "clicked " + span.start() + "-" + span.end();
    }

    /** The highlights of annotations on screen, suggestions left out; one per mark however many lines it spans. */
    private List<String> highlights() {
        return PaintedShapes.highlights(window.articleView()).stream().map(PaintedShapes.Shape::mark)
                .filter(mark -> mark.look() != Mark.Look.SUGGESTION)
                .map(mark -> mark.span().start() + "-" + mark.span().end() + ":" + mark.label()
                        + (mark.look() == Mark.Look.REJECTED ? ":rejected" : ""))
                .distinct().sorted().toList();
    }

    private Optional<CheckBox> layerBox(String name) {
        return Optional.ofNullable(window.stage().getScene().lookup("#layer-" + name))
                .map(CheckBox.class::cast);
    }

    /**
     * The line as drawn, which is not the control's text where JavaFX makes something of it (a mnemonic); none
     * while the pane, just rebuilt, has not been drawn yet.
     */
    private Optional<String> layerLine(String name) {
        return layerBox(name).map(box -> box.lookup(".text")).map(text -> ((Text) text).getText());
    }

    /** The line under the layer's entry in the review pane that carries the reviewer's comment. */
    private Optional<String> comment(String name) {
        return layerBox(name).map(Node::getParent).stream()
                .flatMap(entry -> entry.getChildrenUnmodifiable().stream())
                .filter(node -> node instanceof Label label && label.getTooltip() != null)
                .map(node -> ((Label) node).getText()).findFirst();
    }

    private static void answer(String text) {
        OUT.println(ANSWER + text.replace('\n', ' '));
    }
}

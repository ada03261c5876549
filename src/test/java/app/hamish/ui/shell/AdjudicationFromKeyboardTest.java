package app.hamish.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.io.SampleCorpus;
import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.Provenance;
import app.hamish.model.ReviewDecision;
import app.hamish.model.ReviewStatus;
import app.hamish.model.WorkflowState;
import app.hamish.model.WorkflowTransition;
import app.hamish.service.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.input.KeyCode;
import javafx.scene.robot.Robot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reviewer adjudicates two annotators' layers from the keyboard: the layers in lanes, all agreed spans into gold
 * with one key, each disagreement reached and resolved by choosing a version, the gold copy edited, the counter
 * following; the annotators' layers stay as they made them.
 */
class AdjudicationFromKeyboardTest {
    private static final String ARTICLE = "000_8c93457ec6c28807";

    @TempDir
    Path folder;

    @Test
    void aReviewerAdjudicatesTwoLayersIntoOneGoldFromTheKeyboard() {
        Path file = folder.resolve("adjudicate.db");
        List<Annotation> made;
        long articleId;
        try (Workspace workspace = Workspace.open(file)) {
            workspace.corpus().importSamplesIfEmpty(SampleCorpus::load);
            Article article = workspace.corpus().article(ARTICLE).orElseThrow();
            articleId = article.id();
            Annotator mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
            Annotator ali = workspace.annotations().annotator("ali", Annotator.Role.ANNOTATOR);
            Annotator samir = workspace.annotations().annotator("samir", Annotator.Role.REVIEWER);
            annotate(workspace, article, mona, "علي مملوك", Label.ENTITY);
            annotate(workspace, article, ali, "علي مملوك", Label.ENTITY);
            annotate(workspace, article, mona, "زار القاهرة سرا", Label.CLAIM);
            annotate(workspace, article, ali, "زار القاهرة", Label.CLAIM);
            annotate(workspace, article, ali, "مصادر مطلعة", Label.UNVERIFIED_SOURCE);
            for (Annotator owner : List.of(mona, ali)) {
                workspace.review().transition(article.id(), owner.id(), WorkflowTransition.SUBMIT, owner, "", null);
                workspace.review().transition(article.id(), owner.id(), WorkflowTransition.TAKE_FOR_REVIEW, samir,
                        "", null);
            }
            made = workspace.annotations().ofArticle(article.id());
        }

        WorkbenchWindow window = WorkbenchHarness.open(file, "samir", Annotator.Role.REVIEWER, ARTICLE);
        Robot robot = HeadlessFx.call(Robot::new);
        try {
            HeadlessFx.run(() -> window.articleView().requestFocus());
            KeyPresses.press(robot, KeyCode.J, KeyCode.CONTROL, KeyCode.ALT);
            assertThat(text(window, "#adjudication-counter"))
                    .isEqualTo("Left: 3 disagreement(s)\n1 agreed span(s) to accept");
            assertThat(List.of(text(window, "#lane-1"), text(window, "#lane-2"), text(window, "#lane-3")))
                    .containsExactly("Lane 1: Gold", "Lane 2: ali", "Lane 3: mona");

            KeyPresses.press(robot, KeyCode.A, KeyCode.SHIFT);
            assertThat(text(window, "#adjudication-counter")).endsWith("0 agreed span(s) to accept");

            stepToDisagreement(robot, window, "مصادر مطلعة");
            KeyPresses.press(robot, KeyCode.C);
            assertThat(text(window, "#adjudication-counter")).startsWith("Left: 2 disagreement(s)");
            // Two versions of the claim: V goes from ali's to mona's, C chooses mona's and rejects ali's.
            stepToDisagreement(robot, window, "زار القاهرة");
            KeyPresses.press(robot, KeyCode.V);
            assertThat(selectedText(window)).isEqualTo("زار القاهرة سرا");
            KeyPresses.press(robot, KeyCode.C);
            assertThat(text(window, "#adjudication-counter")).startsWith("Left: 0 disagreement(s)");
            KeyPresses.press(robot, KeyCode.D);
            assertThat(HeadlessFx.call(() -> window.session().hintProperty().get()))
                    .isEqualTo("No disagreement is left to decide.");

            // The boundary keys on mona's claim edit its gold copy: right to left, Alt+→ moves the end back.
            HeadlessFx.run(() -> window.session().selectAnnotation(window.session().annotations().stream()
                    .filter(annotation -> annotation.label().equals(Label.CLAIM)
                            && annotation.annotatorId() != Annotator.GOLD_ID
                            && annotation.span().length() == "زار القاهرة سرا".length()).findFirst().orElseThrow()));
            for (int i = 0; i < 4; i++) {
                KeyPresses.press(robot, KeyCode.RIGHT, KeyCode.ALT);
            }
            assertThat(selectedText(window)).isEqualTo("زار القاهرة");
            assertThat(HeadlessFx.call(() -> window.session().selectedProperty().get().annotatorId()))
                    .isEqualTo(Annotator.GOLD_ID);
        } finally {
            HeadlessFx.run(window::close);
        }

        try (Workspace workspace = Workspace.open(file)) {
            List<Annotation> now = workspace.annotations().ofArticle(articleId);
            assertThat(now).as("the annotators' layers as they made them").containsAll(made);
            Map<Long, ReviewDecision> decisions = workspace.review().decisions(articleId);
            assertThat(made).allSatisfy(annotation -> assertThat(decisions).containsKey(annotation.id()));
            assertThat(made).filteredOn(annotation -> annotation.label().equals(Label.CLAIM)
                    && annotation.span().length() == "زار القاهرة".length()).singleElement()
                    .satisfies(rejected -> assertThat(decisions.get(rejected.id()).status())
                            .isEqualTo(ReviewStatus.REJECTED));
            Article article = workspace.corpus().article(ARTICLE).orElseThrow();
            assertThat(now).filteredOn(annotation -> annotation.annotatorId() == Annotator.GOLD_ID)
                    .extracting(annotation -> annotation.label() + " " + article.text().slice(annotation.span()))
                    .containsExactlyInAnyOrder("ENTITY علي مملوك", "CLAIM زار القاهرة",
                            "UNVERIFIED_SOURCE مصادر مطلعة");
            assertThat(workspace.review().layers(articleId)).extracting(layer -> layer.state())
                    .containsOnly(WorkflowState.IN_REVIEW);
        }
    }

    /** Presses D (next disagreement) until the one with this text is selected, at most once round the three. */
    private static void stepToDisagreement(Robot robot, WorkbenchWindow window, String text) {
        for (int i = 0; i < 3 && !text.equals(selectedTextOrNone(window)); i++) {
            KeyPresses.press(robot, KeyCode.D);
        }
        assertThat(selectedText(window)).isEqualTo(text);
    }

    private static String selectedTextOrNone(WorkbenchWindow window) {
        return HeadlessFx.call(() -> window.session().selectedProperty().get() == null ? ""
                : window.session().article().text().slice(window.session().selectedProperty().get().span()));
    }

    private static void annotate(Workspace workspace, Article article, Annotator by, String text, String label) {
        int at = article.text().value().indexOf(text);
        workspace.annotations().create(new NewAnnotation(article.id(), by.id(),
                article.text().spanFromUtf16(at, at + text.length()), label,
                label.equals(Label.ENTITY) ? "person" : null, "", Provenance.MANUAL));
    }

    private static String text(WorkbenchWindow window, String selector) {
        return HeadlessFx.call(() -> ((javafx.scene.control.Label) window.stage().getScene().lookup(selector))
                .getText());
    }

    private static String selectedText(WorkbenchWindow window) {
        return HeadlessFx.call(() -> window.session().article().text()
                .slice(window.session().selectedProperty().get().span()));
    }
}

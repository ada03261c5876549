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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.scene.robot.Robot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reviewer takes a submitted article, decides every annotation and signs off, all from the keyboard. */
class ReviewFromKeyboardTest {
    private static final String ARTICLE = "000_8c93457ec6c28807";

    @TempDir
    Path folder;

    @Test
    void aReviewerReviewsAnArticleFromTheKeyboardAndSignsItOff() {
        Path file = folder.resolve("review.db");
        long articleId;
        try (Workspace workspace = Workspace.open(file)) {
            workspace.corpus().importSamplesIfEmpty(SampleCorpus::load);
            Article article = workspace.corpus().article(ARTICLE).orElseThrow();
            articleId = article.id();
            Annotator mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
            for (String[] span : new String[][] {{"علي مملوك", Label.ENTITY}, {"مصادر مطلعة", Label.UNVERIFIED_SOURCE},
                    {"زار القاهرة سرا", Label.CLAIM}}) {
                int at = article.text().value().indexOf(span[0]);
                workspace.annotations().create(new NewAnnotation(article.id(), mona.id(),
                        article.text().spanFromUtf16(at, at + span[0].length()), span[1], null, "",
                        Provenance.MANUAL));
            }
            workspace.review().transition(article.id(), mona.id(), WorkflowTransition.SUBMIT, mona, "", null);
        }

        List<String> questions = new ArrayList<>();
        WorkbenchWindow window = WorkbenchHarness.open(file, "samir", Annotator.Role.REVIEWER, ARTICLE, 1200, 800,
                question -> {
                    questions.add(question);
                    return Optional.of("the source is not named");
                });
        Robot robot = HeadlessFx.call(Robot::new);
        try {
            HeadlessFx.run(() -> window.articleView().requestFocus());
            shortcut(robot, KeyCode.T);
            assertThat(layerState(window, "mona")).isEqualTo(WorkflowState.IN_REVIEW);

            shortcut(robot, KeyCode.S);
            assertThat(HeadlessFx.call(() -> window.session().hintProperty().get()))
                    .contains("Cannot sign off: 3 annotation(s) undecided");
            assertThat(layerState(window, "mona")).isEqualTo(WorkflowState.IN_REVIEW);

            key(robot, KeyCode.N);
            key(robot, KeyCode.A);
            key(robot, KeyCode.R);
            // The third: relabelled from the keyboard, which accepts it into gold and relabels the gold copy.
            key(robot, KeyCode.DIGIT2);
            shortcut(robot, KeyCode.S);
            assertThat(layerState(window, "mona")).isEqualTo(WorkflowState.SIGNED_OFF);
            assertThat(questions).containsExactly("Why is this annotation rejected?");
        } finally {
            HeadlessFx.run(window::close);
        }

        try (Workspace workspace = Workspace.open(file)) {
            List<Annotation> annotations = workspace.annotations().ofArticle(articleId);
            Map<Long, ReviewDecision> decisions = workspace.review().decisions(articleId);
            assertThat(decisions).hasSize(3);
            // In text order: the title's entity (accepted) and claim (rejected), then the source, accepted as it was
            // made; its gold copy is the one relabelled.
            assertThat(annotations).filteredOn(annotation -> annotation.annotatorId() != Annotator.GOLD_ID)
                    .extracting(annotation -> annotation.label() + ":" + decisions.get(annotation.id()).status())
                    .containsExactly("ENTITY:ACCEPTED", "CLAIM:REJECTED", "UNVERIFIED_SOURCE:ACCEPTED");
            assertThat(annotations).filteredOn(annotation -> annotation.annotatorId() == Annotator.GOLD_ID)
                    .extracting(Annotation::label).containsExactly(Label.ENTITY, Label.CLAIM);
            assertThat(decisions.values()).filteredOn(decision -> decision.status() == ReviewStatus.REJECTED)
                    .singleElement().extracting(ReviewDecision::comment).isEqualTo("the source is not named");
            List<String> audit = new ArrayList<>();
            workspace.review().audit(articleId, entry -> audit.add(entry.actor() + " " + entry.action()));
            assertThat(audit).endsWith("samir taken_for_review", "samir accepted", "samir accepted_into_gold",
                    "samir rejected", "samir accepted", "samir accepted_into_gold", "samir edited",
                    "samir signed_off");
        }
    }

    private static WorkflowState layerState(WorkbenchWindow window, String name) {
        return HeadlessFx.call(() -> window.reviewModel().layers().stream()
                .filter(layer -> layer.name().equals(name)).findFirst().orElseThrow().state());
    }

    private static void key(Robot robot, KeyCode code) {
        HeadlessFx.run(() -> robot.keyType(code));
        HeadlessFx.settle();
    }

    /** Ctrl+Alt+key, the Review menu's accelerators. */
    private static void shortcut(Robot robot, KeyCode code) {
        HeadlessFx.run(() -> {
            robot.keyPress(KeyCode.CONTROL);
            robot.keyPress(KeyCode.ALT);
            robot.keyType(code);
            robot.keyRelease(KeyCode.ALT);
            robot.keyRelease(KeyCode.CONTROL);
        });
        HeadlessFx.settle();
    }
}

package app.hamish.service.soak;

import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.ArticleSummary;
import app.hamish.model.ArticleText;
import app.hamish.model.NewAnnotation;
import app.hamish.model.NewArticle;
import app.hamish.model.Provenance;
import app.hamish.model.ReviewStatus;
import app.hamish.model.ServerAddress;
import app.hamish.model.Span;
import app.hamish.model.WorkflowState;
import app.hamish.model.WorkflowTransition;
import app.hamish.service.Workspace;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The process {@link CrashSoakTest} kills: it works through articles the way an annotator and a reviewer do in
 * the workbench (each annotation, decision and layer move its own committed call into the service layer) and
 * appends one line per change to an acknowledgement file only after the call has returned, so every line there
 * is a change Hamish reported saved. It picks up where the workspace says it was, so every start continues
 * after the last kill.
 */
public final class CrashSoakDriver {
    static final String ARTICLE_PREFIX = "soak-";
    static final int ANNOTATIONS_PER_ARTICLE = 4;
    static final String READY = "ready";
    /** Printed once its first change is acknowledged: the soak's kill is timed from here. */
    static final String WORKING = "working";
    private static final String TEXT = "قالت مصادر مطلعة إن علي مملوك زار القاهرة سرا";

    private final Workspace workspace;
    private final Annotator annotator;
    private final Annotator reviewer;

    private CrashSoakDriver(Workspace workspace) {
        this.workspace = workspace;
        this.annotator = workspace.annotations().annotator(CrashSoakTest.ANNOTATOR, Annotator.Role.ANNOTATOR);
        this.reviewer = workspace.annotations().annotator(CrashSoakTest.REVIEWER, Annotator.Role.REVIEWER);
    }

    /** {@code args}: the workspace (a file, or a server's {@code postgresql://} address), the acknowledgement file. */
    public static void main(String[] args) throws IOException {
        // Unbuffered: each acknowledgement is in the kernel (which outlives a SIGKILL) before the next change.
        try (Workspace workspace = open(args[0]);
             OutputStream acknowledgements = new FileOutputStream(args[1], true)) {
            CrashSoakDriver driver = new CrashSoakDriver(workspace);
            System.out.println(READY);
            System.out.flush();
            boolean first = true;
            while (true) {
                String acknowledged = driver.step();
                acknowledgements.write((acknowledged + "\n").getBytes(StandardCharsets.UTF_8));
                if (first) {
                    System.out.println(WORKING);
                    System.out.flush();
                    first = false;
                }
            }
        }
    }

    private static Workspace open(String workspace) {
        return workspace.startsWith("postgresql://") ? Workspace.open(ServerAddress.parse(workspace))
                : Workspace.open(Path.of(workspace));
    }

    /** Makes the next change in one committed call and returns its acknowledgement line. */
    private String step() {
        Optional<ArticleSummary> current = workspace.corpus().articles().stream()
                .filter(article -> article.externalId().startsWith(ARTICLE_PREFIX))
                .max(Comparator.comparingLong(ArticleSummary::id));
        if (current.isEmpty() || layer(current.get()) == WorkflowState.SIGNED_OFF) {
            return importNext(current.map(article -> number(article) + 1).orElse(1));
        }
        ArticleSummary article = current.get();
        return switch (layer(article)) {
            case NEW, IN_PROGRESS, RETURNED -> annotateOrSubmit(article);
            case SUBMITTED -> move(article, WorkflowTransition.TAKE_FOR_REVIEW);
            case IN_REVIEW -> decideOrSignOff(article);
            case SIGNED_OFF -> throw new IllegalStateException("handled above");
        };
    }

    private String importNext(int number) {
        String externalId = ARTICLE_PREFIX + number;
        workspace.corpus().importArticles(List.of(new NewArticle(externalId, "soak " + number, externalId + ".txt",
                ArticleText.of(TEXT + " " + number), "{}")));
        return "article " + externalId;
    }

    private String annotateOrSubmit(ArticleSummary article) {
        List<Annotation> annotations = workspace.annotations().ofArticle(article.id());
        if (annotations.size() >= ANNOTATIONS_PER_ARTICLE) {
            return move(article, WorkflowTransition.SUBMIT);
        }
        int start = annotations.size();
        Annotation created = workspace.annotations().create(new NewAnnotation(article.id(), annotator.id(),
                new Span(start, start + 1), start % 2 == 0 ? "ENTITY" : "CLAIM", null, "", Provenance.MANUAL));
        return "annotation " + created.id() + " " + article.externalId() + " " + created.span().start() + " "
                + created.span().end();
    }

    private String decideOrSignOff(ArticleSummary article) {
        Map<Long, ?> decisions = workspace.review().decisions(article.id());
        // The gold copies an acceptance makes are the reviewer's result, not annotations to decide.
        Optional<Annotation> undecided = workspace.annotations().ofArticle(article.id()).stream()
                .filter(annotation -> annotation.annotatorId() == annotator.id())
                .filter(annotation -> !decisions.containsKey(annotation.id()))
                .findFirst();
        if (undecided.isEmpty()) {
            return move(article, WorkflowTransition.SIGN_OFF);
        }
        workspace.review().decide(undecided.get().id(), reviewer, ReviewStatus.ACCEPTED, "", null);
        return "decision " + undecided.get().id();
    }

    private String move(ArticleSummary article, WorkflowTransition transition) {
        Annotator actor = transition.byReviewer() ? reviewer : annotator;
        workspace.review().transition(article.id(), annotator.id(), transition, actor, "", null);
        return "state " + article.externalId() + " " + transition.pastTense();
    }

    private WorkflowState layer(ArticleSummary article) {
        return workspace.review().state(article.id(), annotator.id());
    }

    private static int number(ArticleSummary article) {
        return Integer.parseInt(article.externalId().substring(ARTICLE_PREFIX.length()));
    }
}

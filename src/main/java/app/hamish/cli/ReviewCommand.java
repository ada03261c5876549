package app.hamish.cli;

import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.ReviewDecision;
import app.hamish.model.ReviewStatus;
import app.hamish.model.WorkflowTransition;
import app.hamish.service.Refusal;
import app.hamish.service.RefusedException;
import app.hamish.service.Workspace;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "review", description = {"Move an annotator's layer of an article through review, or accept and "
        + "reject its annotations, by the same rules as the workbench; acting as --annotator NAME (with --reviewer "
        + "for a reviewer), or on a server as the login.",
        "A refused step (exit 4) says why and changes nothing."})
final class ReviewCommand extends WorkspaceCommand implements Callable<Integer> {
    /** The steps, as scripts name them. */
    enum Step {
        SUBMIT("submit", WorkflowTransition.SUBMIT),
        TAKE("take", WorkflowTransition.TAKE_FOR_REVIEW),
        ACCEPT("accept", null),
        REJECT("reject", null),
        RETURN("return", WorkflowTransition.RETURN),
        SIGN_OFF("sign-off", WorkflowTransition.SIGN_OFF),
        REOPEN("reopen", WorkflowTransition.REOPEN);

        private final String word;
        private final WorkflowTransition transition;

        Step(String word, WorkflowTransition transition) {
            this.word = word;
            this.transition = transition;
        }

        static Optional<Step> named(String word) {
            return Arrays.stream(values()).filter(step -> step.word.equals(word)).findFirst();
        }
    }

    /** For picocli's usage text and shell completion. */
    static final class StepNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Step.values()).map(step -> step.word).iterator();
        }
    }

    @Parameters(index = "0", paramLabel = "STEP", completionCandidates = StepNames.class,
            description = "submit, take, accept, reject, return, sign-off or reopen.")
    String stepName;

    @Option(names = "--article", required = true, paramLabel = "ID", description = "The article, by its id.")
    String article;

    @Option(names = "--layer", paramLabel = "ANNOTATOR", description = "Whose layer of the article (default: the "
            + "acting annotator's own).")
    String layer;

    @CommandLine.ArgGroup(exclusive = true)
    Target target;

    static final class Target {
        @Option(names = "--annotation", paramLabel = "N", description = "With accept or reject: the annotation, by "
                + "its id (annotation_id in the review CSV).")
        Long annotation;

        @Option(names = "--all-agreed", description = "With accept: every undecided annotation of the layer whose "
                + "span, label and subtype another layer of the article also has.")
        boolean allAgreed;
    }

    @Option(names = "--comment", paramLabel = "TEXT", description = "The reason for a rejection, what to fix for "
            + "return (both required), or a note on any other step.")
    String comment;

    @Option(names = "--annotator", paramLabel = "NAME", description = "Who acts (may also come before the command).")
    String annotator;

    @Option(names = "--reviewer", description = "Act as a reviewer (for a new name; an existing one keeps its role).")
    boolean reviewer;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Step step = Step.named(stepName).orElseThrow(() -> usage("STEP is one of "
                + String.join(", ", new StepNames()) + ", not " + stepName));
        String requestedName = annotator != null ? annotator : parent.annotator;
        if (requestedName == null && server().isEmpty()) {
            throw usage("say who acts with --annotator NAME (and --reviewer for a reviewer)");
        }
        boolean decides = step == Step.ACCEPT || step == Step.REJECT;
        if (decides && target == null) {
            throw usage(step.word + " needs --annotation N or --all-agreed");
        }
        if (!decides && target != null) {
            throw usage("--annotation and --all-agreed are for accept and reject");
        }
        if (step == Step.REJECT && target.allAgreed) {
            throw usage("--all-agreed accepts; reject names each --annotation with its --comment");
        }
        try (Workspace opened = openExisting()) {
            String actorName = opened.actingName(requestedName);
            // One transaction: a refused step leaves no new annotator behind either.
            String done = opened.atomically(() -> {
                boolean asReviewer = reviewer || parent.reviewer;
                Annotator actor = opened.annotations().annotator(actorName,
                        asReviewer ? Annotator.Role.REVIEWER : Annotator.Role.ANNOTATOR);
                if (asReviewer && actor.role() != Annotator.Role.REVIEWER) {
                    throw new RefusedException(Refusal.ANNOTATES, actor.name());
                }
                Article chosen = opened.corpus().article(article)
                        .orElseThrow(() -> new RefusedException(Refusal.NO_ARTICLE, article));
                Annotator owner = layer == null ? actor : opened.annotations().annotators().stream()
                        .filter(candidate -> candidate.name().equals(layer.strip())).findFirst()
                        .orElseThrow(() -> new RefusedException(Refusal.NO_ANNOTATOR, layer));
                if (!decides) {
                    opened.review().transition(chosen.id(), owner.id(), step.transition, actor, comment, null);
                    return String.format("%s's layer of article %s is now %s.", owner.name(), chosen.externalId(),
                            opened.review().state(chosen.id(), owner.id()).code());
                }
                ReviewStatus status = step == Step.ACCEPT ? ReviewStatus.ACCEPTED : ReviewStatus.REJECTED;
                List<Annotation> decided = target.allAgreed ? agreed(opened, chosen, owner)
                        : List.of(ofLayer(opened, chosen, owner));
                decided.forEach(annotation -> opened.review().decide(annotation.id(), actor, status, comment, null));
                return String.format("%s %d annotation(s) of %s's layer of article %s.",
                        status == ReviewStatus.ACCEPTED ? "Accepted" : "Rejected", decided.size(), owner.name(),
                        chosen.externalId());
            });
            spec.commandLine().getOut().println(done);
        }
        return ExitCodes.OK;
    }

    private Annotation ofLayer(Workspace opened, Article chosen, Annotator owner) {
        return opened.annotations().ofArticle(chosen.id()).stream()
                .filter(annotation -> annotation.id() == target.annotation && annotation.annotatorId() == owner.id())
                .findFirst().orElseThrow(() -> new RefusedException(String.format(
                        "Article %s has no annotation %d in %s's layer.", chosen.externalId(), target.annotation,
                        owner.name())));
    }

    /**
     * The layer's undecided annotations that another layer also made, span, label and subtype alike: what two
     * people marked the same needs no second look. Decisions already made stand.
     */
    private static List<Annotation> agreed(Workspace opened, Article chosen, Annotator owner) {
        List<Annotation> all = opened.annotations().ofArticle(chosen.id());
        Map<Long, ReviewDecision> decisions = opened.review().decisions(chosen.id());
        return all.stream()
                .filter(annotation -> annotation.annotatorId() == owner.id())
                .filter(annotation -> !ReviewDecision.stands(decisions.get(annotation.id()), annotation))
                .filter(annotation -> all.stream().anyMatch(other -> other.annotatorId() != owner.id()
                        && other.annotatorId() != Annotator.GOLD_ID && other.span().equals(annotation.span())
                        && other.label().equals(annotation.label())
                        && Objects.equals(other.subtype(), annotation.subtype())))
                .toList();
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}

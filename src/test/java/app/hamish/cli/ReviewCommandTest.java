package app.hamish.cli;

import static app.hamish.cli.CommandLineTest.hamish;
import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.cli.CommandLineTest.Run;
import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.ReviewDecision;
import app.hamish.model.ReviewStatus;
import app.hamish.model.WorkflowState;
import app.hamish.service.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two annotators' work done in another tool is imported into their own layers, and a reviewer takes it through
 * review from the command line, by the workbench's rules: refusals exit 4, say why and change nothing.
 */
class ReviewCommandTest {
    private static final String TEXT = "قالت مصادر مطلعة إن السيسي زار القاهرة سرا.";

    @TempDir
    Path folder;

    @Test
    void importedLayersGoThroughReviewFromTheCommandLine() throws Exception {
        String workspace = folder.resolve("team.db").toString();
        // Both marked the person; their claims' boundaries differ.
        Run mona = hamish("import", "--workspace", workspace, "--format", "doccano", "--annotator", "mona",
                doccano("mona.jsonl", "[20,26,\"ENTITY:person\"],[20,42,\"CLAIM\"],[5,16,\"UNVERIFIED_SOURCE\"]")
                        .toString());
        assertThat(mona.exitCode()).as(mona.err()).isZero();
        assertThat(mona.out()).contains("Imported 3 annotation(s) and 0 relation(s) as mona");
        Run ali = hamish("import", "--workspace", workspace, "--format", "doccano", "--annotator", "ali",
                doccano("ali.jsonl", "[20,26,\"ENTITY:person\"],[20,38,\"CLAIM\"]").toString());
        assertThat(ali.exitCode()).as(ali.err()).isZero();
        assertThat(layers()).containsOnlyKeys("mona", "ali");

        expectRefused(review("submit", "--annotator", "ali", "--layer", "mona"),
                "Only the annotator whose work it is can submit it.");
        expectDone(review("submit", "--annotator", "mona"), "mona's layer of article a1 is now submitted.");
        expectRefused(hamish("import", "--workspace", workspace, "--format", "doccano", "--annotator", "mona",
                        doccano("more.jsonl", "[31,38,\"ENTITY:location\"]").toString()),
                "You have submitted this article for review");
        expectRefused(review("take", "--annotator", "mona", "--reviewer", "--layer", "mona"),
                "mona already annotates in this workspace and stays an annotator: a reviewer signs off others' work");

        String[] samir = {"--annotator", "samir", "--reviewer", "--layer", "mona"};
        expectRefused(review("accept", samir, "--all-agreed"),
                "Annotations are decided during review; this layer is submitted.");
        assertThat(layers()).as("a refused first step adds no one").doesNotContainKey("samir");
        expectDone(review("take", samir), "mona's layer of article a1 is now in_review.");
        expectDone(review("accept", samir, "--all-agreed"), "Accepted 1 annotation(s) of mona's layer");
        long claim = annotationOf("mona", "CLAIM").id();
        expectRefused(review("reject", samir, "--annotation", Long.toString(claim)),
                "Give a reason for rejecting the annotation.");
        expectRefused(review("reject", samir, "--annotation", Long.toString(annotationOf("ali", "CLAIM").id()),
                "--comment", "too long"), "has no annotation");
        expectDone(review("reject", samir, "--annotation", Long.toString(claim), "--comment", "ends at القاهرة"),
                "Rejected 1 annotation(s)");
        expectRefused(review("sign-off", samir), "Cannot sign off: 1 annotation(s) undecided");
        expectRefused(review("return", samir), "returning an article needs a comment");
        expectDone(review("accept", samir, "--annotation", Long.toString(annotationOf("mona", "UNVERIFIED_SOURCE")
                .id())), "Accepted 1 annotation(s)");
        expectDone(review("sign-off", samir), "now signed_off");
        expectDone(review("reopen", samir), "now in_review");
        expectDone(review("return", samir, "--comment", "mark the location too"), "now returned");

        long monaId = layers().get("mona").id();
        try (Workspace opened = Workspace.open(Path.of(workspace))) {
            Article article = opened.corpus().article("a1").orElseThrow();
            Map<Long, ReviewDecision> decisions = opened.review().decisions(article.id());
            assertThat(opened.annotations().ofArticle(article.id()).stream()
                    .filter(annotation -> decisions.containsKey(annotation.id()))
                    .collect(Collectors.toMap(Annotation::label, annotation -> decisions.get(annotation.id())
                            .status()))).containsExactlyInAnyOrderEntriesOf(Map.of("ENTITY", ReviewStatus.ACCEPTED,
                    "CLAIM", ReviewStatus.REJECTED, "UNVERIFIED_SOURCE", ReviewStatus.ACCEPTED));
            assertThat(opened.review().layers(article.id())).filteredOn(layer -> layer.annotatorId() == monaId)
                    .singleElement()
                    .satisfies(layer -> assertThat(layer.state()).isEqualTo(WorkflowState.RETURNED))
                    .satisfies(layer -> assertThat(layer.comment()).isEqualTo("mark the location too"));
        }
        assertThat(layers()).containsOnlyKeys("mona", "ali", "samir");
    }

    @Test
    void aReviewNamesItsStepAndWhoActs() throws Exception {
        String workspace = folder.resolve("w.db").toString();
        hamish("import", "--workspace", workspace, "--format", "doccano", "--annotator", "mona",
                doccano("mona.jsonl", "[20,26,\"ENTITY:person\"]").toString());
        assertThat(hamish("review", "approve", "--workspace", workspace, "--article", "a1", "--annotator", "mona")
                .exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(hamish("review", "submit", "--workspace", workspace, "--article", "a1").err())
                .contains("--annotator");
        assertThat(hamish("review", "accept", "--workspace", workspace, "--article", "a1", "--annotator", "s",
                "--reviewer").err()).contains("accept needs --annotation N or --all-agreed");
        expectRefused(hamish("--annotator", "mona", "review", "submit", "--workspace", workspace, "--article", "b2"),
                "Article b2 is not in this workspace.");
        expectRefused(hamish("--annotator", "mona", "review", "submit", "--workspace", workspace, "--article", "a1",
                "--layer", "nobody"), "Annotator nobody is not in this workspace.");
        assertThat(hamish("import", "--workspace", workspace, "--format", "doccano", "--annotator", "import:spacy",
                doccano("x.jsonl", "[20,26,\"ENTITY:person\"]").toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void onlyAListedReviewerAddsAnotherFromTheCommandLine() {
        String workspace = folder.resolve("team.db").toString();
        assertThat(hamish("import", "--workspace", workspace, "seeds").exitCode()).isZero();
        try (Workspace opened = Workspace.open(folder.resolve("team.db"))) {
            opened.annotations().annotator("rana", Annotator.Role.REVIEWER);
            opened.annotations().annotator("boss", Annotator.Role.REVIEWER);
        }
        expectRefused(hamish("reviewers", "add", "omar", "--annotator", "boss", "--workspace", workspace),
                "boss is not a reviewer of this workspace: only one of its reviewers adds another.");
        expectDone(hamish("reviewers", "add", "omar", "--annotator", "rana", "--workspace", workspace),
                "omar is now a reviewer");
        Run listed = hamish("reviewers", "--workspace", workspace);
        assertThat(listed.exitCode()).as(listed.err()).isZero();
        assertThat(listed.out().lines()).containsExactly("omar", "rana");
    }

    private Run review(String step, String[] who, String... more) {
        String[] args = new String[who.length + more.length];
        System.arraycopy(who, 0, args, 0, who.length);
        System.arraycopy(more, 0, args, who.length, more.length);
        return review(step, args);
    }

    private Run review(String step, String... args) {
        String[] all = new String[args.length + 6];
        all[0] = "review";
        all[1] = step;
        all[2] = "--workspace";
        all[3] = folder.resolve("team.db").toString();
        all[4] = "--article";
        all[5] = "a1";
        System.arraycopy(args, 0, all, 6, args.length);
        return hamish(all);
    }

    private static void expectDone(Run run, String said) {
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains(said);
    }

    private static void expectRefused(Run run, String why) {
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(run.err()).contains(why);
    }

    private Map<String, Annotator> layers() {
        try (Workspace opened = Workspace.open(folder.resolve("team.db"))) {
            return opened.annotations().annotators().stream()
                    .collect(Collectors.toMap(Annotator::name, annotator -> annotator));
        }
    }

    private Annotation annotationOf(String name, String label) {
        long layer = layers().get(name).id();
        try (Workspace opened = Workspace.open(folder.resolve("team.db"))) {
            Article article = opened.corpus().article("a1").orElseThrow();
            return opened.annotations().ofArticle(article.id()).stream()
                    .filter(annotation -> annotation.annotatorId() == layer && annotation.label().equals(label))
                    .findFirst().orElseThrow();
        }
    }

    private Path doccano(String name, String labels) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, "{\"text\":\"" + TEXT + "\",\"label\":[" + labels + "],\"article_id\":\"a1\"}\n");
        return file;
    }
}

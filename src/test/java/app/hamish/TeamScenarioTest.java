package app.hamish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import app.hamish.cli.Main;
import app.hamish.io.Json;
import app.hamish.ui.shell.WorkbenchDriver;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15's "done when", played as a team plays it, every person a process of their own against a real PostgreSQL:
 * the admin sets the server up and adds two annotators and a reviewer; the two annotators tag one article at once in
 * two workbenches (each its own JVM, headless, driven by keys through {@link WorkbenchDriver}) and each sees the
 * other's highlights appear; both submit; the reviewer, with {@code hamish review}, returns one layer with a comment,
 * which its annotator's open workbench shows; the annotator fixes the layer and submits it again; the reviewer signs
 * both off, and the gold export holds exactly the accepted spans. An annotator's raw SQL cannot sign off.
 */
class TeamScenarioTest {
    private static final String ARTICLE = "000_8c93457ec6c28807";
    private static final Path SEED = Path.of("seeds", ARTICLE + ".txt").toAbsolutePath();
    /** How long a change may take to show in another process; generous, as this is no timing test. */
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final Duration PROCESS_LIMIT = Duration.ofSeconds(120);
    private static final List<String> HEADLESS_FX = List.of("-Dglass.platform=Monocle",
            "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Djava.awt.headless=true");

    @TempDir
    Path folder;
    private TeamServerFixture team;
    private final List<Process> started = new ArrayList<>();
    /** Where each command's output goes, read once it has ended. */
    private final Map<Process, Path> printedBy = new HashMap<>();

    @AfterEach
    void endEveryProcess() throws InterruptedException {
        for (Process process : started) {
            try {
                process.getOutputStream().close();
            } catch (IOException alreadyClosed) {
                // Its standard input was closed before: the process is ending or has ended.
            }
        }
        for (Process process : started) {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
            }
        }
        if (team != null) {
            team.close();
        }
    }

    @Test
    void twoAnnotatorsAndAReviewerTakeOneArticleToGoldEachInAProcessOfTheirOwn() throws Exception {
        String text = Files.readString(SEED, StandardCharsets.UTF_8);
        Span bothEntity = Span.of(text, "علي مملوك", "ENTITY");
        Span aliClaim = Span.of(text, "علي مملوك زار القاهرة سرا", "CLAIM");
        Span aliWrongSource = Span.of(text, "القاهرة", "UNVERIFIED_SOURCE");
        Span bushraWrongClaim = Span.of(text, "الهدهد", "CLAIM");
        Span bushraFix = Span.of(text, "رجال السيسي", "ENTITY");

        team = TeamServerFixture.prepared(folder);
        String admin = team.admin();
        hamish(admin, "server", "init", team.url(admin));
        String ali = team.name("ali");
        String bushra = team.name("bushra");
        String rana = team.name("rana");
        List<Process> adding = new ArrayList<>();
        for (String[] person : new String[][] {{ali, "annotator"}, {bushra, "annotator"}, {rana, "reviewer"}}) {
            adding.add(start(admin, TeamServerFixture.password(person[0]), "server", "add-user", team.url(admin),
                    person[0], "--role", person[1]));
        }
        for (Process process : adding) {
            succeeded(process);
        }
        hamish(admin, "import", "--workspace", team.url(admin), SEED.toString());

        Workbench aliBench = new Workbench(ali);
        Workbench bushraBench = new Workbench(bushra);
        aliBench.awaitReady();
        bushraBench.awaitReady();

        Workbench.tagTogether(aliBench, bothEntity, bushraBench, bothEntity);
        Workbench.tagTogether(aliBench, aliClaim, bushraBench, bushraWrongClaim);
        aliBench.tag(aliWrongSource);
        List<String> everything = drawn(bothEntity, aliClaim, aliWrongSource, bushraWrongClaim);
        aliBench.awaitHighlights(everything);
        bushraBench.awaitHighlights(everything);

        aliBench.ask("submit");
        bushraBench.ask("submit");
        aliBench.awaitLayer(ali, "submitted");
        bushraBench.awaitLayer(bushra, "submitted");

        String reviewing = "--workspace=" + team.url(rana);
        succeededAll(start(rana, null, "review", "take", reviewing, "--article", ARTICLE, "--layer", ali),
                start(rana, null, "review", "take", reviewing, "--article", ARTICLE, "--layer", bushra));
        hamish(rana, "review", "reject", reviewing, "--article", ARTICLE, "--layer", bushra, "--annotation",
                String.valueOf(annotationIds(rana).get(bushra + " " + bushraWrongClaim.key())), "--comment",
                "the site's section, not a claim");
        String why = "الهدهد is the site's section, not a claim; tag Sisi's men";
        hamish(rana, "review", "return", reviewing, "--article", ARTICLE, "--layer", bushra, "--comment", why);

        bushraBench.awaitLayer(bushra, "returned");
        bushraBench.await("comment " + bushra, answer -> answer.contains(why), "the reviewer's comment");
        bushraBench.await("status", answer -> answer.contains("returned your layer") && answer.contains(why),
                "the return said in the status line");
        bushraBench.awaitHighlights(drawn(bothEntity, aliClaim, aliWrongSource, bushraWrongClaim.rejected()));
        bushraBench.ask("png " + Path.of("target", "ui-tests", "team-scenario-returned.png").toAbsolutePath());
        bushraBench.ask("click " + bushraWrongClaim.start() + " " + bushraWrongClaim.end());
        bushraBench.ask("key DELETE");
        bushraBench.tag(bushraFix);
        List<String> fixed = drawn(bothEntity, aliClaim, aliWrongSource, bushraFix);
        bushraBench.awaitHighlights(fixed);
        bushraBench.ask("submit");
        bushraBench.awaitLayer(bushra, "submitted");
        aliBench.awaitHighlights(fixed);

        hamish(rana, "review", "take", reviewing, "--article", ARTICLE, "--layer", bushra);
        Map<String, Long> ids = annotationIds(rana);
        for (String owner : List.of(ali, bushra)) {
            hamish(rana, "review", "accept", reviewing, "--article", ARTICLE, "--layer", owner, "--all-agreed");
        }
        hamish(rana, "review", "accept", reviewing, "--article", ARTICLE, "--layer", ali, "--annotation",
                String.valueOf(ids.get(ali + " " + aliClaim.key())));
        hamish(rana, "review", "reject", reviewing, "--article", ARTICLE, "--layer", ali, "--annotation",
                String.valueOf(ids.get(ali + " " + aliWrongSource.key())), "--comment", "a place, not a source");
        hamish(rana, "review", "accept", reviewing, "--article", ARTICLE, "--layer", bushra, "--annotation",
                String.valueOf(ids.get(bushra + " " + bushraFix.key())));

        anAnnotatorsRawSqlCannotSignOff(ali, bushra);

        for (String owner : List.of(ali, bushra)) {
            hamish(rana, "review", "sign-off", reviewing, "--article", ARTICLE, "--layer", owner);
        }
        aliBench.awaitLayer(ali, "signed off");
        aliBench.awaitLayer(bushra, "signed off");
        aliBench.awaitHighlights(drawn(bothEntity, aliClaim, aliWrongSource.rejected(), bushraFix));
        aliBench.ask("png " + Path.of("target", "ui-tests", "team-scenario-signed-off.png").toAbsolutePath());

        Path gold = folder.resolve("gold.jsonl");
        hamish(rana, "export", reviewing, "--format", "jsonl", "--out", gold.toString());
        assertThat(goldSpans(gold)).containsExactlyInAnyOrder(bothEntity.key() + " [" + ali + ", " + bushra + "]",
                aliClaim.key() + " [" + ali + "]", bushraFix.key() + " [" + bushra + "]");
    }

    /** Ali, with plain JDBC as himself, updates the layer states as a reviewer's sign-off would; the server says no. */
    private void anAnnotatorsRawSqlCannotSignOff(String ali, String bushra) throws SQLException {
        try (Connection asAli = team.connect(ali)) {
            for (String owner : List.of(ali, bushra)) {
                try (PreparedStatement signOff = asAli.prepareStatement("UPDATE article_states SET state ="
                        + " 'signed_off' WHERE annotator_id = (SELECT id FROM annotators WHERE name = ?)"
                        + " AND article_id = (SELECT id FROM articles WHERE external_id = ?)")) {
                    signOff.setString(1, owner);
                    signOff.setString(2, ARTICLE);
                    assertThatThrownBy(signOff::executeUpdate).as("%s signing off %s's layer", ali, owner)
                            .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState())
                                    .as(e.getMessage()).isEqualTo("42501"));
                }
            }
        }
    }

    /** Each annotation's id by its annotator, span and label, from the review CSV, as a reviewer finds them. */
    private Map<String, Long> annotationIds(String reviewer) throws Exception {
        Path csv = folder.resolve("review.csv");
        hamish(reviewer, "export", "--workspace", team.url(reviewer), "--format", "csv", "--raw", "--no-bom",
                "--out", csv.toString());
        Map<String, Long> ids = new TreeMap<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                ids.put(row.get("annotator") + " " + row.get("start_codepoint") + "-" + row.get("end_codepoint") + ":"
                        + row.get("label"), Long.valueOf(row.get("annotation_id")));
            }
        }
        return ids;
    }

    /**
     * The gold export's spans as {@code START-END:LABEL [ANNOTATORS]}, each checked to be exactly its text's code points in the
     * article's text (Python's {@code text[start:end]}).
     */
    private static List<String> goldSpans(Path gold) throws IOException {
        List<String> spans = new ArrayList<>();
        List<String> lines = Files.readAllLines(gold, StandardCharsets.UTF_8);
        assertThat(lines).as("one article signed off").hasSize(1);
        Map<?, ?> article;
        try (JsonParser parser = Json.parser(lines.getFirst())) {
            parser.nextToken();
            article = (Map<?, ?>) parsed(parser);
        }
        String text = (String) article.get("text");
        assertThat(article.get("offset_unit")).isEqualTo("codepoint");
        for (Object entry : (List<?>) article.get("spans")) {
            Map<?, ?> span = (Map<?, ?>) entry;
            int start = (Integer) span.get("start");
            int end = (Integer) span.get("end");
            assertThat(text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end)))
                    .as("text[%d:%d]", start, end).isEqualTo(span.get("text"));
            assertThat(span.get("status")).isEqualTo("accepted");
            spans.add(start + "-" + end + ":" + span.get("label") + " " + span.get("annotators"));
        }
        return spans;
    }

    private static List<String> drawn(Span... spans) {
        return Stream.of(spans).map(Span::key).distinct().sorted().toList();
    }

    /** A span of the article's text by its words, in code points, with the label it is tagged with. */
    private record Span(int start, int end, String label) {
        static Span of(String text, String words, String label) {
            int at = text.indexOf(words);
            assertThat(at).as(words).isNotNegative();
            int start = text.codePointCount(0, at);
            return new Span(start, start + words.codePointCount(0, words.length()), label);
        }

        String key() {
            return start + "-" + end + ":" + label;
        }

        /** As the workbench draws it once a reviewer rejected it. */
        Span rejected() {
            return new Span(start, end, label + ":rejected");
        }

        String digit() {
            return switch (label) {
                case "ENTITY" -> "DIGIT1";
                case "CLAIM" -> "DIGIT2";
                default -> "DIGIT3";
            };
        }
    }

    /** One analyst's workbench: a JVM of its own running {@link WorkbenchDriver}, logged in as the analyst. */
    private final class Workbench {
        private final String login;
        private final Process process;
        private final Writer commands;
        private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();

        Workbench(String login) throws IOException {
            this.login = login;
            Path home = folder.resolve(login);
            Files.createDirectories(home);
            List<String> options = new ArrayList<>(HEADLESS_FX);
            options.add("-Duser.home=" + home);
            process = started(environment(new ProcessBuilder(JavaProcess.command(WorkbenchDriver.class, options,
                    team.url(login), ARTICLE)), login).directory(home.toFile())
                    .redirectError(home.resolve("stderr.txt").toFile()));
            commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            Thread reader = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        if (line.startsWith(WorkbenchDriver.ANSWER)) {
                            answers.add(line.substring(WorkbenchDriver.ANSWER.length()));
                        }
                    }
                } catch (IOException e) {
                    answers.add("error " + e);
                }
            }, "answers of " + login);
            reader.setDaemon(true);
            reader.start();
        }

        void awaitReady() throws Exception {
            assertThat(next()).as(login + "'s workbench started").isEqualTo("ready");
        }

        /** Selects the span and presses its label's digit, as the analyst tags it. */
        void tag(Span span) throws Exception {
            ask(selecting(span));
            ask(tagging(span));
        }

        /** Both analysts tag at the same moment: each step is sent to both before either answers it. */
        static void tagTogether(Workbench one, Span hers, Workbench other, Span his) throws Exception {
            for (boolean selecting : new boolean[] {true, false}) {
                String first = selecting ? selecting(hers) : tagging(hers);
                String second = selecting ? selecting(his) : tagging(his);
                one.send(first);
                other.send(second);
                one.answered(first);
                other.answered(second);
            }
        }

        private static String selecting(Span span) {
            return "select " + span.start() + " " + span.end();
        }

        private static String tagging(Span span) {
            return "key " + span.digit();
        }

        String ask(String command) throws Exception {
            send(command);
            return answered(command);
        }

        private void send(String command) throws IOException {
            commands.write(command + "\n");
            commands.flush();
        }

        private String answered(String command) throws Exception {
            String answer = next();
            assertThat(answer).as(login + ": " + command).doesNotStartWith("error");
            return answer;
        }

        void awaitHighlights(List<String> expected) throws Exception {
            String wanted = "highlights " + String.join(" ", expected);
            await("highlights", wanted::equals, "the highlights " + expected);
        }

        void awaitLayer(String owner, String state) throws Exception {
            await("layer-state " + owner, answer -> answer.startsWith("layer " + owner + ": " + state + " "),
                    owner + "'s layer " + state);
        }

        /** Asks until the answer passes, failing with the last answer after {@link #PATIENCE}. */
        void await(String command, Predicate<String> passes, String what) throws Exception {
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            String answer = ask(command);
            while (!passes.test(answer)) {
                if (System.nanoTime() > deadline) {
                    fail("%s in %s's workbench within %s; it shows: %s", what, login, PATIENCE, answer);
                }
                answer = ask(command);
            }
        }

        private String next() throws Exception {
            String answer = answers.poll(PROCESS_LIMIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(answer).as("%s's workbench answered; its errors: %s", login, errors()).isNotNull();
            return answer;
        }

        private String errors() throws IOException {
            Path file = folder.resolve(login).resolve("stderr.txt");
            String all = Files.exists(file) ? Files.readString(file) : "";
            return all.substring(Math.max(0, all.length() - 3_000));
        }
    }

    /** Runs {@code hamish ARGS} as {@code login} and asserts it succeeded; returns what it printed. */
    private String hamish(String login, String... arguments) throws Exception {
        return succeeded(start(login, null, arguments));
    }

    private void succeededAll(Process... processes) throws Exception {
        for (Process process : processes) {
            succeeded(process);
        }
    }

    /** Starts {@code hamish ARGS} as {@code login} (PGPASSWORD), with {@code input} on its standard input. */
    private Process start(String login, String input, String... arguments) throws IOException {
        Path output = Files.createTempFile(folder, "hamish-", ".txt");
        Process process = started(environment(new ProcessBuilder(JavaProcess.command(Main.class,
                List.of("-Duser.home=" + folder.resolve("home")), arguments)), login)
                .directory(folder.toFile()).redirectErrorStream(true).redirectOutput(output.toFile()));
        try (Writer in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8)) {
            if (input != null) {
                in.write(input + "\n");
            }
        }
        printedBy.put(process, output);
        return process;
    }

    private String succeeded(Process process) throws Exception {
        boolean ended = process.waitFor(PROCESS_LIMIT.toSeconds(), TimeUnit.SECONDS);
        String printed = Files.readString(printedBy.get(process), StandardCharsets.UTF_8);
        assertThat(ended).as("ended; printed: %s", printed).isTrue();
        assertThat(process.exitValue()).as("%s%nprinted: %s", process.info().commandLine().orElse(""), printed)
                .isZero();
        return printed;
    }

    private Process started(ProcessBuilder builder) throws IOException {
        Process process = builder.start();
        started.add(process);
        return process;
    }

    private ProcessBuilder environment(ProcessBuilder builder, String login) {
        Map<String, String> environment = builder.environment();
        environment.put("PGPASSWORD", TeamServerFixture.password(login));
        environment.put("LANG", "C.UTF-8");
        environment.put("HOME", folder.resolve("home").toString());
        return builder;
    }

    /** One JSON value of a line, as plain maps, lists, strings and numbers. */
    private static Object parsed(JsonParser parser) throws IOException {
        return switch (parser.currentToken()) {
            case START_OBJECT -> {
                Map<String, Object> object = new TreeMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.put(name, parsed(parser));
                }
                yield object;
            }
            case START_ARRAY -> {
                List<Object> array = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(parsed(parser));
                }
                yield array;
            }
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT -> parser.getIntValue();
            default -> null;
        };
    }
}

package app.hamish.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import app.hamish.TestFiles;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.Provenance;
import app.hamish.service.Workspace;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CommandLineTest {
    @TempDir
    Path folder;

    record Run(int exitCode, String out, String err) {
    }

    /** Runs the command line as a user would, capturing what it prints. */
    static Run hamish(String... args) {
        return run(Main.commandLine(), args);
    }

    private static Run run(CommandLine commandLine, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /**
     * Main starts JavaFX before it parses only when no argument names a command or asks for help or the version
     * (decision 0060): a command that shows windows of its own (screenshot, bench) starts JavaFX itself, once.
     */
    @Test
    void javaFxStartsAheadOnlyForArgumentsNamingNoCommand() {
        CommandLine all = Main.commandLine();
        Set<String> notTheWorkbench = new HashSet<>(all.getSubcommands().keySet());
        all.getCommandSpec().options().stream().filter(option -> option.usageHelp() || option.versionHelp())
                .forEach(option -> notTheWorkbench.addAll(List.of(option.names())));
        assertThat(HamishCommand.NOT_THE_WORKBENCH).as("picocli's commands and printing options")
                .isEqualTo(notTheWorkbench);
        for (String name : notTheWorkbench) {
            assertThat(HamishCommand.namesNoCommand("--workspace", "w.db", name)).as(name).isFalse();
        }
        assertThat(HamishCommand.namesNoCommand("@arguments.txt")).as("an argument file").isFalse();
        assertThat(HamishCommand.namesNoCommand()).isTrue();
        assertThat(HamishCommand.namesNoCommand("--workspace", "w.db", "--annotator", "mona", "--reviewer",
                "--exit-when-shown")).isTrue();
    }

    /**
     * Only what picocli would read as no option of the workbench's but the timers' or the cache's training's hidden
     * one skips picocli: the training's start is the README's command path (decision 0074).
     */
    @Test
    void onlyTheBareCommandStartsWithoutPicocli() {
        assertThat(PlainStart.applies()).isTrue();
        assertThat(PlainStart.applies("--exit-when-shown")).isTrue();
        assertThat(PlainStart.applies("--rehearse-keys")).isTrue();
        assertThat(PlainStart.applies("--rehearse-keys", "--exit-when-shown")).isFalse();
        assertThat(PlainStart.applies("--exit-when-shown", "--annotator", "mona")).isFalse();
        assertThat(PlainStart.applies("--reviewer")).isFalse();
        assertThat(PlainStart.applies("--exit-when-shown", "--reviewer")).isFalse();
        assertThat(PlainStart.applies("stats")).isFalse();
        assertThat(PlainStart.applies("--help")).isFalse();
    }

    @Test
    void seedsImportAndExportEndToEnd() throws Exception {
        String workspace = folder.resolve("w.db").toString();
        Run imported = hamish("import", "--workspace", workspace, "seeds");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Imported 5 article(s)");
        assertThat(hamish("--workspace", workspace, "import", "seeds").out()).contains("Imported 0 article(s)")
                .contains("Skipped 000_8c93457ec6c28807.txt: same text as article 000_8c93457ec6c28807");

        annotateTheWordAfterTheClitic(Path.of(workspace));

        Path jsonl = folder.resolve("out/train.jsonl");
        Run gold = hamish("export", "--workspace", workspace, "--format", "jsonl", "--out", jsonl.toString());
        assertThat(gold.out()).as("nothing is reviewed yet, so there is no gold")
                .contains("Exported 0 annotation(s) of 0 article(s)");
        Run exported = hamish("export", "--workspace", workspace, "--format", "jsonl", "--all", "--out",
                jsonl.toString());
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(exported.out()).contains("Exported 1 annotation(s) of 5 article(s)");
        assertThat(Files.readAllLines(jsonl)).hasSize(5);
        assertThat(Files.readString(jsonl)).contains("\"text\":\"القاهرة\"");
        assertPythonSlicingAgrees(jsonl);

        Path csv = folder.resolve("out/review.csv");
        assertThat(hamish("export", "--workspace", workspace, "--format", "csv", "--out", csv.toString(),
                "--label", "ENTITY", "--status", "pending").exitCode()).isZero();
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).startsWith("\uFEFFarticle_id,").contains("القاهرة");

        Run stats = hamish("stats", "--workspace", workspace);
        assertThat(stats.out()).contains("articles\t5").contains("annotations\t1").contains("label\tENTITY\t1")
                .contains("annotator\tmona\t1");

        Path backup = folder.resolve("backup.db");
        assertThat(hamish("backup", "--workspace", workspace, backup.toString()).exitCode()).isZero();
        assertThat(hamish("stats", "--workspace", backup.toString()).out()).contains("annotations\t1");

        // A name from before control characters were refused (decision 0112) is printed without forging a row.
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + workspace);
             Statement statement = raw.createStatement()) {
            statement.execute("UPDATE annotators SET name = 'mona' || char(10) || 'annotator' || char(9) || 'fake'"
                    + " WHERE name = 'mona'");
        }
        assertThat(hamish("stats", "--workspace", workspace).out().lines()).contains(
                "annotator\tmona\\u000Aannotator\\u0009fake\t1").noneMatch(line -> line.startsWith("annotator\tfake"));
    }

    /** As an export: a folder or a pipe is never replaced, and no message names the temporary file beside it. */
    @Test
    void aBackupOntoAFolderAPipeOrIntoAMissingFolderIsRefusedNamingTheFileTheUserNamed() throws Exception {
        String workspace = folder.resolve("w.db").toString();
        assertThat(hamish("import", "--workspace", workspace, "seeds/000_8c93457ec6c28807.txt").exitCode()).isZero();
        Path pipe = folder.resolve("pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assertThat(mkfifo.waitFor(30, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).isTrue();
        Path aFolder = Files.createDirectory(folder.resolve("copy.db"));

        Run ontoFolder = hamish("backup", "--workspace", workspace, aFolder.toString());
        Run ontoPipe = hamish("backup", "--workspace", workspace, pipe.toString());
        Run intoMissing = hamish("backup", "--workspace", workspace, folder.resolve("no/such/b.db").toString());

        assertThat(ontoFolder.exitCode()).isEqualTo(ExitCodes.WRITE_FAILED);
        assertThat(ontoFolder.err()).contains(aFolder + ": it is a folder").doesNotContain(".partial");
        assertThat(ontoPipe.exitCode()).isEqualTo(ExitCodes.WRITE_FAILED);
        assertThat(ontoPipe.err()).contains(pipe + ": it is not a regular file");
        assertThat(Files.isRegularFile(pipe)).as("the pipe is still a pipe").isFalse();
        assertThat(intoMissing.exitCode()).isEqualTo(ExitCodes.WRITE_FAILED);
        assertThat(intoMissing.err()).contains("no/such/b.db: cannot create a file in").doesNotContain(".partial");
    }

    /** Seed 000 says "زار القاهرة"; an entity inside "والقاهرة" would do the same, here the whole word. */
    static void annotateTheWordAfterTheClitic(Path workspace) {
        try (Workspace opened = Workspace.open(workspace)) {
            Article article = opened.corpus().article("000_8c93457ec6c28807").orElseThrow();
            int utf16 = article.text().value().indexOf("القاهرة");
            Annotator mona = opened.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
            opened.annotations().create(new NewAnnotation(article.id(), mona.id(),
                    article.text().spanFromUtf16(utf16, utf16 + "القاهرة".length()), Label.ENTITY, "location", "",
                    Provenance.MANUAL));
        }
    }

    private static void assertPythonSlicingAgrees(Path jsonl) throws Exception {
        assumeThat(Files.isExecutable(Path.of("/usr/bin/python3"))).as("python3 present").isTrue();
        String script = """
                import json, sys
                n = 0
                for line in open(sys.argv[1], encoding="utf-8"):
                    doc = json.loads(line)
                    assert doc["offset_unit"] == "codepoint"
                    for span in doc["spans"]:
                        assert doc["text"][span["start"]:span["end"]] == span["text"], span
                        n += 1
                print(n)
                """;
        Process python = new ProcessBuilder("/usr/bin/python3", "-c", script, jsonl.toString())
                .redirectErrorStream(true).start();
        String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(python.waitFor()).as(output).isZero();
        assertThat(output.strip()).isEqualTo("1");
    }

    @Test
    void badInputExitsWithCodeFourNamingTheFileAndChangesNothing() {
        String workspace = folder.resolve("w.db").toString();
        hamish("import", "--workspace", workspace, "seeds");
        Path bad = TestFiles.write(folder.resolve("bad.jsonl"), "{\"id\": \"a\", \"text\": \"نص\"}\n{\"text\": 1}\n");
        Run run = hamish("import", "--workspace", workspace, bad.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(run.err()).contains("bad.jsonl:2: \"text\" must be a string");
        assertThat(hamish("stats", "--workspace", workspace).out()).contains("articles\t5");
    }

    @Test
    void readingCommandsDoNotCreateAWorkspace() {
        Path missing = folder.resolve("nothing-here.db");
        Run run = hamish("stats", "--workspace", missing.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.WORKSPACE_UNAVAILABLE);
        assertThat(run.err()).contains("There is no workspace at");
        assertThat(Files.exists(missing)).isFalse();
    }

    @Test
    void wrongUsageExitsWithCodeTwo() {
        assertThat(hamish("export", "--format", "xml", "--out", "x").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(hamish("export", "--workspace", folder.resolve("w.db").toString(), "--format", "csv", "--out",
                "x.csv", "--status", "maybe").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(hamish("frobnicate").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    /** Opening the workbench does not wait for picocli to build the models of commands it does not run. */
    @Test
    void theWorkbenchsOwnOptionsAloneBuildNoCommandsModel() {
        assertThat(Main.workbenchOnly("--workspace", "w.db", "--annotator", "mona", "--exit-when-shown"))
                .hasValueSatisfying(workbench -> assertThat(workbench.getSubcommands()).isEmpty());
        assertThat(Main.workbenchOnly()).isPresent();
        assertThat(Main.workbenchOnly("--workspace", "w.db", "stats")).isEmpty();
        assertThat(Main.workbenchOnly("--help")).isEmpty();

        assertThat(hamish("--help").out()).as("the help still lists the commands").contains("  import ")
                .contains("  bench ").doesNotContain("startup-limit").doesNotContain("--rehearse-keys")
                .doesNotContain("--exit-when-shown");
        assertThat(hamish("improt").err()).as("a mistyped command still gets its suggestion")
                .contains("Did you mean: hamish import");
    }

    @Test
    void everySubcommandPrintsItsHelpAndExitsZero() {
        for (String command : Main.commandLine().getSubcommands().keySet()) {
            Run help = hamish(command, "--help");
            assertThat(help.exitCode()).as(command + " --help: " + help.err()).isZero();
            assertThat(help.out()).as(command).startsWith("Usage: hamish " + command);
        }
    }

    @Test
    void aSecondWritingProcessOnAnOpenWorkspaceGetsAClearMessage() throws Exception {
        Path workspace = folder.resolve("shared.db");
        Path article = TestFiles.write(folder.resolve("a.txt"), "مرحبا بالعالم");
        try (Workspace open = Workspace.open(workspace)) {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "import", "--workspace", workspace.toString(), article.toString()));
            // Main logs beside the default workspace, under its working directory: keep this run's log out of the
            // checkout's.
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).directory(folder.toFile());
            builder.environment().put("XDG_DATA_HOME", folder.resolve("data").toString());
            Process second = builder.start();
            assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String output = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(second.exitValue()).as(output).isEqualTo(ExitCodes.WORKSPACE_UNAVAILABLE);
            assertThat(output).contains("is already open in another Hamish window or process (process "
                    + ProcessHandle.current().pid() + ")");
            assertThat(open.corpus().count()).isZero();
        }
    }

    @Test
    void anImportRefusedAfterTheWorkspaceWasCreatedLeavesNoWorkspaceBehind() throws Exception {
        Path workspace = folder.resolve("new.db");
        Path one = TestFiles.write(folder.resolve("x/same.txt"), "نص أول");
        Path other = TestFiles.write(folder.resolve("y/same.txt"), "نص ثان مختلف");

        Run refused = hamish("import", "--workspace", workspace.toString(), one.toString(), other.toString());

        assertThat(refused.exitCode()).as(refused.err()).isEqualTo(ExitCodes.INPUT_REFUSED);
        try (var left = Files.list(folder)) {
            assertThat(left.map(file -> file.getFileName().toString())).containsExactlyInAnyOrder("x", "y");
        }
    }

    @Test
    void anImportRefusedIntoANewFolderLeavesNoFolderBehind() {
        Path workspace = folder.resolve("new/sub/w.db");
        Path file = TestFiles.write(folder.resolve("in/s.jsonl"), "{\"text\": \"قال مملوك\", \"spans\": "
                + "[{\"start\": 0, \"end\": 3, \"label\": \"FOO\"}]}\n");

        Run refused = hamish("import", "--workspace", workspace.toString(), "--format", "spacy", file.toString());

        assertThat(refused.exitCode()).as(refused.err()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(refused.err()).contains("label 'FOO' is not in this workspace");
        assertThat(folder.resolve("new")).doesNotExist();
    }
}

package app.hamish.cli;

import app.hamish.io.SampleCorpus;
import app.hamish.model.PerUserFolder;
import app.hamish.service.Workspace;
import app.hamish.ui.shell.WorkbenchApp;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Times the README's run command from process start to its first window ({@code --exit-when-shown}), beside the
 * same JVM with the same flags showing an empty JavaFX window ({@code startup-limit}), in turns, with the AOT cache
 * that {@code ./mvnw package} trains and without it (decision 0039). Each start is on a fresh copy of the sample
 * workspace and with an empty home, as on a fresh machine: the first window is then the name question.
 */
final class StartupBenchmark {
    private static final String AOT_CACHE = "hamish.aot";
    private static final String HEADLESS = "-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw";
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final String NAMED = "named";
    /** Where the JDK keeps a user's preferences on Linux, the node the workbench remembers its analyst in. */
    private static final Path PREFERENCES = Path.of(".java", ".userPrefs", "app", "hamish", "prefs.xml");
    /** The JDK's own form of that file (java.util.prefs' "map" document). */
    private static final String REMEMBERED_NAME = """
            <?xml version="1.0" encoding="UTF-8" standalone="no"?>
            <!DOCTYPE map SYSTEM "http://java.sun.com/dtd/preferences.dtd">
            <map MAP_XML_VERSION="1.0">
              <entry key="annotator" value="analyst"/>
            </map>
            """;

    /** How Hamish is started: java, its options, and the jar (or, run from a build's classes, the class path). */
    private record Launch(List<String> java, List<String> program) {
        List<String> command(List<String> options, List<String> arguments) {
            List<String> command = new ArrayList<>(java);
            command.addAll(options);
            command.addAll(program);
            command.addAll(arguments);
            return command;
        }
    }

    private final Path folder;
    private final Path sample;
    private final boolean headless;

    private StartupBenchmark(Path folder, boolean headless) {
        this.folder = folder;
        this.sample = folder.resolve("sample.db");
        this.headless = headless;
    }

    static void run(Path folder, int starts, PrintWriter out) throws IOException {
        StartupBenchmark bench = new StartupBenchmark(Files.createDirectories(folder.resolve("startup")),
                noDisplay());
        bench.sampleWorkspace();
        bench.measure(launch(), starts, out);
    }

    /** The tests' means when there is no screen: Monocle's headless platform, software rendering. */
    private static boolean noDisplay() {
        String display = System.getenv("DISPLAY");
        return "Monocle".equals(System.getProperty("glass.platform")) || display == null || display.isBlank();
    }

    /** The README's {@code java -jar target/hamish.jar}, found from this running jar; else this build's classes. */
    private static Launch launch() {
        List<String> java = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Path code;
        try {
            code = Path.of(StartupBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (Files.isRegularFile(code) && code.getFileName().toString().endsWith(".jar")) {
            return new Launch(java, List.of("-jar", code.toString()));
        }
        return new Launch(java, List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
    }

    private void sampleWorkspace() {
        try (Workspace workspace = Workspace.open(sample)) {
            workspace.corpus().importSamplesIfEmpty(SampleCorpus::load);
        }
    }

    private void measure(Launch launch, int count, PrintWriter out) throws IOException {
        Path cache = cacheBeside(launch);
        List<String> withCache = cache == null ? null : List.of("-XX:AOTCache=" + cache);
        List<String> readme = List.of("--exit-when-shown");
        out.printf("startup: %s, %s; %d starts of each, in turns, each on a fresh copy of the sample workspace and "
                        + "an empty home%s%n",
                String.join(" ", launch.command(withCache == null ? List.of() : withCache, readme)),
                headless ? "headless (Monocle, software rendering: no DISPLAY)"
                        : "on DISPLAY " + System.getenv("DISPLAY"), count,
                withCache == null ? "" : " (the everyday starts keep Hamish's user cache between them)");
        Map<String, List<String>> series = new LinkedHashMap<>();
        if (withCache != null) {
            series.put("hamish", launch.command(withCache, readme));
            series.put("limit", launch.command(withCache, List.of("startup-limit")));
            // The everyday start: the same command, the analyst's name remembered in the home's preferences.
            series.put(NAMED, launch.command(withCache, readme));
        }
        series.put("hamish without", launch.command(List.of(), readme));
        series.put("limit without", launch.command(List.of(), List.of("startup-limit")));
        Map<String, long[]> times = new LinkedHashMap<>();
        series.keySet().forEach(name -> times.put(name, new long[count]));
        for (int i = 0; i < count; i++) {
            for (Map.Entry<String, List<String>> each : series.entrySet()) {
                times.get(each.getKey())[i] = start(each.getValue(), each.getKey().equals(NAMED));
            }
        }
        times.values().forEach(Arrays::sort);
        if (withCache == null) {
            out.printf("startup with the AOT cache: not measured, there is no %s beside %s (./mvnw package trains "
                    + "it)%n", AOT_CACHE, String.join(" ", launch.program()));
        } else {
            print("startup", "", times.get("hamish"), times.get("limit"), out);
        }
        print("startup without the AOT cache", " without it", times.get("hamish without"), times.get("limit without"),
                out);
        if (withCache != null) {
            long[] named = times.get(NAMED);
            long[] without = times.get("hamish without");
            out.printf("  the AOT cache saves %.0f %% of the median; with a remembered name (the preferences) the "
                            + "workbench itself is shown after a median %d ms, max %d ms%n",
                    100.0 * (median(without) - median(times.get("hamish"))) / median(without), median(named),
                    named[count - 1]);
        }
    }

    private static void print(String title, String limitSuffix, long[] hamish, long[] limit, PrintWriter out) {
        out.printf("%s: median %d ms, %.2fx the same JVM showing an empty JavaFX window%s (target < 1500 ms median "
                + "on an idle machine)%n", title, median(hamish), (double) median(hamish) / median(limit), limitSuffix);
        out.printf("  Hamish median %d ms, max %d ms; empty window median %d ms, max %d ms%n", median(hamish),
                hamish[hamish.length - 1], median(limit), limit[limit.length - 1]);
    }

    /** The cache {@code ./mvnw package} trains beside the jar, or null (run from classes, or not trained). */
    private static Path cacheBeside(Launch launch) {
        if (!launch.program().getFirst().equals("-jar")) {
            return null;
        }
        Path cache = Path.of(launch.program().get(1)).resolveSibling(AOT_CACHE);
        return Files.isRegularFile(cache) ? cache : null;
    }

    private static long median(long[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /**
     * Milliseconds from starting {@code command} to its "shown" line, in a new folder holding a copy of the sample
     * workspace where the README's command finds it ({@code annotations/workbench.db}), with an empty home, or one
     * whose preferences hold the analyst's name if {@code nameRemembered}.
     */
    private long start(List<String> command, boolean nameRemembered) throws IOException {
        Path run = Files.createTempDirectory(folder, "start");
        Files.copy(sample, Files.createDirectories(run.resolve("annotations")).resolve("workbench.db"));
        Path preferences = nameRemembered ? rememberAnalyst(run.resolve("home")) : null;
        ProcessBuilder builder = new ProcessBuilder(command).directory(run.toFile())
                .redirectError(run.resolve("stderr.log").toFile());
        // The command line stays the README's: the home and the headless platform reach the JVM this way.
        builder.environment().put("JAVA_TOOL_OPTIONS", ("-Duser.home=" + run.resolve("home") + " "
                + (headless ? HEADLESS : "")).strip());
        // Every start's caches are its empty home's (the graphics drivers' too), except Hamish's own for the everyday
        // starts: an analyst's outlives a start (SQLite's library is kept there, decision 0077).
        builder.environment().remove("XDG_CACHE_HOME");
        if (nameRemembered) {
            Path hamishCache = PerUserFolder.CACHE.of(System.getProperty("os.name", ""), Map.of(), run.resolve("home"));
            Files.createDirectories(hamishCache.getParent());
            Files.createSymbolicLink(hamishCache, Files.createDirectories(folder.resolve("everyday-cache")));
        }
        long begun = System.nanoTime();
        Output output = untilExit(builder.start(), begun, TIMEOUT);
        if (output.shown() < 0 || output.exitCode() != 0) {
            throw new IllegalStateException("exit " + output.exitCode() + " and no first window reported by "
                    + String.join(" ", command) + " (in " + run + "):\n" + String.join("\n", output.printed())
                    + "\n" + Files.readString(run.resolve("stderr.log"), StandardCharsets.UTF_8));
        }
        // The JVM goes on without a cache it cannot use (a rebuilt or copied jar changes the time it checks), and
        // says so only in its log: timed on, the "cache" figures would be figures without it.
        cacheRefusal(output.printed()).ifPresent(refusal -> {
            throw new IllegalStateException("the JVM refused the AOT cache for " + String.join(" ", command) + ": "
                    + refusal + "; train it again beside this jar with ./mvnw package (a copied jar must keep its"
                    + " modification time: cp -p)");
        });
        // The workbench remembers its workspace once shown; the name question, closed unanswered, nothing. A file
        // the JDK did not read as preferences would leave the question timed as the workbench.
        if (nameRemembered && !Files.readString(preferences, StandardCharsets.UTF_8).contains("workbench.db")) {
            throw new IllegalStateException("the name written in " + preferences + " was not taken: the first window"
                    + " was not the workbench's (in " + run + ")");
        }
        BenchCommand.deleteTree(run);
        return TimeUnit.NANOSECONDS.toMillis(output.shown());
    }

    /**
     * Gives {@code home}'s preferences the name "analyst", as an analyst's first start leaves them: a workbench
     * started with that home (and no {@code --annotator}) shows itself without asking. The preferences' file.
     */
    static Path rememberAnalyst(Path home) throws IOException {
        Path preferences = home.resolve(PREFERENCES);
        Files.createDirectories(preferences.getParent());
        return Files.writeString(preferences, REMEMBERED_NAME, StandardCharsets.UTF_8);
    }

    /** The JVM's own line saying it could not use the AOT cache it was given, if it printed one. */
    static Optional<String> cacheRefusal(List<String> printed) {
        return printed.stream().filter(line -> line.contains("[aot]") && line.contains("[error")).findFirst();
    }

    /** What a started child printed, when it said its first window was shown (-1: never), and how it exited. */
    record Output(List<String> printed, long shown, int exitCode) {
    }

    /**
     * Waits at most {@code timeout} for the child to exit, reading its output meanwhile; the child is never left
     * running, whatever happens.
     *
     * @param begun when the child was started ({@link System#nanoTime}): {@link Output#shown} counts from it
     */
    static Output untilExit(Process process, long begun, Duration timeout) throws IOException {
        // Read apart from the wait: a child that hangs with its output open blocks a read past any timeout.
        FutureTask<Output> reading = new FutureTask<>(() -> read(process, begun));
        Thread.ofPlatform().daemon().name("bench-startup-output").start(reading);
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("did not exit within " + timeout.toSeconds() + " s: "
                        + process.info().commandLine().orElse("the child"));
            }
            // Its output ends as it exits, unless something it started still holds it open.
            return reading.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException failed) {
                throw failed;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("its output was still open " + timeout.toSeconds()
                    + " s after it exited", e);
        } finally {
            // A child left running on any failure would go on holding its workspace and the machine's cores.
            process.destroyForcibly();
        }
    }

    private static Output read(Process process, long begun) throws IOException, InterruptedException {
        long shown = -1;
        List<String> printed = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (shown < 0 && line.equals(WorkbenchApp.SHOWN)) {
                    shown = System.nanoTime() - begun;
                }
                printed.add(line);
            }
        }
        return new Output(List.copyOf(printed), shown, process.waitFor());
    }
}

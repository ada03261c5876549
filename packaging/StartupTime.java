import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Times Hamish from launch to its first window on screen: starts the real program RUNS times on one workspace (after
 * a first run that creates it and imports the samples, reported on its own) and prints each time, the median and the
 * minimum. The program prints a line when its first window has been laid out and rendered, then quits
 * ({@code --exit-when-shown}); the time is taken here, from process start to that line, so it includes the launcher
 * and the JVM's own start.
 *
 * <pre>
 *   java packaging/StartupTime.java [--runs N] [--display] [--java-options "..."] [--limit JAR] COMMAND...
 *   java packaging/StartupTime.java target/jpackage/image/hamish/bin/hamish
 *   java packaging/StartupTime.java --limit target/hamish.jar java -XX:AOTCache=target/hamish.aot -jar target/hamish.jar
 * </pre>
 *
 * {@code --limit JAR} also times, in turns with each run, the JVM and JavaFX showing an empty window
 * ({@code app.hamish.ui.shell.EmptyWindow} from JAR, by this JDK's {@code java}), and prints the median beside that
 * limit's and the ratio (decision 0022): a figure measured alone on a shared machine says more about its neighbours.
 *
 * Headless (Monocle) unless {@code --display} is given. Preferences and the log go to a temporary folder, so the
 * user's own last workspace and guide settings are left alone. {@code --java-options} adds JVM options (through
 * JAVA_TOOL_OPTIONS, which reaches the JVM behind jpackage's launcher too), e.g. to compare CDS archives.
 */
public class StartupTime {
    private static final String SHOWN = "hamish: first window shown";
    private static final String HEADLESS = "-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw";

    public static void main(String[] args) throws Exception {
        int runs = 10;
        boolean display = false;
        String javaOptions = "";
        String limitJar = null;
        int next = 0;
        while (next < args.length && args[next].startsWith("--")) {
            switch (args[next++]) {
                case "--runs" -> runs = Integer.parseInt(args[next++]);
                case "--display" -> display = true;
                case "--java-options" -> javaOptions = args[next++];
                case "--limit" -> limitJar = args[next++];
                default -> usage();
            }
        }
        if (next == args.length) {
            usage();
        }
        List<String> command = new ArrayList<>(Arrays.asList(args).subList(next, args.length));
        Path folder = Files.createTempDirectory("hamish-startup");
        Path errors = folder.resolve("stderr.log");
        command.addAll(List.of("--workspace", folder.resolve("w.db").toString(), "--annotator", "startup",
                "--exit-when-shown"));
        String toolOptions = String.join(" ", "-Djava.util.prefs.userRoot=" + folder.resolve("prefs"),
                display ? "" : HEADLESS, javaOptions).strip();
        Map<String, String> environment = Map.of("JAVA_TOOL_OPTIONS", toolOptions,
                "XDG_DATA_HOME", folder.resolve("data").toString());

        System.out.printf(Locale.ROOT, "first run (new workspace, samples imported): %d ms%n",
                launch(command, environment, errors));
        List<String> limit = limitJar == null ? null : List.of(Path.of(System.getProperty("java.home"), "bin",
                "java").toString(), "-cp", limitJar, "app.hamish.ui.shell.EmptyWindow");
        long[] times = new long[runs];
        long[] limits = new long[runs];
        for (int i = 0; i < runs; i++) {
            times[i] = launch(command, environment, errors);
            if (limit == null) {
                System.out.printf(Locale.ROOT, "run %d: %d ms%n", i + 1, times[i]);
            } else {
                limits[i] = launch(limit, environment, errors);
                System.out.printf(Locale.ROOT, "run %d: %d ms; empty window %d ms%n", i + 1, times[i], limits[i]);
            }
        }
        Arrays.sort(times);
        System.out.printf(Locale.ROOT, "time to first window over %d runs: median %d ms, min %d ms, max %d ms%n", runs,
                median(times), times[0], times[runs - 1]);
        if (limit != null) {
            Arrays.sort(limits);
            System.out.printf(Locale.ROOT, "start-up: median %.2fx the JVM showing an empty JavaFX window, in turns "
                    + "(target < 1500 ms median on an idle machine)%n", (double) median(times) / median(limits));
            System.out.printf(Locale.ROOT, "  Hamish median %d ms, min %d ms; empty window median %d ms, min %d ms "
                    + "(%d runs each, in turns)%n", median(times), times[0], median(limits), limits[0], runs);
        }
    }

    private static long median(long[] sorted) {
        int runs = sorted.length;
        return runs % 2 == 1 ? sorted[runs / 2] : (sorted[runs / 2 - 1] + sorted[runs / 2]) / 2;
    }

    /** Milliseconds from starting the process to its "shown" line; fails if it never says it, or exits badly. */
    private static long launch(List<String> command, Map<String, String> environment, Path errors)
            throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(
                errors.toFile()));
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        Process process = builder.start();
        long shown = -1;
        List<String> printed = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (shown < 0 && line.equals(SHOWN)) {
                    shown = System.nanoTime() - start;
                }
                printed.add(line);
            }
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("did not exit within 60 s: " + command);
        }
        if (shown < 0 || process.exitValue() != 0) {
            throw new IllegalStateException("exit " + process.exitValue() + ", no first window reported: " + command
                    + "\n" + String.join("\n", printed) + "\n(standard error: " + errors + ")");
        }
        return TimeUnit.NANOSECONDS.toMillis(shown);
    }

    private static void usage() {
        System.err.println("usage: java packaging/StartupTime.java [--runs N] [--display] [--java-options \"...\"] "
                + "[--limit JAR] COMMAND...");
        System.exit(2);
    }
}

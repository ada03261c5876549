import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * Builds Hamish's native packages with the JDK's own tools, the same way on Linux, macOS and Windows: jdeps finds
 * the JDK modules the shaded jar needs, jlink makes a runtime of only those (so users need no Java of their own),
 * jpackage wraps that runtime and the jar into an app image and, with {@code installer}, the installer native to the
 * system it runs on: .deb on Linux, .dmg on macOS, .msi on Windows (which needs the WiX Toolset).
 *
 * <p>Run from the project folder after {@code ./mvnw package}; {@code ./mvnw -Ppackage verify} does both.
 *
 * <pre>
 *   java packaging/Package.java app-image [VERSION]   # target/jpackage/image/
 *   java packaging/Package.java installer [VERSION]   # target/jpackage/installer/
 *   java packaging/Package.java jar-cache             # target/hamish.aot, for java -XX:AOTCache=... -jar
 * </pre>
 *
 * <p>A source-file program rather than a shell script, so that one file serves all three systems.
 */
public class Package {
    private static final Path TARGET = Path.of("target");
    private static final Path JAR = TARGET.resolve("hamish.jar");
    private static final Path OUT = TARGET.resolve("jpackage");
    /**
     * Modules jdeps cannot see because nothing names them in code: jdk.localedata holds the Arabic number and date
     * formats (found through a service), for the Arabic interface.
     */
    private static final List<String> UNSEEN_MODULES = List.of("jdk.localedata");
    private static final String AOT_CACHE = "hamish.aot";
    /** The workbench's switch to remember nothing, on any system: app.hamish.ui.shell.SessionMemory's. */
    private static final String FORGET = "-Dhamish.sessionMemory=none";
    private static final String DESCRIPTION = "Annotate Arabic news articles right-to-left";

    enum Os {
        LINUX("hamish", "deb"), MAC("Hamish", "dmg"), WINDOWS("Hamish", "msi");

        /** Linux names programs in lower case; the others show this name in their menus and Finder. */
        final String name;
        final String installer;

        Os(String name, String installer) {
            this.name = name;
            this.installer = installer;
        }

        static Os current() {
            String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
            return os.startsWith("windows") ? WINDOWS : os.startsWith("mac") ? MAC : LINUX;
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || !List.of("app-image", "installer", "jar-cache").contains(args[0])) {
            System.err.println("usage: java packaging/Package.java app-image|installer|jar-cache [VERSION]");
            System.exit(2);
        }
        if (!Files.isRegularFile(JAR)) {
            fail(JAR + " is missing: run ./mvnw package first");
        }
        if (args[0].equals("jar-cache")) {
            // The README's `java -XX:AOTCache=target/hamish.aot -jar target/hamish.jar` starts as fast as a package.
            train(Path.of(System.getProperty("java.home"), "bin", "java"),
                    List.of("-jar", JAR.toAbsolutePath().toString()),
                    TARGET.resolve(AOT_CACHE), TARGET.resolve("aot-training"));
            System.out.println("AOT cache: " + TARGET.resolve(AOT_CACHE));
            return;
        }
        Os os = Os.current();
        String version = numericVersion(args.length > 1 ? args[1] : "0.1.0");
        Path image = appImage(os, version);
        Instant jarTime = trainAotCache(os, image);
        System.out.println("app image: " + image);
        if (args[0].equals("installer")) {
            Path installers = OUT.resolve("installer");
            run("jpackage", installer(os, version, image, installers, jarTime));
            try (Stream<Path> made = Files.list(installers)) {
                made.forEach(file -> System.out.println("installer: " + file));
            }
        }
    }

    /** Builds the runtime, then the image; each from scratch, since jlink and jpackage refuse to overwrite. */
    private static Path appImage(Os os, String version) throws IOException {
        deleteTree(OUT);
        Path input = Files.createDirectories(OUT.resolve("input"));
        // jpackage copies the whole input folder into the image: it must hold the jar and nothing else.
        Files.copy(JAR, input.resolve("hamish.jar"));
        Path runtime = OUT.resolve("runtime");
        String modules = modules();
        System.out.println("JDK modules: " + modules);
        run("jlink", List.of("--add-modules", modules, "--include-locales=en,ar", "--compress=zip-6",
                "--strip-debug", "--no-man-pages", "--no-header-files", "--generate-cds-archive",
                "--output", runtime.toString()));
        Path images = OUT.resolve("image");
        List<String> options = new ArrayList<>(List.of("--type", "app-image", "--name", os.name,
                "--input", input.toString(), "--main-jar", "hamish.jar", "--main-class", "app.hamish.cli.Main",
                "--runtime-image", runtime.toString(), "--dest", images.toString(), "--description", DESCRIPTION,
                "--vendor", "Hamish", "--java-options", "--enable-native-access=ALL-UNNAMED",
                // A cache that does not fit (see trainAotCache) only costs its speed-up: say nothing to the user.
                "--java-options", "-XX:AOTCache=$APPDIR/" + AOT_CACHE, "--java-options", "-Xlog:aot*=off,cds*=off"));
        options.addAll(appVersion(os, version));
        if (os == Os.MAC) {
            options.addAll(List.of("--mac-package-identifier", "app.hamish"));
        }
        if (os == Os.WINDOWS) {
            // Windows programs have no console unless they ask for one: the commands get a launcher that does.
            Path console = OUT.resolve("hamish-cli.properties");
            Files.writeString(console, "win-console=true\n");
            options.addAll(List.of("--add-launcher", "hamish-cli=" + console));
        }
        run("jpackage", options);
        return images.resolve(os == Os.MAC ? os.name + ".app" : os.name);
    }

    /**
     * Trains the AOT cache ({@code -XX:AOTCache}, JDK 25's successor to AppCDS): the workbench's everyday start
     * ({@link #train}), whose loaded and linked classes are stored beside the jar, so later starts skip that work.
     * The JVM uses the cache only while the jar keeps the size and modification time it had here, so the jar's time
     * is set to whole seconds (what a .deb keeps) and returned, for the installer to restore. A failed training costs
     * the speed-up, not the build.
     */
    private static Instant trainAotCache(Os os, Path image) throws IOException {
        Path app = switch (os) {
            case LINUX -> image.resolve("lib").resolve("app");
            case MAC -> image.resolve("Contents").resolve("app");
            case WINDOWS -> image.resolve("app");
        };
        Path java = switch (os) {
            case LINUX -> image.resolve("lib").resolve("runtime").resolve("bin").resolve("java");
            case MAC -> image.resolve("Contents/runtime/Contents/Home/bin/java");
            case WINDOWS -> image.resolve("runtime").resolve("bin").resolve("java.exe");
        };
        Path jar = app.resolve("hamish.jar");
        Instant jarTime = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Files.setLastModifiedTime(jar, FileTime.from(jarTime));
        // The launcher's jar and module options; the cache still fits when the image is moved or installed.
        train(java, List.of("--enable-native-access=ALL-UNNAMED", "-cp", jar.toAbsolutePath().toString(),
                "app.hamish.cli.Main"), app.resolve(AOT_CACHE), OUT.resolve("training"));
        return jarTime;
    }

    /**
     * Trains {@code cache} for Hamish started by {@code java} with {@code launch} (the class path and module
     * options, then the main class or jar, exactly as the later starts give them: the JVM refuses a cache made with
     * other ones): the workbench started twice ({@link #onAScreen}) on a workspace in {@code scratch}, its preferences
     * and data there too, so the user's own are left alone. The first start makes the workspace and gives it the
     * sample articles, as an analyst's first start does; only the second, on the workspace the first left, is
     * recorded: every later start opens an existing workspace (its checks, its backup), and what the cache lacks of
     * that path is loaded, spun and compiled afresh at each start (decision 0068). It starts in {@code scratch}: a run
     * from the jar keeps its log in {@code annotations/} under the folder it started in, which would otherwise be the
     * checkout.
     */
    private static void train(Path java, List<String> launch, Path cache, Path scratch) throws IOException {
        Files.createDirectories(scratch);
        // A cache left by an earlier build must not pass for this one's if the training fails.
        Files.deleteIfExists(cache);
        List<String> screen = onAScreen();
        int code = trainingRun(screen, java, launch, cache, scratch);
        if (!screen.isEmpty() && (code != 0 || !Files.isRegularFile(cache))) {
            // xvfb-run without xauth, or two builds racing for a server number: a headless cache still helps.
            System.err.println("packaging: warning: training on a virtual screen failed (exit " + code
                    + "); training headless");
            code = trainingRun(List.of(), java, launch, cache, scratch);
        }
        if (code != 0 || !Files.isRegularFile(cache)) {
            System.err.println("packaging: warning: no AOT cache (exit " + code + "); see "
                    + scratch.resolve("training.log"));
        }
    }

    /**
     * One training, on {@code screen} or, if it is empty, headless: a start that makes the workspace, then the
     * recorded one; the exit code of the first that failed, else the second's, -1 if interrupted.
     */
    private static int trainingRun(List<String> screen, Path java, List<String> launch, Path cache, Path scratch)
            throws IOException {
        // The workspace is the one a start in the scratch folder opens when none is named: the recorded start opens
        // it again as the bare command does, whether the first start's choice was remembered or nothing is (FORGET).
        deleteTree(scratch.resolve("annotations"));
        Files.deleteIfExists(scratch.resolve("training.log"));
        rememberTheAnalyst(scratch);
        List<String> first = new ArrayList<>(namedUnlessRemembered());
        first.add("--exit-when-shown");
        int made = trainingStart(screen, java, List.of(), launch, first, scratch);
        if (made != 0) {
            return made;
        }
        // Without the adapters' code: JDK 25 stores it under fingerprints whose hashes collide (JDK-8364929, fixed
        // after 25), and every start using the cache then prints two warnings, "Saved blob's name ... is different"
        // and "Failed to link AdapterHandlerEntry", on the analyst's terminal. The JVM makes those adapters at start
        // as it does without a cache (decision 0072).
        // The recorded start then presses each of the analyst's and the reviewer's keys once: what their first press
        // loads and runs cold is in the cache too (decision 0074); and it suggests on an article of a million
        // characters, so that the profiles of that work's loops are in it (decision 0104).
        // With compile thresholds eight times the JDK's, only what the training runs thousands of times is recorded
        // as compiled: JDK 25 compiles early in every start each method its training compiled, and the rehearsal's
        // windows, import and keys made some 2,400 methods hot, many of which the everyday start calls a few hundred
        // times: their compiling took the FX thread's second core before the first frame. The classes the keys'
        // first presses load are recorded all the same (decision 0102).
        List<String> rehearsed = new ArrayList<>(namedUnlessRemembered());
        rehearsed.add("--rehearse-keys");
        return trainingStart(screen, java, List.of("-XX:AOTCacheOutput=" + cache.toAbsolutePath(),
                "-XX:+UnlockDiagnosticVMOptions", "-XX:-AOTAdapterCaching", "-XX:CompileThresholdScaling=8"),
                launch, rehearsed, scratch);
    }

    /**
     * Where the written preferences are not read ({@link #rememberTheAnalyst}), the name is given on the command line,
     * so that the training starts the workbench rather than stopping at the name question.
     */
    private static List<String> namedUnlessRemembered() {
        return preferencesInScratch() ? List.of() : List.of("--annotator", "training");
    }

    /** Whether {@code -Djava.util.prefs.userRoot} is where the training's starts read and write preferences. */
    private static boolean preferencesInScratch() {
        return System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux");
    }

    /**
     * The training's preferences hold the analyst's name, as an analyst's do after their first start: the recorded
     * start is then the README's command with no arguments, which opens the workbench without picocli (decision
     * 0072), on the workspace the first start left where a start opens one when none is named. Written in the JDK's
     * own form of the file, where {@code -Djava.util.prefs.userRoot} points it on Linux; elsewhere the preferences
     * live in the registry or a property list, the name is not found there, and both starts are given it
     * ({@link #namedUnlessRemembered}).
     */
    private static void rememberTheAnalyst(Path scratch) throws IOException {
        Path prefs = scratch.resolve("prefs");
        if (Files.isDirectory(prefs)) {
            try (Stream<Path> old = Files.walk(prefs)) {
                for (Path each : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(each);
                }
            }
        }
        Path node = Files.createDirectories(prefs.resolve(".java/.userPrefs/app/hamish"));
        Files.writeString(node.resolve("prefs.xml"), """
                <?xml version="1.0" encoding="UTF-8" standalone="no"?>
                <!DOCTYPE map SYSTEM "http://java.sun.com/dtd/preferences.dtd">
                <map MAP_XML_VERSION="1.0">
                  <entry key="annotator" value="training"/>
                </map>
                """);
    }

    /**
     * One start of the workbench with {@code record}'s options and {@code arguments}, which end it; its exit code.
     */
    private static int trainingStart(List<String> screen, Path java, List<String> record, List<String> launch,
                                     List<String> arguments, Path scratch) throws IOException {
        List<String> command = new ArrayList<>(screen);
        command.add(java.toAbsolutePath().toString());
        command.addAll(record);
        command.add("-Djava.util.prefs.userRoot=" + scratch.resolve("prefs").toAbsolutePath());
        if (!preferencesInScratch()) {
            // The registry or a property list, the building user's own: the training's workspace must not become
            // their last one. Where the scratch preferences are read, the training remembers as an analyst's start
            // does, so that the cache holds that code too (decision 0081).
            command.add(FORGET);
        }
        if (screen.isEmpty()) {
            command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw"));
        }
        command.addAll(launch);
        command.addAll(arguments);
        ProcessBuilder training = new ProcessBuilder(command).directory(scratch.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(scratch.resolve("training.log").toFile()));
        training.environment().remove("JAVA_TOOL_OPTIONS");
        training.environment().put("XDG_DATA_HOME", scratch.resolve("data").toAbsolutePath().toString());
        training.environment().put("XDG_CACHE_HOME", scratch.resolve("cache").toAbsolutePath().toString());
        try {
            return training.start().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /**
     * What starts the training on a screen of its own, X's virtual framebuffer, where {@code xvfb-run} is installed
     * (CI installs it; decision 0048): the workbench then shows its window through GTK, as it does for everyone
     * who starts it (without a display it does not start), so the cache holds GTK's classes. Elsewhere nothing, and
     * the training runs headless (Monocle): the cache then lacks them, but packaging needs no X server.
     */
    private static List<String> onAScreen() {
        boolean xvfb = Os.current() == Os.LINUX && Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, "xvfb-run")));
        return xvfb ? List.of("xvfb-run", "--auto-servernum", "--server-args=-screen 0 1920x1080x24") : List.of();
    }

    private static List<String> installer(Os os, String version, Path image, Path dest, Instant jarTime)
            throws IOException {
        List<String> options = new ArrayList<>(List.of("--type", os.installer, "--app-image", image.toString(),
                "--name", os.name, "--dest", dest.toString(), "--description", DESCRIPTION, "--vendor", "Hamish"));
        options.addAll(appVersion(os, version));
        if (os == Os.LINUX) {
            options.addAll(List.of("--resource-dir", debResources(jarTime).toString()));
        }
        options.addAll(switch (os) {
            // JavaFX loads GTK and GL at run time, where dpkg-shlibdeps cannot see them; DejaVu Sans is the article
            // font. (Newer Debian and Ubuntu renamed GTK's package.)
            case LINUX -> List.of("--linux-shortcut", "--linux-app-category", "text", "--linux-deb-maintainer",
                    "hamish@example.org", "--linux-package-deps",
                    "libgtk-3-0 | libgtk-3-0t64, libgl1, fonts-dejavu-core");
            // A fixed upgrade code lets a newer .msi replace an older one instead of installing beside it.
            case WINDOWS -> List.of("--win-menu", "--win-menu-group", "Hamish", "--win-shortcut",
                    "--win-dir-chooser", "--win-per-user-install", "--win-upgrade-uuid",
                    "6f1c8f2e-3a52-4b3e-9a55-2f0d6b1f4e21");
            case MAC -> List.of();
        });
        return options;
    }

    /**
     * packaging/linux/ replaces two of jpackage's files: the menu entry (named Hamish, in Arabic too) and the
     * post-install script. jpackage copies the image into the package, which gives the jar a new modification time
     * and would leave the AOT cache unused; the script (jpackage's own, plus one line) gives the time back.
     */
    private static Path debResources(Instant jarTime) throws IOException {
        Path resources = Files.createDirectories(OUT.resolve("deb-resources"));
        try (Stream<Path> files = Files.list(Path.of("packaging", "linux"))) {
            for (Path file : files.toList()) {
                Files.writeString(resources.resolve(file.getFileName()), Files.readString(file)
                        .replace("HAMISH_JAR_TIME", String.valueOf(jarTime.getEpochSecond())));
            }
        }
        return resources;
    }

    /** macOS refuses a version whose first number is 0; it then gets jpackage's default, 1.0. */
    private static List<String> appVersion(Os os, String version) {
        return os == Os.MAC && version.startsWith("0.") ? List.of() : List.of("--app-version", version);
    }

    /** jpackage accepts only numbers: 0.1.0-SNAPSHOT becomes 0.1.0. */
    static String numericVersion(String version) {
        java.util.regex.Matcher numbers = java.util.regex.Pattern.compile("^\\d+(\\.\\d+){0,2}").matcher(version);
        return numbers.find() ? numbers.group() : "0.1.0";
    }

    private static String modules() {
        String found = run("jdeps", List.of("--print-module-deps", "--ignore-missing-deps", "--multi-release",
                String.valueOf(Runtime.version().feature()), JAR.toString())).strip();
        TreeSet<String> modules = new TreeSet<>(List.of(found.split(",")));
        modules.addAll(UNSEEN_MODULES);
        return String.join(",", modules);
    }

    /** Runs a JDK tool in this JVM and returns what it printed; stops the build loudly if it fails. */
    private static String run(String tool, List<String> arguments) {
        ToolProvider provider = ToolProvider.findFirst(tool).orElseThrow(() -> new IllegalStateException(
                tool + " is not in this JDK (" + System.getProperty("java.home") + ")"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = provider.run(new PrintWriter(out, true), new PrintWriter(err, true),
                arguments.toArray(String[]::new));
        if (code != 0) {
            fail(tool + " " + String.join(" ", arguments) + " failed (" + code + "):\n" + out + err);
        }
        return out.toString();
    }

    private static void fail(String message) {
        System.err.println("packaging: " + message);
        System.exit(1);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}

package app.hamish;

import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/** The command that runs a main class of this build in a fresh JVM, for tests that need a real process. */
public final class JavaProcess {
    private JavaProcess() {
    }

    /** {@code options} are JVM options such as {@code -Dname=value}; {@code arguments} go to the main class. */
    public static List<String> command(Class<?> mainClass, List<String> options, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        // C1 only and the serial collector: these processes live for a fraction of a second, start-up dominates.
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "--enable-native-access=ALL-UNNAMED"));
        command.addAll(options);
        // Surefire may run tests from a manifest-only jar; its own property has the real class path.
        command.addAll(List.of("-cp", System.getProperty("surefire.test.class.path",
                System.getProperty("java.class.path")), mainClass.getName()));
        command.addAll(List.of(arguments));
        return command;
    }

    public static List<String> command(Class<?> mainClass, String... arguments) {
        return command(mainClass, List.of(), arguments);
    }
}

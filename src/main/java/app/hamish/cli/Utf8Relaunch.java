package app.hamish.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.logging.Logger;

/**
 * Java takes the encoding of file names and command-line arguments ({@code sun.jnu.encoding}) from the locale
 * when the JVM starts, and nothing can change it afterwards ({@code -Dsun.jnu.encoding} is ignored). Without a
 * UTF-8 locale (no {@code LANG}, as on many servers and containers) an Arabic file name is unreadable, so on Linux
 * Hamish starts itself again, with the very same command line and a UTF-8 character type (decision 0013).
 */
final class Utf8Relaunch {
    private static final Logger LOG = Logger.getLogger(Utf8Relaunch.class.getName());
    /** Set in the second JVM, so a system without the C.UTF-8 locale is not relaunched forever. */
    static final String MARK = "HAMISH_UTF8_RELAUNCHED";
    private static final String PACKAGED_LAUNCHER_MARK = "_JPACKAGE_LAUNCHER";
    private static final Path COMMAND_LINE = Path.of("/proc/self/cmdline");
    private static final Path BASH = Path.of("/bin/bash");

    private Utf8Relaunch() {
    }

    /** The exit code of the relaunched Hamish, or empty when this JVM can read Arabic file names already. */
    static OptionalInt ifNeeded() {
        if (!fileNamesAreAscii()) {
            return OptionalInt.empty();
        }
        if (System.getenv(MARK) != null || !Files.isReadable(COMMAND_LINE) || !Files.isExecutable(BASH)) {
            LOG.warning("no UTF-8 locale: file names outside ASCII cannot be read; set LANG=C.UTF-8");
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(relaunch(ProcessHandle.current().pid()));
        } catch (IOException e) {
            LOG.warning(() -> "could not restart with a UTF-8 locale: " + e.getMessage());
            return OptionalInt.empty();
        }
    }

    /**
     * ASCII is what no locale (or C, or POSIX) gives. A deliberate legacy locale (ISO-8859-6, say) is left alone:
     * its file names are in that encoding, which Java then reads correctly.
     */
    private static boolean fileNamesAreAscii() {
        String encoding = System.getProperty("sun.jnu.encoding", "UTF-8");
        return Charset.isSupported(encoding) && Charset.forName(encoding).equals(StandardCharsets.US_ASCII);
    }

    /**
     * The arguments are copied as bytes, by bash from this process's own command line: as Java strings they have
     * already lost their non-ASCII characters, and Java could not pass them on intact either.
     */
    private static int relaunch(long pid) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(BASH.toString(), "-c",
                "mapfile -d '' -t command < /proc/" + pid + "/cmdline && exec \"${command[@]}\"").inheritIO();
        // LC_ALL would override LC_CTYPE; it is not UTF-8 here, or this JVM would be.
        builder.environment().remove("LC_ALL");
        // The packaged launcher marks the JVM it starts with this; a launcher that finds it takes its arguments as
        // java's own ("main class import"), so the relaunched one must start afresh.
        builder.environment().remove(PACKAGED_LAUNCHER_MARK);
        builder.environment().put("LC_CTYPE", "C.UTF-8");
        builder.environment().put(MARK, "1");
        Process hamish = builder.start();
        // Stopping this process (a service manager's SIGTERM to its pid) stops the one doing the work too.
        Runtime.getRuntime().addShutdownHook(new Thread(hamish::destroy));
        try {
            return hamish.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            hamish.destroy();
            return ExitCodes.FAILURE;
        }
    }
}

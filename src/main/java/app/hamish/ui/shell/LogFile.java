package app.hamish.ui.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Sends every log record (Hamish's own, JavaFX's, and SQLite's through slf4j-jdk14) to a file as well as the
 * console: a desktop user has no console to read, but can send the file.
 */
public final class LogFile {
    /** Past this size the file starts again, so a log cannot fill the disk over years of use. */
    private static final int LIMIT_BYTES = 10_000_000;

    private LogFile() {
    }

    /** Adds a handler appending to {@code file} to the root logger and returns it (to remove it again). */
    public static Handler install(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        // FileHandler reads its name as a pattern, in which % is special.
        FileHandler handler = new FileHandler(file.toAbsolutePath().toString().replace("%", "%%"), LIMIT_BYTES, 1,
                true);
        handler.setEncoding("UTF-8");
        handler.setFormatter(new SimpleFormatter());
        Logger.getLogger("").addHandler(handler);
        return handler;
    }
}

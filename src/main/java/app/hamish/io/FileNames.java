package app.hamish.io;

import app.hamish.model.ControlCharacters;
import java.nio.file.Path;

/**
 * File names Hamish reads or writes may not hold control characters: a line break in a name forges lines in
 * messages, logs and CSV cells, and a bidi override (U+202E) makes {@code gpj.exe} display as {@code exe.jpg}.
 */
public final class FileNames {
    private FileNames() {
    }

    /** @throws InputException naming the file with its control characters made visible */
    public static void requireSafe(Path file) {
        Path name = file.getFileName();
        if (name != null && name.toString().codePoints().anyMatch(ControlCharacters::is)) {
            throw new InputException(ControlCharacters.shown(file.toString()), 0,
                    "has control characters in its name (shown as \\uXXXX); rename it first");
        }
    }
}

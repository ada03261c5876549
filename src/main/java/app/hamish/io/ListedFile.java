package app.hamish.io;

import java.nio.file.Path;

/**
 * A file an import will read, its size as listed (for the read-ahead's bound on bytes), and which of the paths named
 * on the import it was found under.
 */
record ListedFile(Path path, long size, int named) {
}

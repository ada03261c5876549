package app.hamish.cli;

import app.hamish.service.Workspace;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * A reading command held open in its own process (see {@link RestoreBackupCommandTest}): opens the workspace for
 * reading, reads it, prints {@code reading N} and keeps it open until its standard input ends.
 */
public final class ReaderHoldingDriver {
    private ReaderHoldingDriver() {
    }

    public static void main(String[] args) throws IOException {
        try (Workspace reader = Workspace.openForReading(Path.of(args[0]))) {
            System.out.println("reading " + reader.annotations().annotators().size());
            System.out.flush();
            System.in.transferTo(OutputStream.nullOutputStream());
        }
    }
}

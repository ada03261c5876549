package app.hamish;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A really full disk, for drivers that run in a {@link MountNamespace} on a tiny file system. */
public final class FullDisk {
    private FullDisk() {
    }

    /**
     * Takes every free block with {@code filler}, so the next write that needs one fails with "No space left on
     * device"; deleting {@code filler} frees them again.
     */
    public static void fill(Path filler) throws IOException {
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (IOException expected) {
            if (!String.valueOf(expected.getMessage()).contains("No space left")) {
                throw expected;
            }
        }
    }
}

package app.hamish.service.soak;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a killed process's {@code -shm} file says about its WAL: whether every frame in it had been copied into
 * the database (SQLite's {@code mxFrame == nBackfill}). Read from the file format, documented at
 * sqlite.org/walformat.html: the wal-index header (48 bytes, twice) holds mxFrame at offset 16, and the checkpoint
 * information after it holds nBackfill at offset 96, both in the machine's byte order.
 */
final class WalIndex {
    private static final int MX_FRAME = 16;
    private static final int N_BACKFILL = 96;

    private WalIndex() {
    }

    /**
     * False when the kill interrupted a checkpoint (or came between a commit and its checkpoint): then the WAL is
     * still needed, and deleting it would leave a file mixing two states.
     */
    static boolean fullyCheckpointed(Path workspace) throws IOException {
        Path shm = workspace.resolveSibling(workspace.getFileName() + "-shm");
        if (!Files.exists(shm) || Files.size(shm) < N_BACKFILL + 4) {
            return true;
        }
        ByteBuffer header = ByteBuffer.wrap(Files.readAllBytes(shm)).order(ByteOrder.nativeOrder());
        return header.getInt(MX_FRAME) == header.getInt(N_BACKFILL);
    }
}

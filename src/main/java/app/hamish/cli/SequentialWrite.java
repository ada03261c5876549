package app.hamish.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The machine's limit for an export: the same number of bytes written to a new file in one sequential pass and
 * forced to disk, with no formatting and no reading from the workspace.
 */
final class SequentialWrite {
    private static final int BLOCK = 1 << 20;

    private SequentialWrite() {
    }

    /** Nanoseconds to create {@code file}, write {@code bytes} bytes to it and force them to disk; then deletes it. */
    static long nanos(Path file, long bytes) throws IOException {
        ByteBuffer block = filledBlock();
        long start = System.nanoTime();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            for (long left = bytes; left > 0; left -= block.limit()) {
                block.clear().limit((int) Math.min(BLOCK, left));
                while (block.hasRemaining()) {
                    channel.write(block);
                }
            }
            channel.force(true);
        }
        long elapsed = System.nanoTime() - start;
        Files.delete(file);
        return elapsed;
    }

    /** Text like an export's, so that a file system that compresses gets no advantage from zeros. */
    private static ByteBuffer filledBlock() {
        byte[] text = "{\"text\":\"قالت مصادر مطلعة إن وفدا أمنيا رفيع المستوى زار القاهرة\",\"start\":17}\n"
                .getBytes(StandardCharsets.UTF_8);
        ByteBuffer block = ByteBuffer.allocateDirect(BLOCK);
        while (block.hasRemaining()) {
            block.put(text, 0, Math.min(text.length, block.remaining()));
        }
        return block;
    }
}

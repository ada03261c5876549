package app.hamish.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.TestFiles;
import com.sun.management.ThreadMXBean;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/** The cache's copy of SQLite's library, on real files, against the bytes of the jar's own resource. */
class SqliteLibraryCacheTest {
    private static final String RESOURCE = LibraryLoaderUtil.getNativeLibResourcePath() + "/"
            + LibraryLoaderUtil.getNativeLibName();

    @TempDir
    Path folder;

    private final AtomicInteger resourceAsked = new AtomicInteger();

    @Test
    void aCopyWrittenOnceIsTakenAsItIsByTheNextStartWithoutAskingForThePlatform() throws IOException {
        Path written = cache().library().orElseThrow();
        Object writtenFile = Files.readAttributes(written, "unix:ino").get("ino");
        FileTime writtenAt = Files.getLastModifiedTime(written);
        resourceAsked.set(0);

        Path taken = cache().library().orElseThrow();

        assertThat(taken).isEqualTo(written);
        assertThat(Files.readAttributes(taken, "unix:ino").get("ino")).isEqualTo(writtenFile);
        assertThat(Files.getLastModifiedTime(taken)).isEqualTo(writtenAt);
        assertThat(resourceAsked).as("the platform's resource asked for (sqlite-jdbc runs uname for it)").hasValue(0);
        assertThat(TestFiles.digest(taken)).as("the copy's digest against the jar's").isEqualTo(jarsLibrary());
    }

    @Test
    void aWholeCopyIsCheckedWithoutHoldingItInMemory() throws IOException {
        Path written = cache().library().orElseThrow();
        long size = Files.size(written);
        cache().library().orElseThrow();
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();

        long before = threads.getCurrentThreadAllocatedBytes();
        Path taken = cache().library().orElseThrow();
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertThat(taken).isEqualTo(written);
        // Each start checks the copy before its first frame, where a megabyte is a sixteenth of the young generation.
        assertThat(allocated).as("bytes allocated checking a whole copy of %d bytes", size).isLessThan(size / 4);
    }

    @Test
    void aTruncatedCopyIsWrittenAgainFromTheJarNeverTaken() throws IOException {
        Path written = cache().library().orElseThrow();
        byte[] whole = Files.readAllBytes(written);
        Files.write(written, Arrays.copyOf(whole, whole.length / 2));

        Path taken = cache().library().orElseThrow();

        assertThat(TestFiles.digest(taken)).as("the copy's digest against the jar's").isEqualTo(jarsLibrary());
    }

    @Test
    void aCopyDamagedInPlaceIsWrittenAgainFromTheJarNeverTaken() throws IOException {
        Path written = cache().library().orElseThrow();
        byte[] damaged = Files.readAllBytes(written);
        damaged[damaged.length / 2] ^= 0x20;
        Files.write(written, damaged);

        Path taken = cache().library().orElseThrow();

        assertThat(TestFiles.digest(taken)).as("the copy's digest against the jar's").isEqualTo(jarsLibrary());
    }

    @Test
    void aCopyOthersMayWriteIsWrittenAgainNeverTaken() throws IOException {
        Path written = cache().library().orElseThrow();
        Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("rwxrwxrwx"));

        Path taken = cache().library().orElseThrow();

        assertThat(Files.getPosixFilePermissions(taken)).as("the taken copy's permissions")
                .doesNotContain(PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);
    }

    @Test
    void aCacheFolderOthersMayWriteGivesNoLibrary() throws IOException {
        Path written = cache().library().orElseThrow();
        Files.setPosixFilePermissions(written.getParent(), PosixFilePermissions.fromString("rwxrwxrwx"));

        assertThat(cache().library()).isEmpty();
    }

    @Test
    void aCopyReachedThroughALinkBelowHamishsCacheFolderIsNeverTaken() throws IOException {
        Path top = folder.resolve("hamish");
        SqliteLibraryCache below = new SqliteLibraryCache(top.resolve("platform"), top,
                LibraryLoaderUtil.getNativeLibName(), () -> RESOURCE);
        below.library().orElseThrow();
        Path elsewhere = folder.resolve("elsewhere");
        Files.move(top.resolve("platform"), elsewhere);
        Files.createSymbolicLink(top.resolve("platform"), elsewhere);

        assertThat(below.library()).isEmpty();
    }

    @Test
    void aCacheWhereNoFolderCanBeMadeGivesNoLibrary() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("file"), "a file, so nothing can be created under it");
        SqliteLibraryCache cache = new SqliteLibraryCache(notAFolder.resolve("sqlite"),
                notAFolder.resolve("sqlite"), LibraryLoaderUtil.getNativeLibName(), () -> RESOURCE);

        assertThat(cache.library()).isEmpty();
    }

    @Test
    void aTemporaryFileLeftByAKilledStartIsDeletedAndOneBeingWrittenIsKept() throws IOException {
        Path written = cache().library().orElseThrow();
        Path abandoned = Files.writeString(written.resolveSibling("libsqlitejdbc-1.tmp"), "half");
        Files.setLastModifiedTime(abandoned, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path beingWritten = Files.writeString(written.resolveSibling("libsqlitejdbc-2.tmp"), "half");

        cache().library().orElseThrow();

        assertThat(abandoned).doesNotExist();
        assertThat(beingWritten).exists();
    }

    private SqliteLibraryCache cache() {
        return new SqliteLibraryCache(folder.resolve("cache"), folder.resolve("cache"),
                LibraryLoaderUtil.getNativeLibName(), () -> {
            resourceAsked.incrementAndGet();
            return RESOURCE;
        });
    }

    private String jarsLibrary() throws IOException {
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(RESOURCE)) {
            return TestFiles.digest(TestFiles.write(folder.resolve("from-the-jar"), in.readAllBytes()));
        }
    }
}

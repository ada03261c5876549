package app.hamish.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import app.hamish.model.PerUserFolder;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * SQLite's native library, copied once out of sqlite-jdbc's jar into a folder of the user's cache named by
 * sqlite-jdbc's version and the platform, so that later starts load it where it is instead of unpacking a copy into
 * the temporary folder each time (decision 0077).
 *
 * <p>The file is written under a temporary name and renamed, so no start ever sees it half written; its name carries
 * the size and CRC-32 of the jar's resource it was copied from, and a start loads it only if its bytes still have
 * them. A truncated or damaged copy is never loaded: it is written again from the jar.
 *
 * <p>That check is against damage, not against a copy put there on purpose: a name is easily given to any file. What
 * keeps others' code out is that the copy, every folder from it up to Hamish's folder of the user's cache, and the
 * cache folder that one is in must belong to the user and be writable by no one else (no links below Hamish's
 * folder), as the user's shell profile is; otherwise the copy is written again or, where the folders are not the
 * user's alone, not loaded at all and sqlite-jdbc unpacks its own.
 */
final class SqliteLibraryCache {
    private static final String TEMPORARY_SUFFIX = ".tmp";
    /** Older than this, a temporary file is a start's that was killed while writing, not one still writing. */
    private static final Duration ABANDONED = Duration.ofHours(1);
    private static final int CHECK_BUFFER_BYTES = 64 * 1024;

    private final Path folder;
    /** Hamish's folder of the user's cache: it, its parent and every folder below it down to the copy are checked. */
    private final Path top;
    private final Supplier<String> resourcePath;
    private final String baseName;
    private final String extension;
    private final Pattern cachedName;

    /**
     * @param resourcePath the library's resource in the jar for this platform, asked only when the cache has no
     *                     whole copy: sqlite-jdbc's answer runs {@code uname} as a process.
     */
    SqliteLibraryCache(Path folder, Path top, String libraryFileName, Supplier<String> resourcePath) {
        this.folder = folder;
        this.top = top;
        this.resourcePath = resourcePath;
        int dot = libraryFileName.lastIndexOf('.');
        this.baseName = dot < 0 ? libraryFileName : libraryFileName.substring(0, dot);
        this.extension = dot < 0 ? "" : libraryFileName.substring(dot);
        this.cachedName = Pattern.compile(
                Pattern.quote(baseName) + "-(\\d{1,18})-([0-9a-f]{8})" + Pattern.quote(extension));
    }

    /** The cache of this user for the sqlite-jdbc on the class path, on this operating system and processor. */
    static SqliteLibraryCache forThisUser() {
        String platform = (System.getProperty("os.name", "") + "-" + System.getProperty("os.arch", ""))
                .replaceAll("[^A-Za-z0-9._-]", "_");
        Path cache = PerUserFolder.CACHE.current();
        Path folder = cache.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion()).resolve(platform);
        return new SqliteLibraryCache(folder, cache, LibraryLoaderUtil.getNativeLibName(),
                () -> LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName());
    }

    Path folder() {
        return folder;
    }

    /**
     * The cached library, whole; copied from the jar first if there is no whole copy. Empty if the jar has no
     * library for this platform or the cache cannot hold one (read-only, full, missing home): sqlite-jdbc then
     * unpacks its own.
     */
    Optional<Path> library() {
        try {
            Optional<Path> cached = wholeCopy();
            Optional<Path> library = cached.isPresent() ? cached : copyFromJar();
            return library.isPresent() && foldersOnlyTheUsers(library.get().getParent()) ? library : Optional.empty();
        } catch (IOException | UncheckedIOException | DirectoryIteratorException | SecurityException e) {
            return Optional.empty();
        }
    }

    private Optional<Path> wholeCopy() throws IOException {
        Optional<Path> whole = Optional.empty();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                Matcher matcher = cachedName.matcher(name);
                if (whole.isEmpty() && matcher.matches() && onlyTheUsers(entry, LinkOption.NOFOLLOW_LINKS)
                        && whole(entry, Long.parseLong(matcher.group(1)), matcher.group(2))) {
                    whole = Optional.of(entry);
                } else if (name.endsWith(TEMPORARY_SUFFIX) && abandoned(entry)) {
                    Files.deleteIfExists(entry);
                }
            }
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        return whole;
    }

    private static boolean whole(Path file, long size, String crc) throws IOException {
        return Files.size(file) == size && crc32(file).equals(crc);
    }

    /**
     * Read through a small buffer: the whole copy in memory was a megabyte allocated at every start before the first
     * frame (of the 16 MB young generation whose filling brings a collection there, decision 0099).
     */
    private static String crc32(Path file) throws IOException {
        CRC32 crc = new CRC32();
        byte[] buffer = new byte[CHECK_BUFFER_BYTES];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                crc.update(buffer, 0, read);
            }
        }
        return hex(crc);
    }

    /**
     * Whether the copy's folder and those above it up to {@link #top}, and the folder {@code top} is in, are the
     * user's and no one else's to change. {@code top} may be a link to such a folder; the folders below it may not.
     */
    private boolean foldersOnlyTheUsers(Path copysFolder) throws IOException {
        if (!posix()) {
            return true;
        }
        for (Path each = copysFolder; each != null; each = each.getParent()) {
            if (each.equals(top)) {
                return onlyTheUsers(each) && (each.getParent() == null || onlyTheUsers(each.getParent()));
            }
            if (!onlyTheUsers(each, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Owned by the user and writable by neither group nor others; a link, not followed, never is (its permissions are
     * all). Where the file system has no POSIX permissions (Windows), the user's local application data is the user's
     * alone.
     */
    private boolean onlyTheUsers(Path path, LinkOption... options) throws IOException {
        if (!posix()) {
            return true;
        }
        UserPrincipal user = path.getFileSystem().getUserPrincipalLookupService()
                .lookupPrincipalByName(System.getProperty("user.name"));
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path, options);
        return Files.getOwner(path, options).equals(user)
                && !permissions.contains(PosixFilePermission.GROUP_WRITE)
                && !permissions.contains(PosixFilePermission.OTHERS_WRITE);
    }

    private boolean posix() {
        return folder.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static boolean abandoned(Path file) throws IOException {
        FileTime modified = Files.getLastModifiedTime(file);
        return modified.toInstant().isBefore(Instant.now().minus(ABANDONED));
    }

    private Optional<Path> copyFromJar() throws IOException {
        byte[] library;
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resourcePath.get())) {
            if (in == null) {
                return Optional.empty();
            }
            library = in.readAllBytes();
        }
        Path target = folder.resolve(baseName + "-" + library.length + "-" + crc32(library) + extension);
        boolean posix = posix();
        if (posix) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(folder);
        }
        Path temporary = Files.createTempFile(folder, baseName + "-", TEMPORARY_SUFFIX);
        try {
            Files.write(temporary, library);
            if (posix) {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rwx------"));
            }
            // Atomic: a start listing the folder sees the whole file under its name or none, and a damaged copy of
            // the same name is replaced in one step.
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return Optional.of(target);
    }

    private static String crc32(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return hex(crc);
    }

    private static String hex(CRC32 crc) {
        return HexFormat.of().toHexDigits((int) crc.getValue());
    }
}

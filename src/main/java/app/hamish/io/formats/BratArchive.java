package app.hamish.io.formats;

import app.hamish.io.ArticleFiles;
import app.hamish.io.InputException;
import app.hamish.io.InputFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The files of a zip archive, read into memory, never unpacked to disk. Entries whose names climb out of the
 * archive ({@code ..}), are absolute, or hold control characters are refused, as are archives that unpack to
 * more than Hamish reads from one file: zip slip and zip bombs are how archive importers get attacked.
 */
final class BratArchive {
    private static final int MAX_ENTRIES = 100_000;

    private BratArchive() {
    }

    /** Entry name to content, in archive order; directories left out. */
    static Map<String, byte[]> read(Path archive) {
        String name = archive.toString();
        Map<String, byte[]> files = new LinkedHashMap<>();
        long total = 0;
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                throw new InputException(name, 0, "has more than " + MAX_ENTRIES + " entries");
            }
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                checkName(name, entry.getName());
                if (entry.isDirectory()) {
                    continue;
                }
                byte[] content;
                try (InputStream in = zip.getInputStream(entry)) {
                    // The sizes an entry declares can lie; what is read is what counts.
                    content = in.readNBytes((int) ArticleFiles.MAX_ARTICLE_BYTES + 1);
                }
                if (content.length > ArticleFiles.MAX_ARTICLE_BYTES) {
                    throw new InputException(name + "!/" + entry.getName(), 0, "unpacks to more than "
                            + (ArticleFiles.MAX_ARTICLE_BYTES >> 20) + " MB");
                }
                total += content.length;
                if (total > InputFiles.MAX_FILE_BYTES) {
                    throw new InputException(name, 0, "unpacks to more than "
                            + (InputFiles.MAX_FILE_BYTES >> 20) + " MB");
                }
                files.put(entry.getName(), content);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new InputException(name, 0, "is not a readable zip archive: " + e.getMessage());
        }
        return files;
    }

    private static void checkName(String archive, String entry) {
        String normal = entry.replace('\\', '/');
        boolean climbs = normal.equals("..") || normal.startsWith("../") || normal.endsWith("/..")
                || normal.contains("/../");
        boolean absolute = normal.startsWith("/") || normal.matches("^[A-Za-z]:.*");
        if (climbs || absolute || entry.codePoints().anyMatch(Character::isISOControl)) {
            throw new InputException(archive, 0, "holds an entry named “" + entry.replaceAll("\\p{Cntrl}", "?")
                    + "”, which would be written outside the folder it unpacks to; Hamish refuses such archives");
        }
    }
}

package app.hamish.io;

import app.hamish.model.ArticleText;
import app.hamish.model.InputLimits;
import app.hamish.model.NewArticle;
import app.hamish.model.PlainUtf8;
import app.hamish.model.PreparedArticle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads the article files named on an import: {@code .txt} files (one article each), {@code .jsonl} files (one
 * article a line) and folders of them. Reads everything before anything is imported, and reports every problem
 * at once, so a batch is imported whole or not at all.
 */
public final class ArticleFiles {
    /** Larger files are refused before they are read (see {@link InputLimits}). */
    public static final long MAX_ARTICLE_BYTES = InputLimits.MAX_TEXT_BYTES;

    private ArticleFiles() {
    }

    public static List<NewArticle> read(List<Path> paths) {
        return read(paths, Progress.NONE);
    }

    /**
     * @throws java.util.concurrent.CancellationException if {@code progress} reports cancellation (between files)
     */
    public static List<NewArticle> read(List<Path> paths, Progress progress) {
        return InputFiles.readEachInParallel(paths, "an article file", List.of(".txt", ".jsonl"), progress,
                ArticleFiles::readFile);
    }

    /**
     * As {@link #read(List, Progress)}, handing the articles over as they are read, in order, with their hash and
     * direction computed on the reading threads; close it when done.
     */
    public static ReadAhead<PreparedArticle> readAhead(List<Path> paths, Progress progress) {
        return InputFiles.readAhead(paths, "an article file", List.of(".txt", ".jsonl"), progress,
                ArticleFiles::prepareFile);
    }

    private static List<PreparedArticle> prepareFile(Path file) {
        if (isJsonl(file)) {
            return JsonlArticles.read(file).stream().map(PreparedArticle::of).toList();
        }
        return List.of(prepareText(InputFiles.read(file, MAX_ARTICLE_BYTES), file.toString(),
                file.getFileName().toString()));
    }

    /**
     * As {@link #fromText}, prepared for the workspace. The common file, plain UTF-8 within every limit, is checked
     * and measured in one pass over its bytes, which are stored as they are; anything else is read as
     * {@link #fromText} reads it, so that what is refused is refused with the same words.
     */
    static PreparedArticle prepareText(byte[] bytes, String fileForMessages, String fileName) {
        PlainUtf8 plain = PlainUtf8.scan(bytes);
        NewArticle plainArticle = plain == null ? null : plainArticle(plain, bytes, fileName);
        if (plainArticle != null) {
            return PreparedArticle.of(plainArticle, plain);
        }
        NewArticle article = fromText(bytes, fileForMessages, fileName);
        return TextDecoding.keepsBytes(bytes) ? PreparedArticle.ofUtf8(article, bytes) : PreparedArticle.of(article);
    }

    /** The article of a plain text, or null where {@link #fromText} would refuse it. */
    private static NewArticle plainArticle(PlainUtf8 plain, byte[] bytes, String fileName) {
        String title = titleOf(bytes);
        String stem = stem(fileName);
        // A text is blank exactly when no line has anything left once stripped: when it has no title.
        if (title.isEmpty() || stem.isBlank()
                || InputLimits.articleProblem(stem, title, fileName, bytes.length, "{}") != null) {
            return null;
        }
        return new NewArticle(stem, title, fileName, plain.text(), "{}");
    }

    private static boolean isJsonl(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl");
    }

    static List<NewArticle> readFile(Path file) {
        if (isJsonl(file)) {
            return JsonlArticles.read(file);
        }
        return List.of(fromText(InputFiles.read(file, MAX_ARTICLE_BYTES), file.toString(),
                file.getFileName().toString()));
    }

    /** One .txt file's bytes as an article, its id the file name without extension. */
    public static NewArticle fromText(byte[] bytes, String fileForMessages, String fileName) {
        if (bytes.length == 0) {
            throw new InputException(fileForMessages, 0, "is empty");
        }
        int nul = indexOfNul(bytes);
        if (nul >= 0) {
            throw new InputException(fileForMessages, TextDecoding.lineAt(bytes, nul),
                    "looks binary (NUL byte at byte offset " + nul + "); Hamish imports UTF-8 text");
        }
        String text = TextDecoding.decode(bytes, fileForMessages);
        return article(stem(fileName), null, fileName, text, "{}", fileForMessages, 0);
    }

    private static String stem(String fileName) {
        return fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
    }

    /** Builds the article, refusing blank text; {@code title} null means "first non-empty line". */
    static NewArticle article(String id, String title, String sourceName, String text, String metaJson,
                              String fileForMessages, int line) {
        if (text.isBlank()) {
            throw new InputException(fileForMessages, line, "is empty (no text)");
        }
        String fullTitle = title == null ? titleOf(text) : title;
        String overLimit = InputLimits.articleProblem(id, fullTitle, sourceName, text, metaJson);
        if (overLimit != null) {
            throw new InputException(fileForMessages, line, overLimit);
        }
        try {
            return new NewArticle(id, fullTitle, sourceName, ArticleText.of(text), metaJson);
        } catch (IllegalArgumentException e) {
            throw new InputException(fileForMessages, line, e.getMessage());
        }
    }

    /** The first non-empty line, shortened for display. */
    static String titleOf(String text) {
        // Line by line from the start: the title is near it, and splitting the whole text would copy all of it.
        for (int start = 0, end; start <= text.length(); start = end + 1) {
            end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            String stripped = text.substring(start, end).strip();
            if (!stripped.isEmpty()) {
                return stripped.codePointCount(0, stripped.length()) <= InputLimits.MAX_TITLE ? stripped
                        : stripped.substring(0, stripped.offsetByCodePoints(0, InputLimits.MAX_TITLE - 1)) + "…";
            }
        }
        return "";
    }

    /**
     * {@link #titleOf(String)} of plain UTF-8, decoding only the lines up to the first with anything on it: no byte of
     * a character written in more than one is a line feed.
     */
    private static String titleOf(byte[] utf8) {
        for (int start = 0, end; start <= utf8.length; start = end + 1) {
            end = start;
            while (end < utf8.length && utf8[end] != '\n') {
                end++;
            }
            String title = titleOf(new String(utf8, start, end - start, StandardCharsets.UTF_8));
            if (!title.isEmpty()) {
                return title;
            }
        }
        return "";
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }
}

package app.hamish.io.formats;

import app.hamish.io.AnnotationImporter;
import app.hamish.io.ArticleFiles;
import app.hamish.io.ImportedDocument;
import app.hamish.io.InputException;
import app.hamish.io.InputFiles;
import app.hamish.io.Progress;
import app.hamish.io.TextDecoding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Reads brat standoff: {@code .ann} files with the {@code .txt} beside them, folders of them, or zip archives of
 * them (a document is an {@code .ann} with its {@code .txt}; a {@code .txt} alone has nothing to import). brat
 * reads the text with universal newlines, so its offsets count a CRLF as one character, as Hamish's stored text
 * does; it counts a byte-order mark as a character, which Hamish drops.
 */
public final class BratImporter implements AnnotationImporter {
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final OffsetUnit unit;

    public BratImporter(OffsetUnit unit) {
        this.unit = unit;
    }

    @Override
    public Reading readAll(List<Path> paths, Progress progress) {
        return FormatFiles.readEach(paths, "brat standoff (.ann or .zip)", List.of(".ann", ".zip"), progress,
                (file, documents, problems) -> {
                    if (InputFiles.hasExtension(file, List.of(".zip"))) {
                        readArchive(file, documents, problems);
                    } else {
                        String stem = InputFiles.stem(file);
                        Path text = file.resolveSibling(stem + ".txt");
                        if (!Files.isRegularFile(text)) {
                            throw new InputException(file.toString(), 0, "has no " + text.getFileName() + " beside it");
                        }
                        documents.add(document(file.toString(), InputFiles.read(file, InputFiles.MAX_FILE_BYTES),
                                text.toString(), InputFiles.read(text, ArticleFiles.MAX_ARTICLE_BYTES), stem,
                                problems));
                    }
                });
    }

    private void readArchive(Path archive, List<ImportedDocument> documents,
                                    List<InputException.Problem> problems) {
        Map<String, byte[]> files = BratArchive.read(archive);
        for (Map.Entry<String, byte[]> entry : files.entrySet()) {
            String name = entry.getKey();
            if (!name.endsWith(".ann")) {
                continue;
            }
            String stem = name.substring(0, name.length() - ".ann".length());
            String where = archive + "!/" + name;
            byte[] text = files.get(stem + ".txt");
            try {
                if (text == null) {
                    throw new InputException(where, 0, "has no " + stem + ".txt beside it in the archive");
                }
                documents.add(document(where, entry.getValue(), archive + "!/" + stem + ".txt", text, stem,
                        problems));
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
    }

    private static boolean startsWithMark(byte[] bytes, int at) {
        return bytes.length >= at + BYTE_ORDER_MARK.length && bytes[at] == BYTE_ORDER_MARK[0]
                && bytes[at + 1] == BYTE_ORDER_MARK[1] && bytes[at + 2] == BYTE_ORDER_MARK[2];
    }

    private ImportedDocument document(String annFile, byte[] ann, String textFile, byte[] textBytes,
                                             String stem, List<InputException.Problem> problems) {
        String decoded = TextDecoding.decode(textBytes, textFile);
        int marks = 0;
        while (startsWithMark(textBytes, marks * BYTE_ORDER_MARK.length)) {
            marks++;
        }
        DocumentBuilder document = new DocumentBuilder(new ImportedDocument.Origin(annFile, 0),
                "\uFEFF".repeat(marks) + decoded, unit, problems);
        BratAnnotations.read(TextDecoding.decode(ann, annFile), document);
        return document.build(stem, null, "{}");
    }
}

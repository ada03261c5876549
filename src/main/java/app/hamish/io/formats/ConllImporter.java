package app.hamish.io.formats;

import app.hamish.io.AnnotationImporter;
import app.hamish.io.ImportedDocument;
import app.hamish.io.InputException;
import app.hamish.io.InputFiles;
import app.hamish.io.Progress;
import app.hamish.model.ArticleText;
import app.hamish.model.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads CoNLL-style token files. Hamish's own ({@link ConllExporter}) carry the exact text ({@code # text_json})
 * and each token's code-point offsets, which are checked against it. Other files (CoNLL-2003, WikiANN: the token
 * first, the tag last, tab- or space-separated) have neither: the text is rebuilt with a space between tokens and
 * a line break between sentences. Documents begin at {@code -DOCSTART-} or {@code # newdoc}; a file with neither
 * is one document. Tags are BIO, also IOB1 ({@code I-} opening a span) and BIOES/BILOU; a span ends at a sentence
 * break. A line beginning {@code "# "} is a comment, unless it is the token {@code #} and its tags.
 */
public final class ConllImporter implements AnnotationImporter {
    private static final Pattern TAG = Pattern.compile("O|[BIESLU]-\\S+");

    @Override
    public Reading readAll(List<Path> paths, Progress progress) {
        return FormatFiles.readEach(paths, "a CoNLL file", List.of(".conll", ".iob", ".bio", ".tsv", ".txt"),
                progress, (file, documents, problems) -> {
                    String[] lines = InputFiles.readText(file).split("\n", -1);
                    Document document = null;
                    for (int i = 0; i < lines.length; i++) {
                        String line = lines[i];
                        int number = i + 1;
                        boolean newDocument = line.startsWith("-DOCSTART-") || line.startsWith("# newdoc");
                        if (document == null || newDocument && !document.isEmpty()) {
                            add(document, documents, problems);
                            document = new Document(file.toString(), number,
                                    InputFiles.stem(file) + "-" + (documents.size() + 1));
                        }
                        if (isComment(line)) {
                            document.comment(line, number);
                        } else if (line.isBlank()) {
                            document.sentenceBreak();
                        } else if (!line.startsWith("-DOCSTART-")) {
                            document.token(line, number);
                        }
                    }
                    add(document, documents, problems);
                });
    }

    /**
     * A line beginning {@code "# "} is a comment unless it is the token {@code #} with a tag ({@code # O},
     * {@code # NN I-NP O}); a {@code # key = value} line is always a comment.
     */
    static boolean isComment(String line) {
        if (line.equals("#")) {
            return true;
        }
        if (!line.startsWith("# ")) {
            return false;
        }
        String[] fields = line.strip().split("\\s+");
        return line.contains(" = ") || fields.length < 2 || !TAG.matcher(fields[fields.length - 1]).matches();
    }

    private static void add(Document document, List<ImportedDocument> documents,
                            List<InputException.Problem> problems) {
        if (document != null && !document.isEmpty()) {
            try {
                documents.add(document.build(problems));
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
    }

    private record Token(String text, long start, long end, List<String> tags, int line, boolean startsSentence) {
    }

    /** One document's lines, gathered until the next document starts. */
    private static final class Document {
        private final String file;
        private final int line;
        private String id;
        private String text;
        private boolean offsets;
        private final List<Token> tokens = new ArrayList<>();
        private final List<InputException.Problem> lineProblems = new ArrayList<>();
        private boolean sentenceStart = true;

        Document(String file, int line, String id) {
            this.file = file;
            this.line = line;
            this.id = id;
        }

        boolean isEmpty() {
            return tokens.isEmpty() && text == null;
        }

        void comment(String comment, int number) {
            if (comment.startsWith("# newdoc id = ")) {
                id = comment.substring("# newdoc id = ".length()).strip();
            } else if (comment.startsWith("# text_json = ")) {
                if (!(JsonTree.parse(comment.substring("# text_json = ".length()), file, number) instanceof String
                        value)) {
                    throw new InputException(file, number, "text_json must be a JSON string");
                }
                text = value;
            } else if (comment.startsWith("# columns = ")) {
                offsets = comment.substring("# columns = ".length()).startsWith("TOKEN START END ");
            }
        }

        void sentenceBreak() {
            sentenceStart = true;
        }

        void token(String line, int number) {
            String[] columns = line.split(line.indexOf('\t') >= 0 ? "\t" : " +");
            int first = offsets ? 3 : columns.length - 1;
            if (columns.length < 2 || columns.length <= first || columns[0].isEmpty()) {
                lineProblems.add(new InputException.Problem(file, number, "is not TOKEN ... TAG"));
                return;
            }
            long start = -1;
            long end = -1;
            if (offsets) {
                if (!columns[1].matches("\\d{1,9}") || !columns[2].matches("\\d{1,9}")) {
                    lineProblems.add(new InputException.Problem(file, number, "has START and END that are not "
                            + "offsets: " + columns[1] + ", " + columns[2]));
                    return;
                }
                start = Long.parseLong(columns[1]);
                end = Long.parseLong(columns[2]);
            }
            tokens.add(new Token(columns[0], start, end, List.of(columns).subList(first, columns.length), number,
                    sentenceStart));
            sentenceStart = false;
        }

        ImportedDocument build(List<InputException.Problem> problems) {
            problems.addAll(lineProblems);
            boolean exact = text != null && offsets;
            DocumentBuilder document = new DocumentBuilder(new ImportedDocument.Origin(file, line),
                    exact ? text : rebuiltText(), problems);
            List<Span> places = exact ? checkedPlaces(document) : rebuiltPlaces();
            if (places != null) {
                new ConllSpans(document, tokens.stream().map(Token::tags).toList(),
                        tokens.stream().map(Token::line).toList(),
                        tokens.stream().map(Token::startsSentence).toList()).read(places);
            }
            return document.build(id, null, "{}");
        }

        /** The tokens' offsets, each checked against the token; null if any is wrong. */
        private List<Span> checkedPlaces(DocumentBuilder document) {
            List<Span> places = new ArrayList<>();
            int length = document.text().source().codePointLength();
            boolean valid = true;
            for (Token token : tokens) {
                if (token.end() <= token.start()) {
                    document.problem(token.line(), "token [" + token.start() + "," + token.end() + ") "
                            + (token.end() == token.start() ? "is empty" : "ends before it starts"));
                    valid = false;
                    continue;
                }
                if (token.end() > length) {
                    document.problem(token.line(), "token [" + token.start() + "," + token.end()
                            + ") ends after the text, which has " + length + " characters");
                    valid = false;
                    continue;
                }
                Span place = new Span((int) token.start(), (int) token.end());
                if (!document.text().source().slice(place).equals(token.text())) {
                    document.problem(token.line(), SpanTextMismatch.describe(document.text().source(), place,
                            token.text()));
                    valid = false;
                }
                places.add(place);
            }
            return valid ? places : null;
        }

        private String rebuiltText() {
            StringBuilder rebuilt = new StringBuilder();
            for (Token token : tokens) {
                if (!rebuilt.isEmpty()) {
                    rebuilt.append(token.startsSentence() ? '\n' : ' ');
                }
                rebuilt.append(token.text());
            }
            return rebuilt.toString();
        }

        /** Each token's place in {@link #rebuiltText()}: one separator after the token before it. */
        private List<Span> rebuiltPlaces() {
            List<Span> places = new ArrayList<>();
            int at = 0;
            for (Token token : tokens) {
                Span place = new Span(at, at + ArticleText.of(token.text()).codePointLength());
                places.add(place);
                at = place.end() + 1;
            }
            return places;
        }
    }
}

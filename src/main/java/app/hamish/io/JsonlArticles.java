package app.hamish.io;

import app.hamish.model.InputLimits;
import app.hamish.model.NewArticle;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Article JSONL: one {@code {"id", "title", "text", "meta"}} object a line. Only {@code text} is required; the id
 * defaults to {@code <file stem>-<line>}, the title to the first non-empty line, meta to {@code {}}. The text is
 * decoded exactly as a .txt file's is (byte-order mark dropped, line endings made LF).
 */
final class JsonlArticles {
    private JsonlArticles() {
    }

    static List<NewArticle> read(Path file) {
        String name = file.toString();
        byte[] bytes = InputFiles.read(file, InputFiles.MAX_FILE_BYTES);
        String content = TextDecoding.decode(bytes, name);
        String stem = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        List<NewArticle> articles = new ArrayList<>();
        List<InputException.Problem> problems = new ArrayList<>();
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            int line = i + 1;
            try {
                articles.add(parse(lines[i], name, file.getFileName() + ":" + line, stem + "-" + line, line));
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        if (articles.isEmpty()) {
            throw new InputException(name, 0, "is empty (no articles)");
        }
        return articles;
    }

    private static NewArticle parse(String json, String file, String sourceName, String defaultId, int line) {
        String id = defaultId;
        String title = null;
        String text = null;
        String meta = "{}";
        try (JsonParser parser = Json.parser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new InputException(file, line, "is not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "id" -> id = switch (value) {
                        case VALUE_STRING, VALUE_NUMBER_INT -> parser.getText();
                        default -> throw new InputException(file, line, "\"id\" must be a string or an integer");
                    };
                    case "title" -> title = optionalString(parser, value, "title", file, line);
                    case "text" -> text = optionalString(parser, value, "text", file, line);
                    case "meta" -> meta = metaObject(parser, value, file, line);
                    default -> parser.skipChildren();
                }
            }
            if (parser.nextToken() != null) {
                throw new InputException(file, line, "holds more than one JSON value");
            }
        } catch (JsonProcessingException e) {
            throw new InputException(file, line, JsonErrors.describe(e, line));
        } catch (IOException e) {
            throw new InputException(file, line, "cannot be read: " + e.getMessage());
        }
        if (text == null) {
            throw new InputException(file, line, "has no \"text\"");
        }
        if (id.isBlank()) {
            throw new InputException(file, line, "has a blank \"id\"");
        }
        String nul = TextDecoding.nulProblem(text);
        if (nul != null) {
            throw new InputException(file, line, nul);
        }
        return ArticleFiles.article(id, title == null || title.isBlank() ? null : title.strip(), sourceName,
                TextDecoding.normalise(text), meta, file, line);
    }

    private static String optionalString(JsonParser parser, JsonToken value, String field, String file, int line)
            throws IOException {
        return switch (value) {
            case VALUE_STRING -> parser.getText();
            case VALUE_NULL -> null;
            default -> throw new InputException(file, line, "\"" + field + "\" must be a string");
        };
    }

    private static String metaObject(JsonParser parser, JsonToken value, String file, int line) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return "{}";
        }
        if (value != JsonToken.START_OBJECT) {
            throw new InputException(file, line, "\"meta\" must be a JSON object");
        }
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = Json.FACTORY.createGenerator(out)) {
            // Copied event by event and stopped at the limit: a meta of hundreds of MB never sits in memory whole.
            int depth = 0;
            do {
                JsonToken token = parser.currentToken();
                depth += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
                generator.copyCurrentEvent(parser);
                generator.flush();
                if (out.getBuffer().length() > InputLimits.MAX_META_BYTES) {
                    throw new InputException(file, line, "\"meta\" is longer than %d bytes, the most Hamish takes"
                            .formatted(InputLimits.MAX_META_BYTES));
                }
            } while (depth > 0 && parser.nextToken() != null);
        }
        return out.toString();
    }
}

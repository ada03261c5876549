package app.hamish.io.formats;

import app.hamish.io.InputException;
import app.hamish.io.Json;
import app.hamish.io.JsonErrors;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON read whole into maps and lists, each object remembering the line it starts on so that a problem with it
 * names that line. Accessors refuse a field of the wrong type with an {@link InputException}.
 */
final class JsonTree {
    /** A JSON object, and where it starts. */
    record Node(Map<String, Object> fields, String file, int line) {
        Object get(String name) {
            return fields.get(name);
        }

        boolean has(String name) {
            return fields.get(name) != null;
        }

        String string(String name) {
            if (!(fields.get(name) instanceof String value)) {
                throw error("\"" + name + "\" must be a string");
            }
            return value;
        }

        /** The string, or null when the field is absent or null. */
        String optionalString(String name) {
            return has(name) ? string(name) : null;
        }

        /** A string or integer identifier, as text. */
        String id(String name) {
            return switch (fields.get(name)) {
                case String value -> value;
                case Integer value -> value.toString();
                case Long value -> value.toString();
                case BigInteger value -> value.toString();
                case null, default -> throw error("\"" + name + "\" must be a string or an integer");
            };
        }

        long integer(String name) {
            return switch (fields.get(name)) {
                case Integer value -> value;
                case Long value -> value;
                case null, default -> throw error("\"" + name + "\" must be an integer");
            };
        }

        List<Object> array(String name) {
            if (!(fields.get(name) instanceof List<?> value)) {
                throw error("\"" + name + "\" must be an array");
            }
            return List.copyOf(value.stream().map(item -> item == null ? Null.VALUE : item).toList());
        }

        /** The array, or an empty one when the field is absent or null. */
        List<Object> optionalArray(String name) {
            return has(name) ? array(name) : List.of();
        }

        Node object(String name) {
            return node(fields.get(name), "\"" + name + "\"");
        }

        /** {@code value} as an object, refused as {@code what} otherwise. */
        Node node(Object value, String what) {
            if (!(value instanceof Node node)) {
                throw error(what + " must be a JSON object");
            }
            return node;
        }

        InputException error(String message) {
            return new InputException(file, line, message);
        }
    }

    /** Stands for null inside arrays, which {@link List#copyOf} refuses. */
    enum Null { VALUE }

    private JsonTree() {
    }

    /**
     * Parses one JSON value; {@code firstLine} is the file line the text starts on.
     *
     * @throws InputException if it is not exactly one valid JSON value
     */
    static Object parse(String json, String file, int firstLine) {
        try (JsonParser parser = Json.parser(json)) {
            if (parser.nextToken() == null) {
                throw new InputException(file, firstLine, "holds no JSON value");
            }
            Object value = read(parser, file, firstLine - 1);
            if (parser.nextToken() != null) {
                throw new InputException(file, firstLine + parser.currentTokenLocation().getLineNr() - 1,
                        "holds more than one JSON value");
            }
            return value;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? firstLine : firstLine + e.getLocation().getLineNr() - 1;
            throw new InputException(file, line, JsonErrors.describe(e, firstLine));
        } catch (IOException e) {
            throw new InputException(file, firstLine, "cannot be read: " + e.getMessage());
        }
    }

    /** Parses one JSON object, as a line of a JSON Lines file must be. */
    static Node parseObject(String json, String file, int line) {
        if (!(parse(json, file, line) instanceof Node node)) {
            throw new InputException(file, line, "must be a JSON object");
        }
        return node;
    }

    /** A value read by {@link #parse} as JSON text again, e.g. to keep an article's metadata as it was. */
    static String toJson(Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = Json.FACTORY.createGenerator(out)) {
            write(json, value);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out.toString();
    }

    private static void write(JsonGenerator json, Object value) throws IOException {
        switch (value) {
            case Node node -> {
                json.writeStartObject();
                for (Map.Entry<String, Object> field : node.fields().entrySet()) {
                    json.writeFieldName(field.getKey());
                    write(json, field.getValue());
                }
                json.writeEndObject();
            }
            case List<?> items -> {
                json.writeStartArray();
                for (Object item : items) {
                    write(json, item);
                }
                json.writeEndArray();
            }
            case String text -> json.writeString(text);
            case BigInteger number -> json.writeNumber(number);
            case BigDecimal number -> json.writeNumber(number);
            case Number number -> json.writeNumber(number.longValue());
            case Boolean flag -> json.writeBoolean(flag);
            case null, default -> json.writeNull();
        }
    }

    private static Object read(JsonParser parser, String file, int lineOffset) throws IOException {
        return switch (parser.currentToken()) {
            case START_OBJECT -> {
                int line = lineOffset + parser.currentTokenLocation().getLineNr();
                Map<String, Object> fields = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    fields.put(name, read(parser, file, lineOffset));
                }
                yield new Node(fields, file, line);
            }
            case START_ARRAY -> {
                List<Object> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(parser, file, lineOffset));
                }
                yield items;
            }
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT -> parser.getNumberValue();
            case VALUE_NUMBER_FLOAT -> decimal(parser, file, lineOffset);
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            default -> null;
        };
    }

    /** Exactly as written: a double would round 0.1000000000000000000001 and make 1e400 "Infinity". */
    private static BigDecimal decimal(JsonParser parser, String file, int lineOffset) throws IOException {
        try {
            return parser.getDecimalValue();
        } catch (NumberFormatException e) {
            // Jackson refuses an exponent beyond what BigDecimal holds (an int) this way, not as a parse error.
            throw new InputException(file, lineOffset + parser.currentTokenLocation().getLineNr(),
                    "holds the number " + parser.getText() + ", whose exponent is too large");
        }
    }
}

package app.hamish.io.formats;

import app.hamish.model.ArticleText;
import app.hamish.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines of one brat {@code .ann} file that Hamish keeps: text-bound annotations ({@code T}), relations
 * ({@code R}), and {@code AnnotatorNotes} and {@code Annotator} (who made it, as Hamish writes it) comments
 * ({@code #}) on text-bound annotations. Events, attributes,
 * normalisations and equivalences have no Hamish counterpart and are passed over.
 */
final class BratAnnotations {
    private BratAnnotations() {
    }

    static void read(String content, DocumentBuilder document) {
        String[] lines = content.split("\n", -1);
        Map<String, String> notes = new HashMap<>();
        Map<String, String> annotators = new HashMap<>();
        for (String line : lines) {
            String[] parts = line.split("\t", 3);
            if (line.startsWith("#") && parts.length == 3 && parts[1].startsWith("AnnotatorNotes ")) {
                notes.merge(parts[1].substring("AnnotatorNotes ".length()).strip(), parts[2],
                        (first, next) -> first + "\n" + next);
            } else if (line.startsWith("#") && parts.length == 3 && parts[1].startsWith("Annotator ")
                    && !parts[2].isBlank()) {
                annotators.put(parts[1].substring("Annotator ".length()).strip(), parts[2].strip());
            }
        }
        annotators.forEach(document::annotator);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("T")) {
                textBound(lines[i], i + 1, notes, document);
            }
        }
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("R")) {
                relation(lines[i], i + 1, document);
            }
        }
    }

    private static void textBound(String line, int number, Map<String, String> notes, DocumentBuilder document) {
        String[] parts = line.split("\t", 3);
        int space = parts.length < 2 ? -1 : parts[1].indexOf(' ');
        if (space <= 0) {
            document.problem(number, "is not a text-bound annotation (ID<tab>TYPE START END<tab>TEXT)");
            return;
        }
        String type = parts[1].substring(0, space);
        String text = parts.length == 3 ? parts[2] : null;
        List<long[]> fragments = new ArrayList<>();
        for (String fragment : parts[1].substring(space + 1).split(";")) {
            String[] offsets = fragment.strip().split(" ");
            if (offsets.length != 2 || !offsets[0].matches("\\d{1,9}") || !offsets[1].matches("\\d{1,9}")) {
                document.problem(number, "has offsets “" + fragment + "”; brat offsets are START END");
                return;
            }
            fragments.add(new long[] {Long.parseLong(offsets[0]), Long.parseLong(offsets[1])});
        }
        if (fragments.size() == 1) {
            document.span(parts[0], fragments.getFirst()[0], fragments.getFirst()[1], type, text,
                    notes.get(parts[0]), number);
        } else if (continuous(fragments, text, number, document)) {
            document.span(parts[0], fragments.getFirst()[0], fragments.getLast()[1], type, null, notes.get(parts[0]),
                    number);
        }
    }

    /**
     * Fragments are one Hamish span when only white space (the line breaks brat cannot hold in one fragment) lies
     * between them; their text is joined with spaces, as brat joins it.
     */
    private static boolean continuous(List<long[]> fragments, String text, int number, DocumentBuilder document) {
        ArticleText source = document.text().source();
        int length = source.codePointLength();
        StringBuilder joined = new StringBuilder();
        long previousEnd = -1;
        for (long[] fragment : fragments) {
            if (fragment[0] >= fragment[1] || fragment[1] > length || fragment[0] < previousEnd) {
                document.problem(number, "has a fragment " + fragment[0] + " " + fragment[1]
                        + " that is empty, out of order or beyond the text of " + length + " characters");
                return false;
            }
            if (previousEnd >= 0) {
                String gap = fragment[0] == previousEnd ? ""
                        : source.slice(new Span((int) previousEnd, (int) fragment[0]));
                if (!gap.isBlank()) {
                    document.problem(number, "is discontinuous across “" + gap
                            + "”; Hamish spans are continuous");
                    return false;
                }
                joined.append(' ');
            }
            joined.append(source.slice(new Span((int) fragment[0], (int) fragment[1])));
            previousEnd = fragment[1];
        }
        if (text != null && !text.contentEquals(joined)) {
            document.problem(number, "says “" + text + "” but its fragments hold “" + joined + "”");
            return false;
        }
        return true;
    }

    private static void relation(String line, int number, DocumentBuilder document) {
        String[] parts = line.split("\t");
        String[] fields = parts.length < 2 ? new String[0] : parts[1].strip().split(" +");
        if (fields.length != 3 || !fields[1].contains(":") || !fields[2].contains(":")) {
            document.problem(number, "is not a relation (ID<tab>TYPE Arg1:ID Arg2:ID)");
            return;
        }
        document.link(fields[1].substring(fields[1].indexOf(':') + 1), fields[2].substring(fields[2].indexOf(':') + 1),
                fields[0], number);
    }
}

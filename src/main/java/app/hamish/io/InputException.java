package app.hamish.io;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input that Hamish refuses, with every problem found, each naming its file and line. Whatever raised it has
 * changed nothing. The message names the first {@value #SHOWN} problems and counts the rest: a file of a million
 * bad spans once made a 28.7 MB message.
 */
public final class InputException extends RuntimeException {
    /** One problem; {@code line} is 1-based, or 0 when the problem concerns the whole file. */
    public record Problem(String file, int line, String message) {
        @Override
        public String toString() {
            return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
        }
    }

    /** Problems named in the message; the rest are counted. */
    public static final int SHOWN = 20;

    private final List<Problem> problems;

    public InputException(List<Problem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    public InputException(String file, int line, String message) {
        this(List.of(new Problem(file, line, message)));
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String message(List<Problem> problems) {
        String shown = problems.stream().limit(SHOWN).map(Problem::toString).collect(Collectors.joining("\n"));
        int rest = problems.size() - SHOWN;
        return rest <= 0 ? shown : shown + "\n... and " + rest + " more problem" + (rest == 1 ? "" : "s")
                + " (" + problems.size() + " in all)";
    }
}

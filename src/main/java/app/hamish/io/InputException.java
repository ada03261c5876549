package app.hamish.io;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input that Hamish refuses, with every problem found, each naming its file and line. Whatever raised it has
 * changed nothing.
 */
public final class InputException extends RuntimeException {
    /** One problem; {@code line} is 1-based, or 0 when the problem concerns the whole file. */
    public record Problem(String file, int line, String message) {
        @Override
        public String toString() {
            return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
        }
    }

    private final List<Problem> problems;

    public InputException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public InputException(String file, int line, String message) {
        this(List.of(new Problem(file, line, message)));
    }

    public List<Problem> problems() {
        return problems;
    }
}

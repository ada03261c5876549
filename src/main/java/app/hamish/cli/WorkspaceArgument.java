package app.hamish.cli;

import app.hamish.model.ServerAddress;
import java.nio.file.Path;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** What {@code --workspace} names: a workspace file, or a database on a PostgreSQL server. */
record WorkspaceArgument(Path file, ServerAddress server) {
    /** A scheme of two letters or more and a slash: an address (one letter is a Windows drive, {@code C:/}). */
    private static final Pattern ADDRESS = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:/.*");

    /** A mistyped address is a usage error (exit 2) naming what is wrong, not a file of that odd name. */
    static final class Converter implements CommandLine.ITypeConverter<WorkspaceArgument> {
        @Override
        public WorkspaceArgument convert(String value) {
            if (!ADDRESS.matcher(value).matches()) {
                return new WorkspaceArgument(Path.of(value), null);
            }
            try {
                return new WorkspaceArgument(null, ServerAddress.parse(value));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}

package app.hamish.cli;

import app.hamish.io.InputException;
import app.hamish.service.RefusedException;
import app.hamish.store.ConflictException;
import app.hamish.store.NotAllowedException;
import app.hamish.store.StoreException;
import app.hamish.store.UnsupportedOnServerException;
import app.hamish.store.WorkspaceOpenException;
import app.hamish.ui.shell.NoDisplayException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;

/**
 * Exit codes scripts can rely on, and one clear line on standard error instead of a stack trace.
 *
 * <ul>
 *   <li>0: done</li>
 *   <li>1: unexpected failure (a bug: please report it)</li>
 *   <li>2: wrong command-line usage (also a mistyped server address, or what a server workspace cannot do yet),
 *   or the workbench asked for where there is no display</li>
 *   <li>3: the workspace cannot be opened (in use, not a workspace, newer version, damaged, read-only; for
 *   a reading command, older version)</li>
 *   <li>4: input refused (bad file, conflicting article, invalid annotation), or a change the server does not allow
 *   this login; nothing was changed</li>
 *   <li>5: the workspace or an output file could not be written (disk full, I/O error); nothing was changed</li>
 *   <li>6: Hamish ran out of memory (the input, or the work asked, is too large for it); nothing was changed</li>
 * </ul>
 */
final class ExitCodes implements CommandLine.IExecutionExceptionHandler {
    private static final Logger LOG = Logger.getLogger(ExitCodes.class.getName());
    static final int OK = 0;
    static final int FAILURE = 1;
    static final int USAGE = 2;
    static final int WORKSPACE_UNAVAILABLE = 3;
    static final int INPUT_REFUSED = 4;
    static final int WRITE_FAILED = 5;
    static final int OUT_OF_MEMORY = 6;

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        int code = codeFor(e);
        commandLine.getErr().println(line(e, code));
        logUnexpected(e, code);
        return code;
    }

    /** As picocli's handler, where picocli is not used ({@link PlainStart}): the line on {@code err}, the code. */
    static int report(Exception e, PrintStream err) {
        int code = codeFor(e);
        err.println(line(e, code));
        logUnexpected(e, code);
        return code;
    }

    private static String line(Exception e, int code) {
        return "hamish: " + (code == FAILURE ? e.toString() : e.getMessage());
    }

    private static void logUnexpected(Exception e, int code) {
        if (code == FAILURE) {
            LOG.log(Level.SEVERE, "unexpected failure; please report it with this trace", e);
        }
    }

    static String outOfMemory() {
        return "Hamish ran out of memory (it may use up to " + (Runtime.getRuntime().maxMemory() >> 20)
                + " MB); nothing was changed. Split the input into smaller files, or give Hamish more memory, e.g. "
                + "JAVA_TOOL_OPTIONS=-Xmx4g.";
    }

    static int codeFor(Exception e) {
        return switch (e) {
            case WorkspaceOpenException ignored -> WORKSPACE_UNAVAILABLE;
            case MissingWorkspaceException ignored -> WORKSPACE_UNAVAILABLE;
            case NoDisplayException ignored -> USAGE;
            case InputException ignored -> INPUT_REFUSED;
            case RefusedException ignored -> INPUT_REFUSED;
            case ConflictException ignored -> INPUT_REFUSED;
            case NotAllowedException ignored -> INPUT_REFUSED;
            case UnsupportedOnServerException ignored -> USAGE;
            case StoreException ignored -> WRITE_FAILED;
            case IOException ignored -> WRITE_FAILED;
            case UncheckedIOException ignored -> WRITE_FAILED;
            default -> FAILURE;
        };
    }
}

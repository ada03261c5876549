package app.hamish.cli;

import java.nio.file.Path;

/** A command that only reads was pointed at a workspace that does not exist. */
final class MissingWorkspaceException extends RuntimeException {
    MissingWorkspaceException(Path location) {
        super("There is no workspace at " + location + ". Import articles into it first (hamish import --workspace "
                + location + " FILES), or name an existing one with --workspace.");
    }
}

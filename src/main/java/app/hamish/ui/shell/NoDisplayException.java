package app.hamish.ui.shell;

/** The workbench was asked for where there is no screen to show it on (a server, a container, an SSH session). */
public final class NoDisplayException extends RuntimeException {
    NoDisplayException(String reason) {
        super("the workbench needs a display, and none is available (" + reason + "). Without one, use the "
                + "commands: import, export, stats, find, screenshot --out FILE.png and the others that "
                + "hamish --help lists.");
    }
}

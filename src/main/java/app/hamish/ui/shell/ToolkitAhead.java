package app.hamish.ui.shell;

import java.util.Optional;
import javafx.application.Application;

/**
 * JavaFX started for the workbench on a thread of its own while the main thread still parses the command line
 * (decision 0060): the toolkit's start and picocli's model of the workbench's options each take well over a hundred
 * milliseconds of a processor, and neither needs the other. The workbench waits for its arguments in
 * {@link WorkbenchApp#start}; arguments that turn out not to be the workbench's stop JavaFX with no window shown.
 */
final class ToolkitAhead {
    private final Thread launching;
    /** What ended {@link Application#launch} abnormally: no display, or a failure of the workbench's start. */
    private volatile Throwable failure;

    private ToolkitAhead() {
        launching = Thread.ofPlatform().name("hamish-launch").unstarted(this::launch);
    }

    static ToolkitAhead start() {
        ToolkitAhead ahead = new ToolkitAhead();
        ahead.launching.start();
        return ahead;
    }

    private void launch() {
        try {
            Application.launch(WorkbenchApp.class);
        } catch (RuntimeException | Error e) {
            failure = e;
        }
    }

    /**
     * Waits until JavaFX has stopped: the workbench was closed, or there was none to show.
     *
     * @return what ended it abnormally: JavaFX's failure to start, or the workbench's
     */
    Optional<Throwable> awaitEnd() {
        try {
            launching.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(new IllegalStateException("interrupted while the workbench was open", e));
        }
        return Optional.ofNullable(failure);
    }
}

package app.hamish.ui.shell;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Starts JavaFX as {@code Main} does before it parses the arguments, waits until JavaFX's thread runs, then either
 * opens the workbench on it ({@code workbench FILE}, quitting once it is shown) or says there is none ({@code none}).
 */
public final class ToolkitAheadDriver {
    private static final String FX_THREAD = "JavaFX Application Thread";

    private ToolkitAheadDriver() {
    }

    public static void main(String[] args) throws InterruptedException {
        WorkbenchLauncher.startAhead();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (Thread.getAllStackTraces().keySet().stream().noneMatch(thread -> thread.getName().equals(FX_THREAD))) {
            if (System.nanoTime() > deadline) {
                System.out.println("JavaFX did not start before the arguments were given");
                System.exit(1);
            }
            Thread.sleep(10);
        }
        System.out.println("JavaFX running before the arguments are given");
        if (args[0].equals("workbench")) {
            WorkbenchLauncher.launch(Path.of(args[1]), "analyst", false, true);
        } else {
            WorkbenchLauncher.noWorkbench();
            System.out.println("JavaFX stopped");
        }
        System.exit(0);
    }
}

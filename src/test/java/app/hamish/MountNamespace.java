package app.hamish;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Tests that need a real small, full or read-only file system mount a tmpfs in a private user and mount namespace
 * ({@code unshare -rm}), which needs no root; where such namespaces are disabled the test is skipped, saying why.
 */
public final class MountNamespace {
    private MountNamespace() {
    }

    public static void assumeAvailable() throws InterruptedException {
        boolean available;
        try {
            Process probe = new ProcessBuilder("unshare", "-rm", "true").redirectErrorStream(true).start();
            available = probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException noUnshare) {
            available = false;
        }
        Assumptions.assumeTrue(available, "unprivileged user and mount namespaces (unshare -rm) are not available here");
    }
}

package app.hamish.service.soak;

import app.hamish.JavaProcess;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** One run of {@link CrashSoakDriver} in its own JVM, ended by SIGKILL ({@link Process#destroyForcibly()}). */
final class DriverProcess {
    private static final long START_TIMEOUT_SECONDS = 60;

    private DriverProcess() {
    }

    /**
     * Starts the driver on {@code workspace} (a file or a server's address), lets it work for {@code millis} after it
     * has opened the workspace or, {@code afterFirstChange}, after its first change was acknowledged, and kills it.
     * Returns why the run went wrong (it died, failed to start or made no change by itself), or empty when it was
     * killed as planned.
     */
    static Optional<String> runAndKill(String workspace, Path acknowledgements, Path errors, long millis,
                                       boolean afterFirstChange) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(JavaProcess.command(CrashSoakDriver.class,
                workspace, acknowledgements.toString()))
                .redirectError(ProcessBuilder.Redirect.appendTo(errors.toFile()))
                .start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            String first = CompletableFuture.supplyAsync(() -> readLine(out))
                    .get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!CrashSoakDriver.READY.equals(first)) {
                process.waitFor(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                return Optional.of("driver did not start (" + first + "): " + tail(errors));
            }
            // On a loaded machine a cold JVM's first commit can take longer than the longest kill: timed from the
            // start alone, the kills could all come before any work.
            if (afterFirstChange) {
                String working = CompletableFuture.supplyAsync(() -> readLine(out))
                        .get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                if (!CrashSoakDriver.WORKING.equals(working)) {
                    process.waitFor(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    return Optional.of("driver made no change (" + working + "): " + tail(errors));
                }
            }
            Thread.sleep(millis);
            if (!process.isAlive()) {
                return Optional.of("driver stopped by itself with exit code " + process.exitValue() + ": "
                        + tail(errors));
            }
            return Optional.empty();
        } catch (ExecutionException | TimeoutException e) {
            return Optional.of("driver did not start within " + START_TIMEOUT_SECONDS + " s: " + e);
        } finally {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    private static String readLine(BufferedReader reader) {
        try {
            return reader.readLine();
        } catch (IOException e) {
            return "unreadable output: " + e.getMessage();
        }
    }

    private static String tail(Path errors) throws IOException {
        if (!Files.exists(errors)) {
            return "";
        }
        String text = Files.readString(errors, StandardCharsets.UTF_8);
        return text.substring(Math.max(0, text.length() - 2_000));
    }
}

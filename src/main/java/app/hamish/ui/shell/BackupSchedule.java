package app.hamish.ui.shell;

import app.hamish.service.Workspace;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Logger;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.concurrent.Task;
import javafx.util.Duration;

/**
 * Automatic backups while the workbench is open: checked when the window opens and every {@link #CHECK_EVERY}
 * after, written only when the newest backup is older than the store's interval. The copy is made as background
 * work through its own connection, so a large workspace opens at once and the analyst's saves never wait for it.
 * A backup that fails (a full disk) is logged and reported in the status line; it never stops the work.
 */
final class BackupSchedule {
    static final Duration CHECK_EVERY = Duration.minutes(30);
    private static final Logger LOG = Logger.getLogger(BackupSchedule.class.getName());

    private final Timeline timeline = new Timeline();
    /** Read by the worker: a check still queued when the window closes does nothing; the next start checks. */
    private volatile boolean stopped;

    private BackupSchedule() {
    }

    static BackupSchedule start(Workspace workspace, BackgroundWork background, Consumer<String> failed) {
        BackupSchedule schedule = new BackupSchedule();
        Runnable check = () -> background.run(schedule.task(workspace, failed));
        schedule.timeline.getKeyFrames().add(new KeyFrame(CHECK_EVERY, event -> check.run()));
        schedule.timeline.setCycleCount(Animation.INDEFINITE);
        check.run();
        schedule.timeline.play();
        return schedule;
    }

    /**
     * No check from now on. A backup under way goes on through its own connection, which the window's close does
     * not touch; cut short by the process's exit, it leaves nothing behind.
     */
    void stop() {
        stopped = true;
        timeline.stop();
    }

    private Task<Optional<Path>> task(Workspace workspace, Consumer<String> failed) {
        Task<Optional<Path>> task = new Task<>() {
            @Override
            protected Optional<Path> call() {
                return stopped ? Optional.empty() : workspace.backUpIfDue();
            }
        };
        task.setOnSucceeded(event -> task.getValue().ifPresent(copy -> LOG.info(() -> "backed up to " + copy)));
        task.setOnFailed(event -> {
            LOG.warning(() -> "automatic backup failed: " + task.getException().getMessage());
            failed.accept(task.getException().getMessage());
        });
        return task;
    }
}

package app.hamish.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.hamish.TestFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadAheadTest {
    @TempDir
    Path folder;

    private List<Path> files(int count) {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            files.add(TestFiles.write(folder.resolve("f%04d.txt".formatted(i)), "نص " + i));
        }
        return files;
    }

    /** Each file holds two things, its number twice; files are read slower or faster at random, on other threads. */
    private static List<String> twiceAfterAWhile(Path file) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(3));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String name = InputFiles.stem(file);
        return List.of(name + "/1", name + "/2");
    }

    /** A reader that gives each file's stem and counts the files it has read. */
    private static Function<Path, List<String>> countingStems(AtomicInteger read) {
        return file -> {
            read.incrementAndGet();
            return List.of(InputFiles.stem(file));
        };
    }

    private static <T> List<T> drain(ReadAhead<T> reading) {
        List<T> taken = new ArrayList<>();
        for (T next = reading.next(); next != null; next = reading.next()) {
            taken.add(next);
        }
        return taken;
    }

    @Test
    void whatTheFilesHoldComesInTheOrderOfTheFilesWhateverThreadReadItFirst() {
        files(300);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            expected.add("f%04d/1".formatted(i));
            expected.add("f%04d/2".formatted(i));
        }
        try (ReadAhead<String> reading = InputFiles.readAhead(List.of(folder), "a file", List.of(".txt"),
                Progress.NONE, ReadAheadTest::twiceAfterAWhile)) {
            assertThat(drain(reading)).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void everyProblemOfEveryFileIsThrownInTheirOrderAfterTheLastThingRead() {
        List<Path> files = files(200);
        Path missing = folder.resolve("missing.txt");
        List<Path> named = new ArrayList<>(files);
        named.add(50, missing);
        List<String> taken = new ArrayList<>();
        try (ReadAhead<String> reading = InputFiles.readAhead(named, "a file", List.of(".txt"), Progress.NONE,
                file -> {
                    String name = InputFiles.stem(file);
                    if (name.endsWith("7")) {
                        throw new InputException(file.toString(), 3, "is refused");
                    }
                    return List.of(name);
                })) {
            assertThatThrownBy(() -> {
                for (String next = reading.next(); next != null; next = reading.next()) {
                    taken.add(next);
                }
            }).isInstanceOfSatisfying(InputException.class, refused -> {
                List<String> refusedFiles = refused.problems().stream().map(InputException.Problem::file).toList();
                assertThat(refusedFiles.getFirst()).isEqualTo(missing.toString());
                assertThat(refusedFiles.subList(1, refusedFiles.size())).containsExactlyElementsOf(files.stream()
                        .filter(file -> InputFiles.stem(file).endsWith("7")).map(Path::toString).toList());
            });
        }
        assertThat(taken).hasSize(180).doesNotContain("f0007").startsWith("f0000", "f0001");
    }

    /**
     * Reads stopped by close end before it returns: each here, interrupted, still takes a moment to end, as a read of
     * a file under way does. (The reads under way are counted rather than the threads checked: a pool's thread ends a
     * moment after the pool reports it terminated, with no read left to do.)
     */
    @Test
    void noReadIsLeftRunningOnceClosed() {
        files(200);
        AtomicInteger running = new AtomicInteger();
        try (ReadAhead<String> reading = InputFiles.readAhead(List.of(folder), "a file", List.of(".txt"),
                Progress.NONE, file -> {
                    running.incrementAndGet();
                    try {
                        Thread.sleep(1_000);
                    } catch (InterruptedException stopped) {
                        // Unlike a sleep, reading a file goes on to its end after an interrupt.
                        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(300));
                    } finally {
                        running.decrementAndGet();
                    }
                    return List.of(InputFiles.stem(file));
                })) {
            assertThat(reading.next()).isEqualTo("f0000");
        }
        assertThat(running.get()).as("reads still running after close").isZero();
    }

    /**
     * Large files are not all read ahead at once: no more than 64 MB of them by their listed sizes wait for the
     * writer, so a folder of big articles is not held in memory whole while the first is stored. Sparse files: their
     * size is listed, no disk is used.
     */
    @Test
    void bigFilesAreReadAheadNoMoreThanTheirBytesBoundAllows() throws Exception {
        for (int i = 0; i < 20; i++) {
            try (var file = new java.io.RandomAccessFile(folder.resolve("big%02d.txt".formatted(i)).toFile(), "rw")) {
                file.setLength(16L << 20);
            }
        }
        AtomicInteger read = new AtomicInteger();
        try (ReadAhead<String> reading = InputFiles.readAhead(List.of(folder), "a file", List.of(".txt"),
                Progress.NONE, countingStems(read))) {
            assertThat(reading.next()).isEqualTo("big00");
            TimeUnit.MILLISECONDS.sleep(300);
            // The first taken, and four of 16 MB ahead of the writer.
            assertThat(read.get()).isLessThanOrEqualTo(5);
            List<String> rest = drain(reading);
            assertThat(rest).hasSize(19).startsWith("big01").endsWith("big19");
        }
    }

    /** Small files are read ahead by more than a statement of the store's, but not without end. */
    @Test
    void smallFilesAreReadAheadUpToTheirCountBound() throws Exception {
        files(1_500);
        AtomicInteger read = new AtomicInteger();
        try (ReadAhead<String> reading = InputFiles.readAhead(List.of(folder), "a file", List.of(".txt"),
                Progress.NONE, countingStems(read))) {
            assertThat(reading.next()).isEqualTo("f0000");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (read.get() < 1_025 && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(5);
            }
            TimeUnit.MILLISECONDS.sleep(100);
            assertThat(read.get()).isEqualTo(1_025);
            assertThat(drain(reading)).hasSize(1_499);
        }
        assertThat(read.get()).isEqualTo(1_500);
    }

    /** The first file is read and taken while the listing is still finding the others (decision 0056). */
    @Test
    void theFirstFileIsTakenWhileTheListingGoesOn() throws Exception {
        List<Path> files = files(2);
        CountDownLatch firstTaken = new CountDownLatch(1);
        try (ReadAhead<String> reading = new ReadAhead<>(found -> {
            found.file(new ListedFile(files.get(0), 1, 0));
            try {
                assertThat(firstTaken.await(10, TimeUnit.SECONDS)).as("first taken before the listing ended").isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            found.file(new ListedFile(files.get(1), 1, 0));
        }, Progress.NONE, (file, read, problems) -> read.add(InputFiles.stem(file)))) {
            assertThat(reading.next()).isEqualTo("f0000");
            firstTaken.countDown();
            assertThat(drain(reading)).containsExactly("f0001");
        }
    }

    /**
     * A folder found unreadable part way through its listing contributes no file, so none of the problems of the files
     * it had handed on: the refusal names the folder alone, as when the folder was listed whole first.
     */
    @Test
    void aPathNamedWithAProblemLeavesOutTheProblemsOfTheFilesItHandedOn() {
        List<Path> files = files(3);
        InputException.Problem unreadable = new InputException.Problem(folder.toString(), 0,
                "cannot be read: permission denied");
        try (ReadAhead<String> reading = new ReadAhead<>(found -> {
            found.file(new ListedFile(files.get(0), 1, 0));
            found.file(new ListedFile(files.get(1), 1, 0));
            found.problem(unreadable, 0);
            found.file(new ListedFile(files.get(2), 1, 1));
        }, Progress.NONE, (file, read, problems) -> problems.add(new InputException.Problem(file.toString(), 1,
                "is refused")))) {
            assertThatThrownBy(() -> drain(reading)).isInstanceOfSatisfying(InputException.class,
                    refused -> assertThat(refused.problems()).containsExactly(unreadable,
                            new InputException.Problem(files.get(2).toString(), 1, "is refused")));
        }
    }
    /**
     * Closing an import stops its listing at the next folder: here the listing is held at its first file until it is
     * interrupted, and a tree of empty folders and then a missing path follow, which a listing left running would
     * reach and report.
     */
    @Test
    void closingStopsTheListingBeforeItsNextFolder() {
        Path first = TestFiles.write(folder.resolve("a.txt"), "x");
        for (int i = 0; i < 50; i++) {
            folder.resolve("b%02d".formatted(i)).toFile().mkdir();
        }
        List<InputException.Problem> heard = new CopyOnWriteArrayList<>();
        try (ReadAhead<String> reading = new ReadAhead<>(found -> FileListing.list(
                List.of(folder, folder.resolve("missing.txt")), "a file", List.of(".txt"), new FileListing.Found() {
                    @Override
                    public void file(ListedFile file) {
                        found.file(file);
                        try {
                            Thread.sleep(TimeUnit.SECONDS.toMillis(10));
                        } catch (InterruptedException closing) {
                            Thread.currentThread().interrupt();
                        }
                    }

                    @Override
                    public void problem(InputException.Problem problem, int named) {
                        heard.add(problem);
                        found.problem(problem, named);
                    }
                }), Progress.NONE, (file, read, problems) -> read.add(InputFiles.stem(file)))) {
            assertThat(reading.next()).isEqualTo(InputFiles.stem(first));
        }
        assertThat(heard).as("problems the listing reached after close").isEmpty();
    }
}

package app.hamish.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.hamish.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The listing finds files one at a time, in the order and with the choices of a sorted walk of the whole folder. */
class FileListingTest {
    private static final List<String> EXTENSIONS = List.of(".txt");

    @TempDir
    Path root;

    private static List<ListedFile> list(List<Path> paths, List<InputException.Problem> problems) {
        return FileListing.listWhole(paths, "a file", EXTENSIONS, problems);
    }

    private static void mkfifo(Path fifo) throws Exception {
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor(30, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).isTrue();
    }

    /**
     * A subfolder's files sort by their whole path ({@code b-1.txt}, {@code b.txt}, then {@code b/…}, then
     * {@code b0.txt}); a folder named {@code a.txt} is entered; a FIFO (never opened, or this would hang), a dangling
     * link, a link to a folder and a file of another extension are skipped; a link to a file is listed with the size
     * of the file.
     */
    @Test
    @Timeout(60)
    void aFolderIsListedInTheOrderOfItsWholePathsWithWhatEachEntryIs() throws Exception {
        Path folder = Files.createDirectories(root.resolve("in"));
        Path outside = TestFiles.write(root.resolve("outside.txt"), "12345");
        TestFiles.write(Files.createDirectories(folder.resolve("a.txt")).resolve("inner.txt"), "x");
        TestFiles.write(folder.resolve("b.txt"), "x");
        TestFiles.write(Files.createDirectories(folder.resolve("b")).resolve("c.txt"), "x");
        TestFiles.write(Files.createDirectories(folder.resolve("b/d")).resolve("e.txt"), "x");
        TestFiles.write(folder.resolve("b-1.txt"), "x");
        TestFiles.write(folder.resolve("b0.txt"), "x");
        TestFiles.write(folder.resolve("empty.txt"), "");
        TestFiles.write(folder.resolve("ب.txt"), "x");
        TestFiles.write(folder.resolve("notes.md"), "x");
        mkfifo(folder.resolve("fifo.txt"));
        Files.createSymbolicLink(folder.resolve("dangling.txt"), root.resolve("missing.txt"));
        Files.createSymbolicLink(folder.resolve("folder-link.txt"), folder.resolve("b"));
        Files.createSymbolicLink(folder.resolve("link.txt"), outside);

        List<InputException.Problem> problems = new ArrayList<>();
        List<ListedFile> files = list(List.of(folder), problems);

        assertThat(problems).isEmpty();
        assertThat(files).extracting(file -> folder.relativize(file.path()).toString()).containsExactly(
                "a.txt/inner.txt", "b-1.txt", "b.txt", "b/c.txt", "b/d/e.txt", "b0.txt", "empty.txt", "link.txt",
                "ب.txt");
        assertThat(files).filteredOn(file -> file.path().endsWith("link.txt")).extracting(ListedFile::size)
                .containsExactly(5L);
        assertThat(files).filteredOn(file -> file.path().endsWith("empty.txt")).extracting(ListedFile::size)
                .containsExactly(0L);
    }

    /** Random trees of names that sort close to each other, against sorting every file a walk of the folder finds. */
    @Test
    void randomTreesAreListedAsTheirSortedWalk() throws Exception {
        String[] names = {"b", "b.txt", "b-", "b0", "b.txt.txt", "b ", "ب", "bب", "c.txt", "b.", "B"};
        Random random = new Random(7);
        for (int tree = 0; tree < 40; tree++) {
            Path folder = Files.createDirectories(root.resolve("tree" + tree));
            grow(folder, names, random, 3);
            List<Path> expected;
            try (Stream<Path> walk = Files.find(folder, Integer.MAX_VALUE,
                    (file, attributes) -> attributes.isRegularFile() && file.toString().endsWith(".txt"))) {
                expected = walk.sorted().toList();
            }
            List<InputException.Problem> problems = new ArrayList<>();
            List<ListedFile> files = list(List.of(folder), problems);
            assertThat(problems).isEmpty();
            assertThat(files).extracting(ListedFile::path).as("tree %d", tree).containsExactlyElementsOf(expected);
            for (ListedFile file : files) {
                assertThat(file.size()).isEqualTo(Files.readAttributes(file.path(), BasicFileAttributes.class).size());
            }
        }
    }

    private static void grow(Path folder, String[] names, Random random, int depth) throws IOException {
        for (String name : names) {
            int what = random.nextInt(8);
            Path entry = folder.resolve(name + (random.nextBoolean() ? ".txt" : ""));
            if (Files.exists(entry)) {
                continue;
            }
            if (what < 3) {
                TestFiles.write(entry, "x".repeat(random.nextInt(5)));
            } else if (what == 3 && depth > 0) {
                grow(Files.createDirectories(entry), names, random, depth - 1);
            }
        }
    }

    /**
     * A tree of folders without files of their own ({@code YYYY/MM/DD/*.txt}) is listed a folder at a time as its files
     * are taken: a file added to the last day while the first is handed on is found, which listing the tree whole
     * before the first file would miss.
     */
    @Test
    void aTreeOfFoldersIsListedAFolderAtATimeAsItsFilesAreTaken() throws Exception {
        Path corpus = Files.createDirectories(root.resolve("corpus"));
        for (int month = 1; month <= 3; month++) {
            for (int day = 1; day <= 3; day++) {
                TestFiles.write(corpus.resolve("2024/%02d/%02d/article.txt".formatted(month, day)), "x");
            }
        }
        Path addedLate = corpus.resolve("2024/03/03/late.txt");
        List<Path> found = new ArrayList<>();
        FileListing.list(List.of(corpus), "a file", EXTENSIONS, new FileListing.Found() {
            @Override
            public void file(ListedFile file) {
                if (found.isEmpty()) {
                    TestFiles.write(addedLate, "y");
                }
                found.add(file.path());
            }

            @Override
            public void problem(InputException.Problem problem, int named) {
                throw new AssertionError(problem.message());
            }
        });
        assertThat(found).hasSize(10).startsWith(corpus.resolve("2024/01/01/article.txt"))
                .endsWith(corpus.resolve("2024/03/03/article.txt"), addedLate);
    }

    /**
     * A listing whose thread is interrupted (a closed import's) stops before the next folder instead of listing the
     * rest of the tree, and hears of no later path named.
     */
    @Test
    void anInterruptedListingStopsBeforeTheNextFolder() {
        Path corpus = TestFiles.write(root.resolve("corpus/a/1.txt"), "x").getParent().getParent();
        List<InputException.Problem> problems = new ArrayList<>();
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> list(List.of(corpus, root.resolve("missing.txt")), problems))
                    .isInstanceOf(CancellationException.class);
        } finally {
            Thread.interrupted();
        }
        assertThat(problems).isEmpty();
    }

    /** Named paths keep their order and their words: a missing one, a FIFO named, another extension. */
    @Test
    @Timeout(60)
    void namedPathsAreListedInTheirOrderAndRefusedWithTheirWords() throws Exception {
        Path second = TestFiles.write(root.resolve("2.txt"), "22");
        Path first = TestFiles.write(root.resolve("1.txt"), "1");
        Path fifo = root.resolve("pipe.txt");
        mkfifo(fifo);
        Path notes = TestFiles.write(root.resolve("notes.md"), "x");
        List<InputException.Problem> problems = new ArrayList<>();
        List<ListedFile> files = list(List.of(second, root.resolve("gone.txt"), fifo, notes, first),
                problems);
        assertThat(files).extracting(ListedFile::path, ListedFile::size, ListedFile::named)
                .containsExactly(Tuple.tuple(second, 2L, 0),
                        Tuple.tuple(first, 1L, 4));
        assertThat(problems).extracting(InputException.Problem::message).containsExactly("does not exist",
                "is not a regular file (a pipe, device or socket); Hamish reads only files",
                "is not a file; Hamish imports .txt here");
    }
}

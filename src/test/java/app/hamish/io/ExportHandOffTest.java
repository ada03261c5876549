package app.hamish.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.hamish.model.ArticleExport;
import app.hamish.model.ExportFilter;
import app.hamish.service.Workspace;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** An export writes its articles while it reads the next ones, in order, and stops cleanly when writing fails. */
@Timeout(60)
class ExportHandOffTest {
    private static final int ARTICLES = 3 * ArticleHandOff.AHEAD;

    @TempDir
    Path folder;
    private Workspace workspace;

    @BeforeEach
    void articles() {
        workspace = Workspace.open(folder.resolve("w.db"));
        workspace.corpus().importArticles(IntStream.range(0, ARTICLES).mapToObj(i -> ArticleFiles.fromText(
                ("خبر رقم " + i).getBytes(StandardCharsets.UTF_8), "a" + i + ".txt", "a" + i + ".txt")).toList());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theNextArticlesAreReadWhileOneIsBeingWritten() throws IOException {
        CountDownLatch secondRead = new CountDownLatch(1);
        Progress progress = counting(done -> {
            if (done == 2) {
                secondRead.countDown();
            }
        });
        List<String> written = new ArrayList<>();

        ExportRun.run(workspace, ExportFilter.ALL, folder.resolve("out.txt"), progress, out -> writer(out, article -> {
            // Reading one article at a time, the export would wait here for ever: the second is read after this.
            if (written.isEmpty() && !secondRead.await(30, TimeUnit.SECONDS)) {
                throw new IOException("the second article was not read while the first was being written");
            }
            written.add(article.article().externalId());
        }));

        assertThat(written).containsExactlyElementsOf(IntStream.range(0, ARTICLES).mapToObj(i -> "a" + i).toList());
        assertThat(Files.readString(folder.resolve("out.txt"))).isEqualTo(String.join("\n", written) + "\n");
    }

    @Test
    void aFailedWriteEndsTheExportWithItsErrorAndLeavesTheOldFile() throws IOException {
        Path destination = Files.writeString(folder.resolve("out.txt"), "the previous export");
        List<Long> read = new ArrayList<>();

        assertThatThrownBy(() -> ExportRun.run(workspace, ExportFilter.ALL, destination, counting(read::add),
                out -> writer(out, article -> {
                    if (article.article().externalId().equals("a3")) {
                        throw new IOException("No space left on device");
                    }
                }))).isInstanceOf(IOException.class).hasMessageContaining("out.txt")
                .hasMessageEndingWith("No space left on device");

        assertThat(Files.readString(destination)).isEqualTo("the previous export");
        assertThat(read).as("articles read after the failure was known").hasSizeLessThan(ARTICLES);
        try (var files = Files.list(folder)) {
            assertThat(files.map(Path::getFileName).map(Path::toString)).noneMatch(f -> f.endsWith(".partial"));
        }
    }

    @Test
    void aFailedWriteOfTheLastArticleStillFailsTheExport() throws IOException {
        Path destination = Files.writeString(folder.resolve("out.txt"), "the previous export");

        assertThatThrownBy(() -> ExportRun.run(workspace, ExportFilter.ALL, destination, Progress.NONE,
                out -> writer(out, article -> {
                    if (article.article().externalId().equals("a" + (ARTICLES - 1))) {
                        throw new IOException("No space left on device");
                    }
                }))).isInstanceOf(IOException.class).hasMessageEndingWith("No space left on device");

        assertThat(Files.readString(destination)).isEqualTo("the previous export");
        try (var files = Files.list(folder)) {
            assertThat(files.map(Path::getFileName).map(Path::toString)).noneMatch(f -> f.endsWith(".partial"));
        }
    }

    @Test
    void aFormatThatBreaksEndsTheExportWithItsError() {
        assertThatThrownBy(() -> ExportRun.run(workspace, ExportFilter.ALL, folder.resolve("out.txt"), Progress.NONE,
                out -> writer(out, article -> {
                    throw new IllegalStateException("span outside its text");
                }))).isInstanceOf(IllegalStateException.class).hasMessage("span outside its text");
        assertThat(folder.resolve("out.txt")).doesNotExist();
    }

    @Test
    void aReadThatFailsAfterAWriteFailedReportsTheWritesFailureBesideItsOwn() throws InterruptedException {
        CountDownLatch writing = new CountDownLatch(1);
        ArticleExport anArticle = new ArticleExport(null, List.of(), List.of());
        IllegalStateException readFailure = new IllegalStateException("database disk image is malformed");

        assertThatThrownBy(() -> {
            try (ArticleHandOff handOff = ArticleHandOff.start(writer(OutputStream.nullOutputStream(), article -> {
                writing.countDown();
                throw new IOException("No space left on device");
            }))) {
                handOff.put(anArticle);
                writing.await();
                awaitWriterIdle();
                // The reading thread has not put another article since: it learns of the full disk only now.
                throw readFailure;
            }
        }).isSameAs(readFailure).satisfies(thrown -> assertThat(thrown.getSuppressed()).singleElement()
                .satisfies(suppressed -> assertThat(suppressed.getCause()).hasMessage("No space left on device")));
    }

    /** Waits until the export's writer thread is back waiting for articles: the one it took is behind it. */
    private static void awaitWriterIdle() throws InterruptedException {
        while (Thread.getAllStackTraces().keySet().stream().noneMatch(thread ->
                thread.getName().equals("hamish-export-writer") && thread.getState() == Thread.State.WAITING)) {
            Thread.sleep(5);
        }
    }

    private interface Written {
        void accept(ArticleExport article) throws IOException, InterruptedException;
    }

    private interface Counted {
        void accept(long done);
    }

    private static Progress counting(Counted counted) {
        return new Progress() {
            @Override
            public void update(long done, long total) {
                counted.accept(done);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }

    /** Writes each article's id on a line of its own, after {@code written} has seen it. */
    private static ExportRun.ArticleWriter writer(OutputStream out, Written written) {
        return new ExportRun.ArticleWriter() {
            @Override
            public void write(ArticleExport article) throws IOException {
                try {
                    written.accept(article);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.io.InterruptedIOException();
                }
                out.write((article.article().externalId() + "\n").getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public void finish() {
            }
        };
    }
}

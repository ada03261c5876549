package app.hamish.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.hamish.TestFiles;
import app.hamish.WorkspaceTables;
import app.hamish.model.Article;
import app.hamish.model.ArticleFeed;
import app.hamish.model.ContentHash;
import app.hamish.model.ImportReport;
import app.hamish.model.PreparedArticle;
import app.hamish.service.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import that stores articles while the rest of its files are read, in one transaction (decision 0043). */
class StreamedImportTest {
    @TempDir
    Path folder;

    private Path corpus(int articles) throws Exception {
        Path corpus = Files.createDirectories(folder.resolve("corpus"));
        for (int i = 0; i < articles; i++) {
            TestFiles.write(corpus.resolve("a%05d.txt".formatted(i)), "مقالة رقم " + i + "\nنص المقالة " + i);
        }
        return corpus;
    }

    private static ImportReport importAhead(Workspace workspace, Path... paths) {
        try (ReadAhead<PreparedArticle> reading = ArticleFiles.readAhead(List.of(paths), Progress.NONE)) {
            return workspace.corpus().importArticles(reading::next);
        }
    }

    @Test
    void theFirstArticlesAreStoredWhileTheRestAreStillBeingHandedOver() throws Exception {
        List<PreparedArticle> read;
        try (ReadAhead<PreparedArticle> reading = ArticleFiles.readAhead(List.of(corpus(1_200)), Progress.NONE)) {
            read = new ArrayList<>();
            for (PreparedArticle next = reading.next(); next != null; next = reading.next()) {
                read.add(next);
            }
        }
        try (Workspace workspace = Workspace.open(folder.resolve("w.db"))) {
            Iterator<PreparedArticle> next = read.iterator();
            List<Integer> storedWhenAsked = new ArrayList<>();
            ArticleFeed feed = () -> {
                // A read on the importing thread joins its transaction, so it sees what the import stored so far.
                storedWhenAsked.add(workspace.corpus().count());
                return next.hasNext() ? next.next() : null;
            };

            assertThat(workspace.corpus().importArticles(feed).imported()).hasSize(1_200);
            assertThat(workspace.corpus().count()).isEqualTo(1_200);
            assertThat(storedWhenAsked.get(1_000)).as("stored before the 1,001st article was handed over")
                    .isGreaterThanOrEqualTo(500);
        }
    }

    @Test
    void aFileRefusedAfterArticlesWereStoredLeavesTheWorkspaceAsItWas() throws Exception {
        Path corpus = corpus(1_500);
        TestFiles.write(corpus.resolve("z-last.txt"), "سطر\nسطر ثان\0 فيه صفر");
        Path before = Files.createDirectories(folder.resolve("before"));
        TestFiles.write(before.resolve("earlier.txt"), "مقالة سابقة");
        try (Workspace workspace = Workspace.open(folder.resolve("w.db"))) {
            importAhead(workspace, before);
            List<String> rows = WorkspaceTables.rows(workspace.location());

            assertThatThrownBy(() -> importAhead(workspace, corpus)).isInstanceOf(InputException.class)
                    .hasMessageContaining("z-last.txt:2:").hasMessageContaining("NUL byte");
            assertThat(workspace.corpus().count()).isEqualTo(1);
            assertThat(workspace.corpus().pendingForSearch()).isEqualTo(1);
            assertThat(WorkspaceTables.rows(workspace.location())).isEqualTo(rows);
        }
    }

    @Test
    void aRefusedFileIsReportedBeforeAnIdThatAnotherTextHoldsEvenWhenTheIdComesFirst() throws Exception {
        Path corpus = corpus(1_000);
        TestFiles.write(corpus.resolve("z-last.txt"), new byte[] {(byte) 0xD8, 'x'});
        Path earlier = Files.createDirectories(folder.resolve("earlier"));
        TestFiles.write(earlier.resolve("a00003.txt"), "نص آخر بالاسم نفسه");
        try (Workspace workspace = Workspace.open(folder.resolve("w.db"))) {
            importAhead(workspace, earlier);

            assertThatThrownBy(() -> importAhead(workspace, corpus)).isInstanceOf(InputException.class)
                    .hasMessageContaining("z-last.txt:1:").hasMessageContaining("invalid byte 0xD8");
            assertThat(workspace.corpus().count()).isEqualTo(1);
        }
    }

    @Test
    void eachTextIsStoredAsTextAndHashedAsItReadsAfterDecodingWhateverItsLineEndings() throws Exception {
        Path corpus = Files.createDirectories(folder.resolve("corpus"));
        List<String> decoded = List.of("سطر أول\nسطر ثان", "سطر أول\r\nسطر ثان بفاصل ويندوز", "سطر أول\rسطر ثان قديم",
                "\uFEFFسطر بعلامة ترتيب البايت", "نص 😀 خارج المستوى الأساسي");
        for (int i = 0; i < decoded.size(); i++) {
            TestFiles.write(corpus.resolve("t" + i + ".txt"), decoded.get(i));
        }
        try (Workspace workspace = Workspace.open(folder.resolve("w.db"))) {
            List<Article> imported = importAhead(workspace, corpus).imported();

            assertThat(imported).hasSize(decoded.size());
            for (int i = 0; i < decoded.size(); i++) {
                String text = TextDecoding.normalise(decoded.get(i));
                Article stored = workspace.corpus().article("t" + i).orElseThrow();
                assertThat(stored.text().value()).isEqualTo(text);
                assertThat(stored.sha256()).as(stored.externalId()).isEqualTo(ContentHash.sha256(text));
            }
            // Read the other way, the same texts are recognised as held already.
            assertThat(workspace.corpus().importArticles(ArticleFiles.read(List.of(corpus))).skipped())
                    .hasSize(decoded.size());
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + workspace.location());
                 Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT count(*) FROM articles WHERE typeof(text) = 'text'")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(decoded.size());
            }
        }
    }
}

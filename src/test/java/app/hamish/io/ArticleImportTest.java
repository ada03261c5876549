package app.hamish.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.hamish.TestFiles;
import app.hamish.model.Article;
import app.hamish.model.NewArticle;
import app.hamish.service.Workspace;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleImportTest {
    @TempDir
    Path folder;

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    @Test
    void textIsKeptExactlyExceptBomAndLineEndings() {
        String body = "عنوان المقالة\r\n\r\nمواجـ.ـهة السـ.ـرية، بـ59 صاروخ (Tomahawk)\u00A0\u200F\u200Eمُحَمَّد\rنهاية";
        Path file = TestFiles.write(folder.resolve("article-1.txt"), "\uFEFF" + body);
        NewArticle article = ArticleFiles.read(List.of(file)).getFirst();
        assertThat(article.text().value()).isEqualTo(body.replace("\r\n", "\n").replace('\r', '\n'));
        assertThat(article.externalId()).isEqualTo("article-1");
        assertThat(article.title()).isEqualTo("عنوان المقالة");
        assertThat(article.sourceName()).isEqualTo("article-1.txt");
    }

    @Test
    void titleIsTheFirstNonEmptyLine() {
        Path file = TestFiles.write(folder.resolve("a.txt"), "\n   \n  الرئيسية » الهدهد  \nنص");
        assertThat(ArticleFiles.read(List.of(file)).getFirst().title()).isEqualTo("الرئيسية » الهدهد");
    }

    @Test
    void invalidUtf8NamesFileLineAndByteOffset() {
        byte[] good = "سطر أول\nسطر ".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] content = new byte[good.length + 3];
        System.arraycopy(good, 0, content, 0, good.length);
        content[good.length] = (byte) 0xD8; // a lead byte followed by ASCII: invalid
        content[good.length + 1] = 'x';
        content[good.length + 2] = '\n';
        Path file = TestFiles.write(folder.resolve("broken.txt"), content);
        assertThatThrownBy(() -> ArticleFiles.read(List.of(file))).isInstanceOf(InputException.class)
                .hasMessageContaining("broken.txt:2:")
                .hasMessageContaining("invalid byte 0xD8 at byte offset " + good.length);
    }

    @Test
    void badFilesAreRefusedEachWithItsReason() throws Exception {
        Path empty = TestFiles.write(folder.resolve("empty.txt"), new byte[0]);
        Path blank = TestFiles.write(folder.resolve("blank.txt"), "  \n\t\n");
        Path binary = TestFiles.write(folder.resolve("image.txt"), bytes(0x89, 'P', 'N', 'G', 0, 0, 0, 13));
        Path utf16 = TestFiles.write(folder.resolve("utf16.txt"), bytes(0xFF, 0xFE, 0x27, 0x06));
        Path huge = folder.resolve("huge.txt");
        try (RandomAccessFile sparse = new RandomAccessFile(huge.toFile(), "rw")) {
            sparse.setLength(200L * 1024 * 1024);
        }
        Path pdf = TestFiles.write(folder.resolve("report.pdf"), "%PDF");
        Path missing = folder.resolve("missing.txt");

        assertThatThrownBy(() -> ArticleFiles.read(List.of(empty, blank, binary, utf16, huge, pdf, missing)))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems()).hasSize(7))
                .hasMessageContaining("empty.txt: is empty")
                .hasMessageContaining("blank.txt: is empty")
                .hasMessageContaining("image.txt:1: looks binary (NUL byte at byte offset 4)")
                .hasMessageContaining("utf16.txt:1: is UTF-16")
                .hasMessageContaining("huge.txt: is 200 MB")
                .hasMessageContaining("report.pdf: is not an article file")
                .hasMessageContaining("missing.txt: does not exist");
    }

    @Test
    void jsonlArticlesWithDefaultsAndMeta() {
        Path file = TestFiles.write(folder.resolve("batch.jsonl"), """
                {"id": "x1", "title": "عنوان", "text": "نص أول", "meta": {"publisher": "القبس", "tags": [1, 2]}}

                {"id": 7, "text": "سطر أول\\r\\nنص ثان"}
                {"text": "نص ثالث"}
                """);
        List<NewArticle> articles = ArticleFiles.read(List.of(file));
        assertThat(articles).extracting(NewArticle::externalId).containsExactly("x1", "7", "batch-4");
        assertThat(articles.get(0).metaJson()).isEqualTo("{\"publisher\":\"القبس\",\"tags\":[1,2]}");
        assertThat(articles.get(1).text().value()).isEqualTo("سطر أول\nنص ثان");
        assertThat(articles.get(1).title()).isEqualTo("سطر أول");
        assertThat(articles.get(2).sourceName()).isEqualTo("batch.jsonl:4");
    }

    @Test
    void jsonlProblemsNameTheirLines() {
        Path file = TestFiles.write(folder.resolve("bad.jsonl"), """
                {"id": "ok", "text": "نص"}
                {"id": "x", "text": 5}
                not json
                {"id": "y"}
                {"id": "z", "text": "a", "text": "b"}
                {"id": "w", "text": "نص", "meta": "publisher"}
                {"id": "v", "text": "نص\\u0000ثنائي"}
                {"id": "line\\n# newdoc id = forged", "text": "نص"}
                """);
        assertThatThrownBy(() -> ArticleFiles.read(List.of(file)))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems())
                        .extracting(InputException.Problem::line).containsExactly(2, 3, 4, 5, 6, 7, 8))
                .hasMessageContaining("bad.jsonl:2: \"text\" must be a string")
                .hasMessageContaining("bad.jsonl:3: is not valid JSON")
                .hasMessageContaining("bad.jsonl:4: has no \"text\"")
                .hasMessageContaining("bad.jsonl:5: is not valid JSON: Duplicate field 'text'")
                .hasMessageContaining("bad.jsonl:6: \"meta\" must be a JSON object")
                .hasMessageContaining("bad.jsonl:7: has a text holding a NUL character (U+0000) at character 2; an "
                        + "article's text cannot hold one")
                .hasMessageContaining("bad.jsonl:8: id holds a control character (U+000A) at character 4; a name or "
                        + "id is shown on one line");
    }

    @Test
    void fieldsOverTheImportLimitsAreRefusedNamingTheirLines() {
        String bigMeta = "{\"tags\": [" + "1,".repeat(600_000) + "1]}";
        Path file = TestFiles.write(folder.resolve("limits.jsonl"), String.join("\n",
                "{\"id\": \"ok\", \"text\": \"نص\", \"meta\": {\"n\": 1}}",
                "{\"id\": \"m\", \"text\": \"نص\", \"meta\": " + bigMeta + "}",
                "{\"id\": \"t\", \"title\": \"" + "ع".repeat(201) + "\", \"text\": \"نص\"}",
                "{\"id\": \"" + "i".repeat(301) + "\", \"text\": \"نص\"}",
                "{\"id\": \"s\", \"title\": \"" + "ع".repeat(200) + "\", \"text\": \"نص\"}") + "\n");
        assertThatThrownBy(() -> ArticleFiles.read(List.of(file)))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems())
                        .extracting(InputException.Problem::line).containsExactly(2, 3, 4))
                .hasMessageContaining("limits.jsonl:2: \"meta\" is longer than 1048576 bytes")
                .hasMessageContaining("limits.jsonl:3: title is 201 characters long; at most 200 are taken")
                .hasMessageContaining("limits.jsonl:4: id is 301 characters long; at most 300 are taken");
    }

    @Test
    void aBatchWithOneBadFileImportsNothing() {
        Path good = TestFiles.write(folder.resolve("in/a.txt"), "مقالة سليمة");
        TestFiles.write(folder.resolve("in/b.txt"), bytes(0xC3, 0x28));
        try (Workspace workspace = Workspace.open(folder.resolve("w.db"))) {
            assertThatThrownBy(() -> workspace.corpus().importArticles(ArticleFiles.read(List.of(good.getParent()))))
                    .isInstanceOf(InputException.class).hasMessageContaining("b.txt");
            assertThat(workspace.corpus().count()).isZero();
        }
    }

    @Test
    void folderImportTakesTextAndJsonlFilesInNameOrder() throws Exception {
        TestFiles.write(folder.resolve("in/b.txt"), "ب");
        TestFiles.write(folder.resolve("in/a.txt"), "أ");
        TestFiles.write(folder.resolve("in/notes.md"), "# ignored");
        TestFiles.write(folder.resolve("in/sub/c.jsonl"), "{\"id\": \"c\", \"text\": \"ج\"}\n");
        List<NewArticle> articles = ArticleFiles.read(List.of(folder.resolve("in")));
        assertThat(articles).extracting(NewArticle::externalId).containsExactly("a", "b", "c");
        assertThat(Files.exists(folder.resolve("in/notes.md"))).isTrue();
    }

    @Test
    void theSampleCorpusHasTheFiveSeedArticlesVerbatim() throws Exception {
        List<NewArticle> samples = SampleCorpus.load();
        assertThat(samples).hasSize(5);
        Path seed = Path.of("seeds", "000_8c93457ec6c28807.txt");
        assertThat(samples.getFirst().text().value())
                .isEqualTo(TextDecoding.normalise(Files.readString(seed)));
        assertThat(samples).anySatisfy(article -> assertThat(article.text().value()).contains("مواجـ.ـهة"));
        try (Workspace workspace = Workspace.open(folder.resolve("w.db"))) {
            assertThat(workspace.corpus().importSamplesIfEmpty(SampleCorpus::load)).isPresent();
            assertThat(workspace.corpus().importSamplesIfEmpty(SampleCorpus::load)).isEmpty();
            assertThat(workspace.corpus().articles()).hasSize(5);
            Article first = workspace.corpus().article("000_8c93457ec6c28807").orElseThrow();
            assertThat(first.title()).startsWith("الرئيسية");
        }
    }
}

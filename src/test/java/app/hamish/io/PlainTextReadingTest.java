package app.hamish.io;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.TestFiles;
import app.hamish.model.Article;
import app.hamish.model.ArticleText;
import app.hamish.model.InputLimits;
import app.hamish.model.NewArticle;
import app.hamish.model.PreparedArticle;
import app.hamish.service.Workspace;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import's one pass over a plain file's bytes (decision 0049) against reading the file as text: for any bytes,
 * the same article (text, code points, title, hash, direction, stored bytes) or the same refusal, word for word.
 */
class PlainTextReadingTest {
    /** Whole characters and broken ones: each piece is valid or invalid UTF-8 on its own, or starts a problem. */
    private static final byte[][] PIECES = {
            utf8("القاهرة"), utf8(" "), utf8("\n"), utf8("\t"), utf8("Cairo"), utf8("٣٤٥"), utf8("😀"), utf8("𝔸"),
            utf8("👩‍💻"), utf8("\u200F"), utf8("\u00A0"), utf8("\u2028"), utf8("\uFFFD"), utf8("\uFEFF"),
            utf8("مُحَمَّد"), utf8("עברית"), utf8("\r\n"), utf8("\r"), utf8("\u0000"), utf8("\u0085"),
            bytes(0xED, 0xA0, 0x80), // a high surrogate, encoded in UTF-8
            bytes(0xED, 0xBF, 0xBF), // a low one
            bytes(0xC0, 0x80), bytes(0xC1, 0xBF), bytes(0xE0, 0x80, 0x80), bytes(0xE0, 0x9F, 0xBF), // overlong
            bytes(0xF0, 0x80, 0x80, 0x80), bytes(0xF0, 0x8F, 0xBF, 0xBF), // overlong
            bytes(0xF4, 0x90, 0x80, 0x80), bytes(0xF5, 0x80, 0x80, 0x80), bytes(0xFF), // past U+10FFFF
            bytes(0xFC, 0x80, 0x80, 0x80), bytes(0xF8, 0x88, 0x80, 0x80), // leads of old, longer forms
            bytes(0xE2, 0x82), bytes(0xF0, 0x9F, 0x98), bytes(0xD8), // truncated
            bytes(0x80), bytes(0xBF), // a continuation without its lead
            bytes(0xF4, 0x8F, 0xBF, 0xBF), bytes(0xEF, 0xBF, 0xBF), bytes(0xF0, 0x90, 0x80, 0x80), // edges, valid
    };
    private static final byte[] BYTE_ORDER_MARK = bytes(0xEF, 0xBB, 0xBF);

    @TempDir
    Path folder;

    @Test
    void anyBytesGiveTheArticleOrTheRefusalThatReadingThemAsTextGives() {
        Random random = new Random(49);
        int accepted = 0;
        for (int i = 0; i < 5_000; i++) {
            accepted += agree(randomFile(random)) ? 1 : 0;
        }
        // Both are checked many times: files taken and files refused.
        assertThat(accepted).isBetween(500, 4_500);
    }

    @Test
    void eachBrokenOrUnusualPieceAloneAndAmidTextGivesWhatReadingItAsTextGives() {
        for (byte[] piece : PIECES) {
            for (byte[] bytes : List.of(piece, concat(utf8("قال"), piece), concat(piece, utf8("\nنص")),
                    concat(utf8("عنوان\n"), piece, utf8(" نص")))) {
                agree(bytes);
            }
        }
        agree(new byte[0]);
        agree(utf8("  \n\t\n"));
        agree(concat(BYTE_ORDER_MARK, utf8("نص")));
        agree(utf8("\n\n   \u00A0\n  السطر الأول  \nالثاني"));
        agree(utf8("ا".repeat(400)));
    }

    @Test
    void aPlainFileWhoseNameIsOverALimitIsRefusedInTheSameWords() {
        byte[] bytes = utf8("نص عادي");

        assertThat(agree(bytes, "ا".repeat(InputLimits.MAX_ARTICLE_ID + 1) + ".txt")).isFalse();
        assertThat(agree(bytes, "ا".repeat(InputLimits.MAX_ARTICLE_ID) + ".txt")).isTrue();
        assertThat(agree(bytes, ".txt")).isFalse();
        assertThat(agree(bytes, "ا".repeat(InputLimits.MAX_SOURCE_NAME) + ".")).isFalse();
    }

    @Test
    void aPlainFileIsStoredAsItsOwnBytes() {
        byte[] bytes = utf8("خبر 😀 عن القاهرة\nوسطر ثان");

        PreparedArticle prepared = ArticleFiles.prepareText(bytes, "a.txt", "a.txt");

        assertThat(prepared.utf8()).isSameAs(bytes);
        assertThat(prepared.article().text().utf16Length()).isEqualTo("خبر 😀 عن القاهرة\nوسطر ثان".length());
    }

    @Test
    void randomFilesImportedAheadAreStoredAsReadingThemAsTextStoresThem() throws Exception {
        Random random = new Random(4_949);
        Path corpus = Files.createDirectories(folder.resolve("corpus"));
        List<byte[]> files = new ArrayList<>();
        for (int i = 0; files.size() < 200; i++) {
            byte[] bytes = randomFile(random);
            if (accepted(bytes)) {
                TestFiles.write(corpus.resolve("f%04d.txt".formatted(files.size())), bytes);
                files.add(bytes);
            }
        }
        try (Workspace workspace = Workspace.open(folder.resolve("w.db"))) {
            try (ReadAhead<PreparedArticle> reading = ArticleFiles.readAhead(List.of(corpus), Progress.NONE)) {
                workspace.corpus().importArticles(reading::next);
            }
            for (int i = 0; i < files.size(); i++) {
                String name = "f%04d.txt".formatted(i);
                NewArticle read = ArticleFiles.fromText(files.get(i), name, name);
                Article stored = workspace.corpus().article("f%04d".formatted(i)).orElse(null);
                if (stored == null) {
                    continue; // the same text as an earlier file, skipped as one
                }
                assertThat(stored.text().value()).as(name).isEqualTo(read.text().value());
                assertThat(stored.title()).as(name).isEqualTo(read.title());
                assertThat(stored.sha256()).as(name).isEqualTo(read.sha256());
                assertThat(stored.direction()).as(name).isEqualTo(read.direction());
            }
        }
    }

    private static boolean agree(byte[] bytes) {
        return agree(bytes, "r.txt");
    }

    /** Checks that both readings agree on {@code bytes} in a file of that name; returns whether they took them. */
    private static boolean agree(byte[] bytes, String fileName) {
        String shown = HexFormat.ofDelimiter(" ").formatHex(bytes);
        PreparedArticle expected;
        try {
            expected = PreparedArticle.of(ArticleFiles.fromText(bytes, fileName, fileName));
        } catch (InputException refused) {
            assertThat(refusal(bytes, fileName)).as(shown).isEqualTo(refused.problems());
            return false;
        }
        PreparedArticle prepared = ArticleFiles.prepareText(bytes, fileName, fileName);
        NewArticle article = prepared.article();
        ArticleText text = article.text();
        assertThat(text.value()).as(shown).isEqualTo(expected.article().text().value());
        assertThat(text.codePointLength()).as(shown).isEqualTo(expected.article().text().codePointLength());
        assertThat(text.utf16Length()).as(shown).isEqualTo(expected.article().text().value().length());
        assertThat(article.title()).as(shown).isEqualTo(expected.article().title());
        assertThat(article.externalId()).as(shown).isEqualTo(expected.article().externalId());
        assertThat(article.sourceName()).as(shown).isEqualTo(fileName);
        assertThat(article.metaJson()).as(shown).isEqualTo("{}");
        assertThat(prepared.sha256()).as(shown).isEqualTo(expected.sha256());
        assertThat(prepared.direction()).as(shown).isEqualTo(expected.direction());
        assertThat(prepared.utf8()).as(shown).isEqualTo(expected.utf8());
        for (int offset = 0; offset <= text.codePointLength(); offset++) {
            assertThat(text.toUtf16(offset)).as(shown).isEqualTo(expected.article().text().toUtf16(offset));
        }
        return true;
    }

    private static List<InputException.Problem> refusal(byte[] bytes, String fileName) {
        try {
            ArticleFiles.prepareText(bytes, fileName, fileName);
        } catch (InputException refused) {
            return refused.problems();
        }
        return List.of();
    }

    private static boolean accepted(byte[] bytes) {
        try {
            ArticleFiles.fromText(bytes, "r.txt", "r.txt");
            return true;
        } catch (InputException refused) {
            return false;
        }
    }

    /** Mostly whole characters, now and then a broken or unusual piece, a byte-order mark at the start at times. */
    private static byte[] randomFile(Random random) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        if (random.nextInt(20) == 0) {
            file.writeBytes(BYTE_ORDER_MARK);
        }
        int pieces = random.nextInt(40);
        for (int i = 0; i < pieces; i++) {
            file.writeBytes(random.nextInt(60) == 0 ? PIECES[random.nextInt(PIECES.length)]
                    : PIECES[random.nextInt(14)]);
        }
        return file.toByteArray();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }
}

package app.hamish.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.hamish.TestFiles;
import app.hamish.model.NewArticle;
import app.hamish.model.PreparedArticle;
import app.hamish.store.ConflictException;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jazzer fuzz targets for the article import (a .txt file, a .jsonl file of articles) and the decoding every text
 * goes through. {@code ./mvnw test} runs the committed seeds in
 * {@code src/test/resources/app/hamish/io/ArticleFuzzTargetsInputs/<method>/}; docs/reliability.md says how to fuzz.
 */
class ArticleFuzzTargets {
    @TempDir
    static Path folder;
    /** Every .txt input is article "fuzz": a new text under that id is refused as a conflict, changing nothing. */
    private static ImportContract contract;

    @BeforeAll
    static void openWorkspace() {
        contract = new ImportContract(folder.resolve("fuzz.db"), ConflictException.class);
    }

    @AfterAll
    static void closeWorkspace() {
        contract.close();
    }

    @FuzzTest
    void textFile(byte[] file) throws SQLException {
        importArticles(TestFiles.write(folder.resolve("fuzz.txt"), file));
    }

    @FuzzTest
    void jsonlFile(byte[] file) throws SQLException {
        importArticles(TestFiles.write(folder.resolve("fuzz.jsonl"), file));
    }

    /**
     * Text is the bytes exactly, but for the byte-order marks at the start dropped and CRLF and CR made LF; bytes that
     * are not UTF-8 are refused. Checked on the bytes: in UTF-8 no byte of a multi-byte character is a CR or LF.
     */
    @FuzzTest
    void textDecoding(byte[] bytes) {
        boolean utf8 = Arrays.equals(new String(bytes, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8), bytes);
        String text;
        try {
            text = TextDecoding.decode(bytes, "fuzz.txt");
        } catch (InputException refused) {
            assertThat(utf8).as("refused valid UTF-8: %s", refused.getMessage()).isFalse();
            assertThat(refused.problems().getFirst().file()).isEqualTo("fuzz.txt");
            return;
        }
        assertThat(utf8).as("accepted invalid UTF-8").isTrue();
        assertThat(text.getBytes(StandardCharsets.UTF_8)).isEqualTo(lineEndingsMadeLf(withoutByteOrderMarks(bytes)));
    }

    /**
     * The import's one pass over a plain file (decision 0049) gives what reading the file as text gives: the same
     * article, hash, direction and stored bytes, or the same refusal word for word.
     */
    @FuzzTest
    void plainTextReading(byte[] bytes) {
        PreparedArticle expected;
        try {
            expected = PreparedArticle.of(ArticleFiles.fromText(bytes, "fuzz.txt", "fuzz.txt"));
        } catch (InputException refused) {
            assertThatThrownBy(() -> ArticleFiles.prepareText(bytes, "fuzz.txt", "fuzz.txt"))
                    .isInstanceOfSatisfying(InputException.class, same -> assertThat(same.problems())
                            .isEqualTo(refused.problems()));
            return;
        }
        PreparedArticle prepared = ArticleFiles.prepareText(bytes, "fuzz.txt", "fuzz.txt");
        assertThat(prepared.article().text().value()).isEqualTo(expected.article().text().value());
        assertThat(prepared.article().text().codePointLength()).isEqualTo(expected.article().text().codePointLength());
        assertThat(prepared.article().title()).isEqualTo(expected.article().title());
        assertThat(prepared.sha256()).isEqualTo(expected.sha256());
        assertThat(prepared.direction()).isEqualTo(expected.direction());
        assertThat(prepared.utf8()).isEqualTo(expected.utf8());
    }

    private static void importArticles(Path file) throws SQLException {
        contract.check(() -> {
            List<NewArticle> articles = ArticleFiles.read(List.of(file));
            articles.forEach(article -> assertThat(isOneJsonObject(article.metaJson()))
                    .as("metadata of %s is one JSON object: %s", article.externalId(), article.metaJson()).isTrue());
            contract.workspace().corpus().importArticles(articles);
        });
    }

    /** Metadata is written verbatim into every JSONL export, so it must be JSON. */
    private static boolean isOneJsonObject(String json) {
        try (JsonParser parser = Json.parser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            parser.skipChildren();
            return parser.nextToken() == null;
        } catch (IOException e) {
            return false;
        }
    }

    /** Every mark at the start, not only the first (decision 0108). */
    private static byte[] withoutByteOrderMarks(byte[] bytes) {
        int at = 0;
        while (bytes.length >= at + 3 && bytes[at] == (byte) 0xEF && bytes[at + 1] == (byte) 0xBB
                && bytes[at + 2] == (byte) 0xBF) {
            at += 3;
        }
        return Arrays.copyOfRange(bytes, at, bytes.length);
    }

    private static byte[] lineEndingsMadeLf(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\r') {
                out.write('\n');
                if (i + 1 < bytes.length && bytes[i + 1] == '\n') {
                    i++;
                }
            } else {
                out.write(bytes[i]);
            }
        }
        return out.toByteArray();
    }
}

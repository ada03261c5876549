package app.hamish.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.JavaProcess;
import app.hamish.io.ArticleFiles;
import app.hamish.model.ArabicNormalizer;
import app.hamish.model.CorpusMatch;
import app.hamish.model.NewArticle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A process that dies between an import and the search index's fill, or part way through the fill, leaves no
 * article unfindable: the next open finds exactly what reading every article finds, and filling the index then
 * changes nothing found (decision 0038). A real process, stopped dead with {@code Runtime.halt}.
 */
class SearchIndexCrashTest {
    private static final int ARTICLES = 60;
    private static final int DIES = 9;
    private static final String[] WORDS = {"القاهرة", "القاهره", "مسؤول", "مسئول", "أحمد", "احمد", "مواجـ.ـهة",
            "شيء", "عَلِيّ", "علي", "بـ59", "٥٩", "Tomahawk", "😀", "مصطفى", "مصطفي", "وزير", "«علي", "\n"};

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void aProcessThatDiesBeforeTheIndexIsFilledLeavesEveryArticleFindable(int transactionsBeforeDying)
            throws Exception {
        Path file = folder.resolve("w.db");
        Process process = new ProcessBuilder(JavaProcess.command(ImportsThenDies.class, file.toString(),
                String.valueOf(transactionsBeforeDying))).redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(new String(process.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8)).isEqualTo(DIES);

        List<String> queries = List.of("القاهره", "مسئول", "احمد", "مواجهة", "علي", "tomahawk", "59", "مصطفي وزير",
                "غير موجود");
        try (Workspace workspace = Workspace.open(file)) {
            assertThat(workspace.corpus().count()).isEqualTo(ARTICLES);
            assertThat(workspace.corpus().pendingForSearch()).isEqualTo(ARTICLES - 10 * transactionsBeforeDying);
            List<List<CorpusMatch>> expected = queries.stream()
                    .map(query -> CorpusSearchIndexTest.readingEveryArticle(workspace, query)).toList();
            assertThat(found(workspace, queries)).isEqualTo(expected);

            workspace.corpus().indexForSearch(10, CorpusService.SearchProgress.NONE);
            assertThat(workspace.corpus().pendingForSearch()).isZero();
            assertThat(found(workspace, queries)).isEqualTo(expected);
            assertThat(workspace.corpus().searchCandidates(ArabicNormalizer.keys("غير موجود"))).hasValue(Set.of());
        }
    }

    /** Imports the articles, fills the index ten articles a transaction, and dies after the transactions asked for. */
    static final class ImportsThenDies {
        public static void main(String[] args) {
            int transactions = Integer.parseInt(args[1]);
            Random random = new Random(17);
            Workspace workspace = Workspace.open(Path.of(args[0]));
            List<NewArticle> articles = new ArrayList<>();
            for (int i = 0; i < ARTICLES; i++) {
                StringBuilder text = new StringBuilder();
                for (int word = 0; word < 10 + random.nextInt(100); word++) {
                    text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                }
                String name = "a" + i + ".txt";
                articles.add(ArticleFiles.fromText(text.toString().getBytes(StandardCharsets.UTF_8), name, name));
            }
            workspace.corpus().importArticles(articles);
            if (transactions == 0) {
                Runtime.getRuntime().halt(DIES);
            }
            workspace.corpus().indexForSearch(10, (done, total) -> {
                if (done == 10 * transactions) {
                    Runtime.getRuntime().halt(DIES);
                }
            });
        }
    }

    private static List<List<CorpusMatch>> found(Workspace workspace, List<String> queries) {
        CorpusSearch search = new CorpusSearch(workspace.corpus());
        List<List<CorpusMatch>> found = new ArrayList<>();
        for (String query : queries) {
            List<CorpusMatch> matches = new ArrayList<>();
            search.find(query, matches::add);
            found.add(matches);
        }
        return found;
    }
}

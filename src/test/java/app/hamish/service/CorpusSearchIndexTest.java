package app.hamish.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.hamish.StoreBackend;
import app.hamish.io.ArticleFiles;
import app.hamish.io.SampleCorpus;
import app.hamish.model.ArabicNormalizer;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.ArticleSummary;
import app.hamish.model.CorpusMatch;
import app.hamish.model.Span;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Find across the corpus through the search index (decision 0029; on a server, a trigram index, decision 0033)
 * finds exactly what reading every article finds: the same matches at the same original offsets, in the same order,
 * on the sample articles and on random texts full of the spelling variation the normaliser folds; and the index is
 * kept in step with imports, merges (pushes to a server) and workspaces made before it. On a file and on the run's
 * real server.
 */
@ParameterizedClass
@EnumSource(StoreBackend.class)
class CorpusSearchIndexTest {
    @Parameter
    StoreBackend backend;

    private static final String[] WORDS = {"القاهرة", "القاهره", "مسؤول", "مسئول", "أحمد", "احمد", "إسرائيل",
            "مواجـ.ـهة", "السـ.ـرية", "شيء", "القرآن", "عَلِيّ", "علي", "بـ59", "٥٩", "Tomahawk", "TOMAHAWK", "😀",
            "\u200fوقالت", "مصطفى", "مصطفي", "ـــالرئيس", "وزير", "الخارجية", "«علي", "مملوك»", "،", "\n", "\n\n"};

    @TempDir
    Path folder;

    @Test
    void theIndexedSearchFindsWhatReadingEveryArticleFindsOnTheSamplesAndOnRandomTexts() {
        Random random = new Random(2029);
        try (Workspace workspace = backend.newPlace(folder).workspace()) {
            workspace.corpus().importSamplesIfEmpty(SampleCorpus::load);
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                texts.add(randomText(random, 20 + random.nextInt(200)));
            }
            importTexts(workspace, texts);
            List<String> queries = new ArrayList<>(List.of("القاهرة", "مسئول", "مسؤول", "احمد", "مواجهة", "علي مملوك",
                    "tomahawk", "59", "شي", "ال", "ة", "غير موجود في أي مقالة"));
            List<Article> articles = workspace.corpus().articles().stream()
                    .map(summary -> workspace.corpus().article(summary.id()).orElseThrow()).toList();
            for (int i = 0; i < 150; i++) {
                String text = articles.get(random.nextInt(articles.size())).text().value();
                int start = random.nextInt(text.length());
                int end = Math.min(text.length(), start + 1 + random.nextInt(12));
                if (!Character.isLowSurrogate(text.charAt(start))
                        && (end == text.length() || !Character.isLowSurrogate(text.charAt(end)))) {
                    queries.add(text.substring(start, end));
                }
            }
            CorpusSearch search = new CorpusSearch(workspace.corpus());
            for (String query : queries) {
                List<CorpusMatch> found = new ArrayList<>();
                search.find(query, found::add);
                assertThat(found).as("query «%s»", query).isEqualTo(readingEveryArticle(workspace, query));
            }
        }
    }

    @Test
    void importedMergedAndEarlierArticlesAreIndexedSoThatAnAbsentWordNamesNoArticle() throws Exception {
        Path other = folder.resolve("other.db");
        try (Workspace elsewhere = Workspace.open(other)) {
            importTexts(elsewhere, List.of("زار علي مملوك القاهرة سرا", "وقالت مصادر مطلعة"));
        }
        StoreBackend.Place place = backend.newPlace(folder);
        try (Workspace workspace = place.workspace()) {
            importTexts(workspace, List.of("كشفت مصادر أن اللواء زار دمشق"));
            workspace.merge(other, workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR));
            assertThat(workspace.corpus().articles()).hasSize(3);
            assertIndexed(workspace);
        }
        // A workspace from before the index: its articles are indexed when it is next opened for writing.
        try (Connection connection = place.connect(); Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM article_search");
        }
        try (Workspace workspace = place.workspace()) {
            assertIndexed(workspace);
        }
    }

    /**
     * Imports and a merge (a push, on a server) leave their articles to be indexed after their transaction on a file
     * (decision 0038): find gives what a fully indexed workspace gives before the index is filled, after the
     * workspace is closed and opened again without filling it, part way through filling it, and after.
     */
    @Test
    void findIsExactBeforeDuringAndAfterFillingTheIndexAcrossCloseAndReopen() {
        Random random = new Random(38);
        Path other = folder.resolve("other.db");
        try (Workspace elsewhere = Workspace.open(other)) {
            importTexts(elsewhere, List.of("زار علي مملوك القاهرة سرا", "وقالت مصادر مطلعة إن الوفد وصل"));
        }
        StoreBackend.Place place = backend.newPlace(folder);
        List<String> queries = new ArrayList<>(List.of("القاهره", "مسئول", "احمد", "مواجهة", "علي مملوك",
                "مصادر مطلعه", "tomahawk", "59", "ال", "غير موجود في أي مقالة"));
        List<List<CorpusMatch>> expected = new ArrayList<>();
        try (Workspace workspace = place.workspace()) {
            workspace.corpus().importSamplesIfEmpty(SampleCorpus::load);
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                texts.add(randomText(random, 20 + random.nextInt(200)));
            }
            importTexts(workspace, texts);
            workspace.merge(other, workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR));
            int articles = workspace.corpus().count();
            assertThat(workspace.corpus().pendingForSearch()).as("left to index after the import's transaction")
                    .isEqualTo(backend == StoreBackend.SQLITE ? articles : 0);
            for (int i = 0; i < 60; i++) {
                String text = randomText(random, 3);
                queries.add(text.substring(0, Math.min(text.length(), 3 + random.nextInt(10))));
            }
            for (String query : queries) {
                expected.add(readingEveryArticle(workspace, query));
            }
            assertFindsAsExpected(workspace, queries, expected);
        }
        try (Workspace workspace = place.workspace()) {
            assertFindsAsExpected(workspace, queries, expected);
            int before = workspace.corpus().pendingForSearch();
            int[] transactions = {0};
            workspace.corpus().indexForSearch(7, new CorpusService.SearchProgress() {
                @Override
                public void indexed(int done, int total) {
                    transactions[0]++;
                }

                @Override
                public boolean goOn() {
                    return transactions[0] == 0;
                }
            });
            assertThat(workspace.corpus().pendingForSearch()).isEqualTo(Math.max(0, before - 7));
            assertFindsAsExpected(workspace, queries, expected);
        }
        try (Workspace workspace = place.workspace()) {
            workspace.corpus().indexForSearch(5, CorpusService.SearchProgress.NONE);
            assertThat(workspace.corpus().pendingForSearch()).isZero();
            assertFindsAsExpected(workspace, queries, expected);
            assertThat(workspace.corpus().searchCandidates(ArabicNormalizer.keys("غير موجود"))).hasValue(Set.of());
        }
    }

    /**
     * A server indexes in the transaction that adds an article, so its fill does nothing, not even a scan for what
     * is missing: that took a workspace-wide write at every client's open and after every import, and failed for a
     * login that may not write the index. What it has not indexed is still found, by reading it.
     */
    @Test
    void onAServerTheFillDoesNothingEvenWhereArticlesAreNotIndexed() throws Exception {
        assumeTrue(backend == StoreBackend.POSTGRESQL, "a file's fill is the test above");
        StoreBackend.Place place = backend.newPlace(folder);
        try (Workspace workspace = place.workspace()) {
            importTexts(workspace, List.of("كشفت مصادر أن اللواء زار دمشق"));
            try (Connection connection = place.connect(); Statement statement = connection.createStatement()) {
                statement.execute("DELETE FROM article_search");
            }
            assertThat(workspace.corpus().pendingForSearch()).isZero();
            assertThat(workspace.corpus().indexForSearch(10, CorpusService.SearchProgress.NONE)).isZero();
            assertThat(workspace.corpus().indexNextForSearch(10)).isZero();
            try (Connection connection = place.connect(); Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT count(*) FROM article_search")) {
                rows.next();
                assertThat(rows.getInt(1)).as("rows the fill wrote").isZero();
            }
            List<CorpusMatch> found = new ArrayList<>();
            new CorpusSearch(workspace.corpus()).find("دمشق", found::add);
            assertThat(found).hasSize(1);
        }
    }

    private static void assertFindsAsExpected(Workspace workspace, List<String> queries,
                                              List<List<CorpusMatch>> expected) {
        CorpusSearch search = new CorpusSearch(workspace.corpus());
        for (int i = 0; i < queries.size(); i++) {
            List<CorpusMatch> found = new ArrayList<>();
            search.find(queries.get(i), found::add);
            assertThat(found).as("query «%s»", queries.get(i)).isEqualTo(expected.get(i));
        }
    }

    /** Once the articles left to index after their import or merge are indexed (decision 0038). */
    private static void assertIndexed(Workspace workspace) {
        workspace.corpus().indexForSearch(2, CorpusService.SearchProgress.NONE);
        assertThat(workspace.corpus().searchCandidates(ArabicNormalizer.keys("بيروت"))).hasValue(Set.of());
        assertThat(workspace.corpus().searchCandidates(ArabicNormalizer.keys("مصادر")).orElseThrow()).hasSize(2);
        assertThat(workspace.corpus().searchCandidates(ArabicNormalizer.keys("القاهره")).orElseThrow())
                .hasSize(1);
    }

    /** Find as it was before the index: every article read and searched; the expectation of every index test. */
    static List<CorpusMatch> readingEveryArticle(Workspace workspace, String query) {
        List<CorpusMatch> matches = new ArrayList<>();
        for (ArticleSummary summary : workspace.corpus().articles()) {
            Article article = workspace.corpus().article(summary.id()).orElseThrow();
            for (Span span : ArabicNormalizer.normalize(article.text()).find(query)) {
                matches.add(new CorpusMatch(article.externalId(), article.title(), span, article.text().slice(span),
                        context(article, Math.max(0, span.start() - 40), span.start()),
                        context(article, span.end(), Math.min(article.text().codePointLength(), span.end() + 40))));
            }
        }
        return matches;
    }

    private static String context(Article article, int start, int end) {
        return end > start ? article.text().slice(new Span(start, end)).replace('\n', ' ') : "";
    }

    private static String randomText(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        return text.toString().strip();
    }

    private static void importTexts(Workspace workspace, List<String> texts) {
        List<app.hamish.model.NewArticle> files = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String name = "random-" + i + "-" + Integer.toHexString(texts.get(i).hashCode()) + ".txt";
            files.add(ArticleFiles.fromText(texts.get(i).getBytes(StandardCharsets.UTF_8), name, name));
        }
        workspace.corpus().importArticles(files);
    }
}

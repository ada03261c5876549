package app.hamish.service.recommender;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.Article;
import app.hamish.model.ArticleText;
import app.hamish.model.Label;
import app.hamish.model.ScriptDirection;
import app.hamish.model.Span;
import app.hamish.service.Workspace;
import app.hamish.ui.shell.ViewBenchmark;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.perceptron.PerceptronTrainer;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recommender's own decoder gives, paragraph after paragraph of one article, exactly the names OpenNLP's
 * {@link NameFinderME} gives with the same model: spans, types and probabilities to the last bit (decision 0090).
 */
class NameDecoderTest {
    private static final List<String> SEEDS = List.of("000_8c93457ec6c28807", "001_5e184b92d5281e1a",
            "002_687307a86b555fe6", "003_1ba4dc8c3db29aaa", "004_cbaf4748d8bd31e8");
    /** Names of the seed articles, of several words and several types. */
    private static final Map<String, String> SEED_NAMES = Map.of("القاهرة", "location", "علي مملوك", "person",
            "بشار الأسد", "person", "السيسي", "person", "العربي الجديد", "organisation", "دمشق", "location");
    /** Names of several words, adjacent names of different types, punctuation, tokens never seen, one-token lines. */
    private static final String CRAFTED = String.join("\n",
            "قال بشار الأسد في دمشق إن علي مملوك والسيسي التقيا في القاهرة.",
            "«العربي الجديد» نقل عن القاهرة دمشق بشار الأسد السيسي علي مملوك، القاهرة؛ دمشق!",
            "القاهرة",
            "CNN و BBC 2024 😀 Zürich 42٫5 ... ؟ \u200F",
            "،",
            "بشار",
            "الأسد الأسد الأسد علي علي مملوك مملوك القاهرة القاهرة القاهرة");

    @TempDir
    static Path folder;
    private static Article longArticle;
    private static List<EntityExample> longExamples;

    @BeforeAll
    static void benchArticle() {
        try (Workspace workspace = Workspace.open(folder.resolve("long.db"))) {
            longArticle = ViewBenchmark.longArticle(workspace, 60_000, 600, "bench");
            longExamples = List.of(new EntityExample(longArticle, workspace.annotations()
                    .ofArticle(longArticle.id()).stream().filter(annotation -> annotation.label().equals(Label.ENTITY))
                    .map(annotation -> new EntityExample.Mention(annotation.span(), null)).toList()));
        }
    }

    @Test
    void findsWhatNameFinderMeFindsWithAModelOfTheSeedArticles() {
        List<EntityExample> examples = seedExamples();
        TokenNameFinderModel model = model(examples.subList(0, 4));
        List<String[]> paragraphs = new ArrayList<>();
        seedArticles().forEach(article -> paragraphs.addAll(paragraphsOf(article)));
        paragraphs.addAll(paragraphsOf(article(99, CRAFTED)));
        paragraphs.add(new String[0]);
        paragraphs.addAll(paragraphsOf(longArticle));

        List<String> found = assertSameNames(model, paragraphs);
        assertThat(found).as("names of several tokens").anyMatch(name -> name.matches("(\\d+)-(\\d+) .*")
                && tokensOf(name) > 1);
        assertThat(found.stream().map(name -> name.split(" ")[1]).distinct()).as("types")
                .contains("location", "person");
    }

    @Test
    void findsWhatNameFinderMeFindsWithAModelOfTheBenchsArticle() {
        TokenNameFinderModel model = model(longExamples);
        List<String[]> paragraphs = new ArrayList<>(paragraphsOf(longArticle));
        seedArticles().forEach(article -> paragraphs.addAll(paragraphsOf(article)));
        paragraphs.addAll(paragraphsOf(article(99, CRAFTED)));

        assertThat(assertSameNames(model, paragraphs)).hasSizeGreaterThan(100);
    }

    @Test
    void findsWhatNameFinderMeFindsWithAModelOfOneName() {
        List<EntityExample> examples = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Article article = article(i + 1, CairoArticles.TEXTS.get(i));
            examples.add(new EntityExample(article, CairoArticles.cairoIn(article.text()).stream()
                    .map(span -> new EntityExample.Mention(span, null)).toList()));
        }
        List<String[]> paragraphs = new ArrayList<>(paragraphsOf(article(98, CairoArticles.TEXTS.get(3))));
        paragraphs.addAll(paragraphsOf(article(99, CRAFTED)));
        seedArticles().forEach(article -> paragraphs.addAll(paragraphsOf(article)));

        assertThat(assertSameNames(model(examples), paragraphs)).isNotEmpty();
    }

    @Test
    void aSavedModelOfOtherFeaturesIsTrainedAgainRatherThanRead() throws IOException {
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, PerceptronTrainer.PERCEPTRON_VALUE);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
        TokenNameFinderModel foreign = NameFinderME.train("ar", null, ObjectStreamUtils.createObjectStream(
                NameSamples.of(seedExamples()).samples()), parameters, new TokenNameFinderFactory(null, Map.of(),
                new BioCodec()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        foreign.serialize(bytes);

        assertThat(EntityRecommender.read(bytes.toByteArray())).isEmpty();
        assertThat(EntityRecommender.read(EntityRecommender.train(seedExamples()).orElseThrow().bytes()))
                .isPresent();
    }

    /**
     * Both finders over the paragraphs in order, each keeping its adaptive data from one to the next as the
     * recommender does within an article; every paragraph's names compared with their probabilities' exact bits.
     */
    private static List<String> assertSameNames(TokenNameFinderModel model, List<String[]> paragraphs) {
        NameFinderME openNlp = new NameFinderME(model);
        NameDecoder decoder;
        try {
            decoder = new NameDecoder(NameWeights.of(model, EntityRecommender.descriptor()).orElseThrow());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> all = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            // A copy for each: NameFinderME's feature cache knows a paragraph by its array.
            List<String> expected = described(openNlp.find(paragraphs.get(i).clone()));
            assertThat(described(decoder.find(paragraphs.get(i).clone()))).as("paragraph %d: %s", i,
                    String.join(" ", paragraphs.get(i))).isEqualTo(expected);
            all.addAll(expected);
        }
        return all;
    }

    private static List<String> described(opennlp.tools.util.Span[] names) {
        return Arrays.stream(names).map(name -> name.getStart() + "-" + name.getEnd() + " " + name.getType() + " "
                + Double.doubleToRawLongBits(name.getProb())).toList();
    }

    private static int tokensOf(String described) {
        String[] ends = described.split(" ")[0].split("-");
        return Integer.parseInt(ends[1]) - Integer.parseInt(ends[0]);
    }

    /** The model the recommender trains on these examples, read back as a workspace keeps it. */
    private static TokenNameFinderModel model(List<EntityExample> examples) {
        try {
            return new TokenNameFinderModel(new ByteArrayInputStream(EntityRecommender.train(examples).orElseThrow()
                    .bytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String[]> paragraphsOf(Article article) {
        ArticleTokens tokens = ArticleTokens.of(article.text());
        List<String[]> paragraphs = new ArrayList<>();
        for (int i = 0; i < tokens.paragraphs().size(); i++) {
            paragraphs.add(tokens.forms(i));
        }
        return paragraphs;
    }

    private static List<Article> seedArticles() {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < SEEDS.size(); i++) {
            try {
                articles.add(article(i + 1, Files.readString(Path.of("seeds", SEEDS.get(i) + ".txt"))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return articles;
    }

    /** Every occurrence of each seed name in each seed article, with its type. */
    private static List<EntityExample> seedExamples() {
        return seedArticles().stream().map(article -> {
            List<EntityExample.Mention> mentions = new ArrayList<>();
            String text = article.text().value();
            SEED_NAMES.forEach((name, type) -> {
                for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
                    Span span = article.text().spanFromUtf16(at, at + name.length());
                    mentions.add(new EntityExample.Mention(span, type));
                }
            });
            return new EntityExample(article, mentions);
        }).toList();
    }

    private static Article article(long id, String text) {
        return new Article(id, "a" + id, "", "", ArticleText.of(text), "0", ScriptDirection.RTL, "{}", Instant.EPOCH);
    }
}

package app.hamish.service.recommender;

import app.hamish.model.Article;
import app.hamish.model.Label;
import app.hamish.model.Span;
import app.hamish.model.Suggestion;
import app.hamish.model.SuggestionSource;
import app.hamish.service.recommender.ArticleTokens.Token;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import opennlp.tools.ml.perceptron.PerceptronTrainer;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.ext.ExtensionLoader;

/**
 * A statistical name finder (Apache OpenNLP's {@link NameFinderME}) trained on the workspace's own entity
 * annotations: it proposes ENTITY, with the subtype it learned, on names it has seen and on words that stand where
 * such names stood. Nothing is downloaded; a model is trained again as the annotations change, and kept with the
 * workspace ({@link #bytes()}, {@link #read}) so that a restart need not train it again. Its names are found by
 * {@link NameDecoder}, which gives what {@link NameFinderME} gives with the model at a tenth of the cost (decision
 * 0090). Immutable: any thread may ask a trained recommender for suggestions.
 */
public final class EntityRecommender {
    /**
     * Fewer mentions than this teach a model nothing but the few strings themselves, which propagation already
     * proposes; below it there is no model and so no suggestion.
     */
    public static final int MIN_MENTIONS = 5;

    /** OpenNLP logs every training iteration at INFO; retraining as the analyst works would fill the log file. */
    private static final Logger OPENNLP_LOG = Logger.getLogger("opennlp");

    static {
        OPENNLP_LOG.setLevel(Level.WARNING);
        // OpenNLP instantiates feature generators by the class names a model names, only from packages allowed:
        // Hamish's own generator lives here, and a model from a foreign workspace can name nothing else of ours.
        ExtensionLoader.registerAllowedPackage(EntityRecommender.class.getPackageName());
    }

    /**
     * The version of what the model reads and how it is trained: part of the fingerprint, so that a model saved by
     * a Hamish with other features is trained again rather than used.
     */
    static final String FEATURES = "hamish-recommender-2";

    private final TokenNameFinderModel model;
    private final NameWeights weights;

    private EntityRecommender(TokenNameFinderModel model, NameWeights weights) {
        this.model = model;
        this.weights = weights;
    }

    /** A recommender of the model, or none when it is not of Hamish's features, perceptron and BIO outcomes. */
    private static Optional<EntityRecommender> of(TokenNameFinderModel model) throws IOException {
        return NameWeights.of(model, descriptor()).map(weights -> new EntityRecommender(model, weights));
    }

    /** A model of these examples, or none when they hold fewer than {@link #MIN_MENTIONS} usable mentions. */
    public static Optional<EntityRecommender> train(List<EntityExample> examples) {
        NameSamples samples = NameSamples.of(examples);
        if (samples.mentions() < MIN_MENTIONS) {
            return Optional.empty();
        }
        TrainingParameters parameters = TrainingParameters.defaultParams();
        // On the sample articles the default maximum-entropy trainer, at 100 or 300 iterations, let "not a name"
        // outweigh a name seen a dozen times and proposed almost nothing; the perceptron learns from so few. On the
        // news-style set (decision 0030), with the same features, maximum entropy was more precise and found less
        // (40 gold articles: overlap P 0.96, R 0.85 against 0.92, 0.87) and took 1.6 times as long to train.
        parameters.put(TrainingParameters.ALGORITHM_PARAM, PerceptronTrainer.PERCEPTRON_VALUE);
        // A workspace has dozens of mentions, not thousands: every feature seen once must count.
        parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
        // Training runs beside the workbench on a shared machine; one core is its share.
        parameters.put(TrainingParameters.THREADS_PARAM, 1);
        try {
            TokenNameFinderModel model = NameFinderME.train("ar", null,
                    ObjectStreamUtils.createObjectStream(samples.samples()), parameters,
                    new TokenNameFinderFactory(descriptor(), Map.of(), new BioCodec()));
            return Optional.of(of(model).orElseThrow(() -> new IllegalStateException(
                    "a model trained on Hamish's features is not read as one")));
        } catch (IOException e) {
            // The stream is in memory: OpenNLP declares the exception for streams read from files.
            throw new UncheckedIOException(e);
        }
    }

    /** What the model reads of each token: {@code name-features.xml}. */
    static byte[] descriptor() throws IOException {
        try (InputStream in = EntityRecommender.class.getResourceAsStream("name-features.xml")) {
            if (in == null) {
                throw new IllegalStateException("name-features.xml is missing from the build");
            }
            return in.readAllBytes();
        }
    }

    /**
     * What a model is a model of: a SHA-256 over the examples (each article's id and text, each mention's span and
     * subtype) and {@link #FEATURES}, so that a saved model is used only for the same gold and the same Hamish
     * features.
     */
    public static String fingerprint(List<EntityExample> examples) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        StringBuilder what = new StringBuilder(FEATURES).append('\n');
        for (EntityExample example : examples) {
            what.append(example.article().id()).append('\t').append(example.article().text().value().length());
            example.mentions().forEach(mention -> what.append('\t').append(mention.span().start()).append('-')
                    .append(mention.span().end()).append(':').append(mention.subtype()));
            what.append('\n');
            digest.update(what.toString().getBytes(StandardCharsets.UTF_8));
            digest.update(example.article().text().value().getBytes(StandardCharsets.UTF_8));
            what.setLength(0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The model in OpenNLP's own format, to be kept with the workspace. */
    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            model.serialize(out);
        } catch (IOException e) {
            // Written to memory: OpenNLP declares the exception for files.
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A model read back from {@link #bytes()}, or none when the bytes are not one (a file written by another
     * program, or damaged, or a name finder model of other features or another trainer): a model that cannot be read
     * is trained again, never an error.
     */
    public static Optional<EntityRecommender> read(byte[] bytes) {
        try {
            return of(new TokenNameFinderModel(new ByteArrayInputStream(bytes)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The entities the model finds in the article, in text order, each with its probability as the cue. */
    public List<Suggestion> suggest(Article article) {
        return suggest(article, ArticleTokens.of(article.text()));
    }

    /** As {@link #suggest(Article)}, reading the article's tokens kept beforehand. */
    public List<Suggestion> suggest(Article article, ArticleTokens tokens) {
        if (!tokens.areOf(article)) {
            throw new IllegalArgumentException("tokens of another text given for article " + article.id());
        }
        NameDecoder finder = new NameDecoder(weights);
        List<Suggestion> found = new ArrayList<>();
        for (int index = 0; index < tokens.paragraphs().size(); index++) {
            List<Token> paragraph = tokens.paragraphs().get(index);
            for (opennlp.tools.util.Span name : finder.find(tokens.forms(index))) {
                // Learned from a few dozen names, the model also tags the word after a context it knows, quotes and
                // commas included; a name has letters, so punctuation at its ends is dropped, and a name of none.
                int first = name.getStart();
                int last = name.getEnd() - 1;
                while (first <= last && !paragraph.get(first).isWord()) {
                    first++;
                }
                while (last >= first && !paragraph.get(last).isWord()) {
                    last--;
                }
                if (first <= last) {
                    Span span = new Span(paragraph.get(first).span().start(), paragraph.get(last).span().end());
                    found.add(new Suggestion(article.id(), span, Label.ENTITY,
                            NameSamples.GENERIC.equals(name.getType()) ? null : name.getType(),
                            SuggestionSource.RECOMMENDER, String.format(Locale.ROOT, "model %.2f", name.getProb())));
                }
            }
        }
        return found;
    }
}

package app.hamish.service.recommender;

import app.hamish.model.ArabicNormalizer;
import app.hamish.model.Article;
import app.hamish.model.ArticleText;
import app.hamish.model.Span;
import app.hamish.model.Words;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;

/**
 * An article's text as the name finder reads it: paragraphs (the text between line breaks) of tokens, each an
 * exact code-point range of the text, so that whatever the model finds maps back to a span without drift.
 *
 * <p>A token is a word as the workbench selects one ({@link Words}), or one character of punctuation (guillemets
 * and quotes around a name are good evidence of one). White space, bidi marks and other invisible characters
 * belong to no token. A conjunction or preposition written onto the definite article is split off
 * ({@code والقاهرة}: {@code و} + {@code القاهرة}), so that a name is the same token with or without it; the word
 * itself is never changed. Each token is read in its normalised form ({@link ArabicNormalizer}), so spelling
 * variants of one name are one feature.
 *
 * <p>An article's tokens can be kept while it is open ({@link #of(ArticleText)}, {@link EntityRecommender#suggest(
 * Article, ArticleTokens)}): each model trained runs over the same article, and reading a long one again allocated
 * objects for each of its characters (decision 0041). Immutable.
 */
public final class ArticleTokens {
    private static final String DEFINITE_ARTICLE = "ال";
    /** The shortest word the article and a name can make: a shorter remainder is one word, not a clitic. */
    private static final int SHORTEST_NAME = 2;

    /** One token: where it stands and what the model reads. */
    record Token(Span span, String form) {
        /** Whether it is a word rather than punctuation. */
        boolean isWord() {
            return form.codePoints().anyMatch(Character::isLetterOrDigit);
        }
    }

    private final List<List<Token>> paragraphs;
    /** Each paragraph's forms, as the name finder reads them. */
    private final List<String[]> forms;
    private final ArticleText text;

    private ArticleTokens(ArticleText text, List<List<Token>> paragraphs) {
        this.text = text;
        this.paragraphs = paragraphs;
        this.forms = paragraphs.stream().map(tokens -> tokens.stream().map(Token::form).toArray(String[]::new))
                .toList();
    }

    /** The tokens of the text, split further wherever one of {@code cuts} (code-point offsets) falls inside one. */
    static ArticleTokens of(ArticleText text, NavigableSet<Integer> cuts) {
        List<List<Token>> paragraphs = new ArrayList<>();
        List<Token> paragraph = new ArrayList<>();
        // A long article repeats its words many times; each is normalised once.
        Map<String, String> forms = new HashMap<>();
        int index = 0;
        while (index < text.codePointLength()) {
            int codePoint = text.codePointAt(index);
            Optional<Span> word = text.wordStartingAt(index);
            if (codePoint == '\n') {
                paragraphs.add(paragraph);
                paragraph = new ArrayList<>();
            } else if (word.isPresent()) {
                for (Span piece : pieces(text, word.get(), cuts)) {
                    paragraph.add(token(text, piece, forms));
                }
            } else if (!isInvisible(codePoint)) {
                paragraph.add(token(text, new Span(index, index + 1), forms));
            }
            index = word.map(Span::end).orElse(index + 1);
        }
        paragraphs.add(paragraph);
        return new ArticleTokens(text, paragraphs.stream().filter(tokens -> !tokens.isEmpty()).toList());
    }

    public static ArticleTokens of(ArticleText text) {
        return of(text, new TreeSet<>());
    }

    /** Whether these are the tokens of this text. */
    public boolean areOf(Article article) {
        return text.equals(article.text());
    }

    List<List<Token>> paragraphs() {
        return paragraphs;
    }

    /** The forms of the paragraph at {@code index} of {@link #paragraphs()}; not to be changed. */
    String[] forms(int index) {
        return forms.get(index);
    }

    /** A word, split after its clitics and at every cut inside it. */
    private static List<Span> pieces(ArticleText text, Span word, NavigableSet<Integer> cuts) {
        NavigableSet<Integer> inside = cuts.subSet(word.start(), false, word.end(), false);
        int clitics = cliticLength(text, word);
        if (inside.isEmpty() && clitics == 0) {
            return List.of(word);
        }
        NavigableSet<Integer> at = new TreeSet<>(inside);
        if (clitics > 0) {
            at.add(word.start() + clitics);
        }
        List<Span> pieces = new ArrayList<>();
        int start = word.start();
        for (int cut : at) {
            pieces.add(new Span(start, cut));
            start = cut;
        }
        pieces.add(new Span(start, word.end()));
        return pieces;
    }

    /** How many code points of proclitics stand before a definite article that starts a name, or 0. */
    private static int cliticLength(ArticleText text, Span word) {
        int clitics = 0;
        while (clitics < Words.MAX_PROCLITICS && clitics < word.length()
                && Words.PROCLITICS.indexOf(text.codePointAt(word.start() + clitics)) >= 0) {
            clitics++;
        }
        // Only before "ال": elsewhere a leading و or ب is as often the word's own first letter (وزير, بشار).
        int article = word.start() + clitics;
        boolean beforeArticle = clitics > 0
                && word.end() - article - DEFINITE_ARTICLE.length() >= SHORTEST_NAME
                && text.slice(new Span(article, article + DEFINITE_ARTICLE.length())).equals(DEFINITE_ARTICLE);
        return beforeArticle ? clitics : 0;
    }

    private static Token token(ArticleText text, Span span, Map<String, String> forms) {
        return new Token(span, forms.computeIfAbsent(text.slice(span), slice -> {
            String form = ArabicNormalizer.key(slice);
            return form.isEmpty() ? slice : form;
        }));
    }

    private static boolean isInvisible(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || type == Character.FORMAT
                || type == Character.CONTROL;
    }
}

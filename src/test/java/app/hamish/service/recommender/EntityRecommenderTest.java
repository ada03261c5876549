package app.hamish.service.recommender;

import static app.hamish.service.recommender.CairoArticles.CAIRO;
import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.model.Article;
import app.hamish.model.ArticleText;
import app.hamish.model.Label;
import app.hamish.model.ScriptDirection;
import app.hamish.model.Span;
import app.hamish.model.Suggestion;
import app.hamish.model.SuggestionSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The name finder learns names from a few annotated articles and finds them, at exact spans, in a new one. */
class EntityRecommenderTest {
    @Test
    void learnsARepeatedEntityAndProposesItAtTheExactCodePointSpan() {
        List<EntityExample> examples = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            examples.add(cairoIn(article(i + 1, CairoArticles.TEXTS.get(i)), "location"));
        }
        EntityRecommender recommender = EntityRecommender.train(examples).orElseThrow();

        // The emoji before the name is two UTF-16 units and one code point: an offset counted in the wrong unit
        // would land one character late.
        String text = "😀 أعلنت القاهرة اليوم أن الوفد وصل إلى دمشق والقاهرة معًا.";
        Article unseen = article(9, text);
        List<Suggestion> found = recommender.suggest(unseen);

        int first = text.codePointCount(0, text.indexOf(CAIRO));
        int clitic = text.codePointCount(0, text.indexOf("و" + CAIRO) + 1);
        assertThat(found).extracting(Suggestion::span)
                .contains(new Span(first, first + CAIRO.length()), new Span(clitic, clitic + CAIRO.length()));
        assertThat(found).allSatisfy(suggestion -> {
            assertThat(unseen.text().slice(suggestion.span())).isEqualTo(CAIRO);
            assertThat(suggestion.articleId()).isEqualTo(9);
            assertThat(suggestion.label()).isEqualTo(Label.ENTITY);
            assertThat(suggestion.subtype()).isEqualTo("location");
            assertThat(suggestion.source()).isEqualTo(SuggestionSource.RECOMMENDER);
            assertThat(suggestion.cue()).matches("model [01]\\.\\d\\d");
        });
    }

    @Test
    void tooFewMentionsMakeNoModel() {
        List<EntityExample> examples = new ArrayList<>();
        examples.add(cairoIn(article(1, CairoArticles.TEXTS.get(0)), null));
        examples.add(cairoIn(article(2, CairoArticles.TEXTS.get(1)), null));
        assertThat(examples.stream().mapToInt(example -> example.mentions().size()).sum())
                .isLessThan(EntityRecommender.MIN_MENTIONS);
        assertThat(EntityRecommender.train(examples)).isEmpty();
        assertThat(EntityRecommender.train(List.of())).isEmpty();
    }

    @Test
    void tokensAreExactRangesOfTheTextWithCliticsSplitOffTheArticle() {
        ArticleText text = ArticleText.of("وصل 😀 «علي\u200Fمملوك» بالقاهرة،\nووزير");
        List<String> tokens = ArticleTokens.of(text).paragraphs().stream()
                .map(paragraph -> paragraph.stream().map(token -> text.slice(token.span())).toList()).flatMap(
                        List::stream).toList();
        assertThat(tokens).containsExactly("وصل", "😀", "«", "علي", "مملوك", "»", "ب", "القاهرة", "،", "ووزير");
        assertThat(ArticleTokens.of(text).paragraphs()).hasSize(2);
        assertThat(ArticleTokens.of(text).paragraphs().getFirst()).extracting(ArticleTokens.Token::form)
                .contains("القاهره");
    }

    private static EntityExample cairoIn(Article article, String subtype) {
        return new EntityExample(article, CairoArticles.cairoIn(article.text()).stream()
                .map(span -> new EntityExample.Mention(span, subtype)).toList());
    }

    private static Article article(long id, String text) {
        return new Article(id, "a" + id, "", "", ArticleText.of(text), "0", ScriptDirection.RTL, "{}", Instant.EPOCH);
    }
}

package app.hamish.service.recommender;

import app.hamish.model.Label;
import app.hamish.model.Span;
import app.hamish.service.recommender.ArticleTokens.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;
import opennlp.tools.namefind.NameSample;

/**
 * Entity examples as OpenNLP training samples: one sample per paragraph, names as token ranges. Tokens are cut at
 * every mention's ends, so a mention inside a word (a name with a suffix attached) is still learned exactly. A
 * mention that overlaps an earlier one, or runs over a line break, cannot be a name in a sample and is left out.
 */
record NameSamples(List<NameSample> samples, int mentions) {
    /** The name type of a mention without a subtype. */
    static final String GENERIC = Label.ENTITY;

    static NameSamples of(List<EntityExample> examples) {
        List<NameSample> samples = new ArrayList<>();
        int mentions = 0;
        for (EntityExample example : examples) {
            List<EntityExample.Mention> names = withoutOverlaps(example.mentions());
            NavigableSet<Integer> cuts = new TreeSet<>();
            names.forEach(name -> {
                cuts.add(name.span().start());
                cuts.add(name.span().end());
            });
            boolean first = true;
            for (List<Token> paragraph : ArticleTokens.of(example.article().text(), cuts).paragraphs()) {
                List<opennlp.tools.util.Span> found = namesIn(paragraph, names);
                mentions += found.size();
                // Adaptive features (how a word was tagged earlier) belong to one article.
                samples.add(new NameSample(paragraph.stream().map(Token::form).toArray(String[]::new),
                        found.toArray(opennlp.tools.util.Span[]::new), first));
                first = false;
            }
        }
        return new NameSamples(samples, mentions);
    }

    private static List<EntityExample.Mention> withoutOverlaps(List<EntityExample.Mention> sorted) {
        List<EntityExample.Mention> kept = new ArrayList<>();
        for (EntityExample.Mention mention : sorted) {
            if (kept.isEmpty() || !kept.getLast().span().overlaps(mention.span())) {
                kept.add(mention);
            }
        }
        return kept;
    }

    /** The mentions lying wholly in this paragraph, as ranges of its tokens; {@code names} in text order. */
    private static List<opennlp.tools.util.Span> namesIn(List<Token> paragraph, List<EntityExample.Mention> names) {
        Span extent = new Span(paragraph.getFirst().span().start(), paragraph.getLast().span().end());
        List<opennlp.tools.util.Span> found = new ArrayList<>();
        int first = 0;
        for (EntityExample.Mention name : names) {
            if (name.span().start() < extent.start() || name.span().end() > extent.end()) {
                continue;
            }
            while (first < paragraph.size() && paragraph.get(first).span().start() < name.span().start()) {
                first++;
            }
            int end = first;
            while (end < paragraph.size() && paragraph.get(end).span().end() <= name.span().end()) {
                end++;
            }
            if (end > first) {
                found.add(new opennlp.tools.util.Span(first, end, name.subtype() == null ? GENERIC : name.subtype()));
            }
        }
        return found;
    }
}

package app.hamish.service.agreement;

import app.hamish.model.Annotation;
import app.hamish.model.ArticleText;
import app.hamish.model.Provenance;
import app.hamish.model.Span;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Hand-built annotations on one article, placed by the words they cover so that the tests read as text. */
final class Annotating {
    // Ids out of name order, to show that pairs are ordered by name.
    static final long SAMIR = 1;
    static final long MONA = 2;
    static final long ADEL = 3;
    static final Map<Long, String> NAMES = Map.of(SAMIR, "samir", MONA, "mona", ADEL, "adel");

    private final long articleId;
    private final ArticleText text;
    private final List<Annotation> made = new ArrayList<>();
    private long nextId;

    Annotating(long articleId, String text) {
        this.articleId = articleId;
        this.text = ArticleText.of(text);
        this.nextId = articleId * 1000;
    }

    ArticleText text() {
        return text;
    }

    /** The code-point span of the first occurrence of {@code words}. */
    Span span(String words) {
        int utf16 = text.value().indexOf(words);
        if (utf16 < 0) {
            throw new IllegalArgumentException("no '" + words + "' in the text");
        }
        return text.spanFromUtf16(utf16, utf16 + words.length());
    }

    Annotation add(long annotator, String label, String words) {
        return add(annotator, label, span(words), null);
    }

    Annotation add(long annotator, String label, Span span, String subtype) {
        Annotation annotation = new Annotation(nextId++, articleId, annotator, span, label, subtype, "",
                Provenance.MANUAL, Instant.EPOCH, Instant.EPOCH);
        made.add(annotation);
        return annotation;
    }

    List<Annotation> of(long annotator) {
        return made.stream().filter(annotation -> annotation.annotatorId() == annotator).toList();
    }

    ArticleAnnotations article() {
        return new ArticleAnnotations(articleId, "article-" + articleId, text, made, NAMES);
    }
}

package app.hamish.service.recommender;

import app.hamish.io.ArticleFiles;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.ArticleText;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.NewArticle;
import app.hamish.model.Provenance;
import app.hamish.model.Span;
import app.hamish.service.Workspace;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Short news texts in which Cairo is named again and again, for teaching the recommender one entity: the first
 * three to learn from, the last one new.
 */
public final class CairoArticles {
    public static final String CAIRO = "القاهرة";
    public static final List<String> TEXTS = List.of(
            "قال مصدر في القاهرة إن الوفد وصل.\nوأكدت القاهرة أن الاجتماع انتهى دون اتفاق.",
            "زار الوزير القاهرة أمس والتقى نظيره.\nوقالت القاهرة إنها ترحب بالزيارة.",
            "نقلت الوكالة عن القاهرة قولها إن المحادثات بين واشنطن والقاهرة مستمرة.",
            "أعلنت القاهرة اليوم، بحسب مصادر مطلعة، أن الوفد وصل.");
    /** Where Cairo stands in the last text, in code points. */
    public static final Span CAIRO_IN_NEW = new Span(6, 6 + CAIRO.length());

    private CairoArticles() {
    }

    /** The texts imported into {@code workspace} in order, as the articles "0" to "3". */
    public static List<Article> importInto(Workspace workspace) {
        List<NewArticle> texts = new ArrayList<>();
        for (int i = 0; i < TEXTS.size(); i++) {
            texts.add(ArticleFiles.fromText(TEXTS.get(i).getBytes(StandardCharsets.UTF_8), i + ".txt", i + ".txt"));
        }
        return workspace.corpus().importArticles(texts).imported();
    }

    /** Every occurrence of Cairo in {@code article} annotated by {@code analyst} as an entity, a location. */
    public static void annotateEvery(Workspace workspace, Annotator analyst, Article article) {
        for (Span span : cairoIn(article.text())) {
            workspace.annotations().create(new NewAnnotation(article.id(), analyst.id(), span, Label.ENTITY,
                    "location", "", Provenance.MANUAL));
        }
    }

    /** Every occurrence of Cairo, inside longer words too, as code-point spans. */
    public static List<Span> cairoIn(ArticleText text) {
        String value = text.value();
        List<Span> spans = new ArrayList<>();
        for (int at = value.indexOf(CAIRO); at >= 0; at = value.indexOf(CAIRO, at + CAIRO.length())) {
            spans.add(text.spanFromUtf16(at, at + CAIRO.length()));
        }
        return spans;
    }
}

package app.hamish.io.formats;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.StoreBackend;
import app.hamish.io.Progress;
import app.hamish.model.ArticleText;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.ExportFilter;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.Provenance;
import app.hamish.model.Span;
import app.hamish.service.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(StoreBackend.class)
class ConllTest {
    @Parameter
    StoreBackend backend;
    @TempDir
    Path folder;

    @Test
    void tokensKeepCliticsAndNumbersWholeAndSplitPunctuationEmojiAndBidiControls() {
        String text = "قال «والقاهرة»، بـ59 صاروخ (Tomahawk) و3.5 و١٬٢٠٠؟ 👩‍💻👍🏽\u200Fمُحَمَّد مواجـ.ـهة don't";
        assertThat(tokens(text)).containsExactly("قال", "«", "والقاهرة", "»", "،", "بـ59", "صاروخ", "(", "Tomahawk",
                ")", "و3.5", "و١٬٢٠٠", "؟", "👩‍💻", "👍🏽", "\u200F", "مُحَمَّد", "مواجـ.ـهة", "don't");
    }

    @Test
    void aTokenSplitByAnAnnotationAndTrimmedWhiteSpaceAreSaidInComments() throws Exception {
        Path out = folder.resolve("out.conll");
        try (Workspace workspace = backend.newPlace(folder, "w").workspace()) {
            Article article = Fixtures.importText(workspace, "a", "زار والقاهرة أمس");
            Annotator mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
            workspace.annotations().create(new NewAnnotation(article.id(), mona.id(), Fixtures.span(article,
                    "القاهرة"), Label.ENTITY, "location", "", Provenance.MANUAL));
            workspace.annotations().create(new NewAnnotation(article.id(), mona.id(), Fixtures.span(article,
                    "زار "), Label.CLAIM, null, "", Provenance.MANUAL));
            new ConllExporter().export(workspace, ExportFilter.ALL, out, Progress.NONE);
        }
        assertThat(Files.readString(out)).contains("""
                # trimmed CLAIM [0,4) to [0,3): white space at its edges has no token
                # columns = TOKEN START END TAG
                زار\t0\t3\tB-CLAIM
                # split “والقاهرة” at 1: an annotation boundary falls inside the token
                و\t4\t5\tO
                القاهرة\t5\t12\tB-ENTITY:location
                أمس\t13\t16\tO
                """);
    }

    private static java.util.List<String> tokens(String text) {
        ArticleText article = ArticleText.of(text);
        return ConllTokens.of(article).stream().map((Span span) -> article.slice(span)).toList();
    }
}

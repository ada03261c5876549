package app.hamish.io.formats;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.io.LabelMapping;
import app.hamish.io.Progress;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.ExportFilter;
import app.hamish.model.NewAnnotation;
import app.hamish.model.Provenance;
import app.hamish.model.Span;
import app.hamish.model.WhiteSpace;
import app.hamish.service.RefusedException;
import app.hamish.service.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random text from the pieces that break offsets (emoji, ZWJ sequences, flags, harakat, tatweel, bidi controls,
 * repeated and odd spaces, CRLF) with random spans, ten workspaces per format: every span comes back exactly.
 * Spans start and end on a non-space character, as a BIO tag can only mark tokens.
 */
class RandomRoundTripTest {
    private static final String[] PIECES = {"القاهرة", "مُحَمَّد", "مواجـ.ـهة", "ـــ", "\u200F", "\u200E", "\u061C",
            "\u202B", "\u202C", "\u2067", "\u2069", "\u200D", "\u200C", "👩‍💻", "😀", "🇪🇬", "👍🏽", "\r\n", "\n",
            " ", "  ", "\u00A0", "بـ59", "(Tomahawk)", "ﻻ", "e\u0301", "٣٤٥", "3.5", "𝔸", "\t", "«", "»", "،", "؟",
            "والقاهرة", "#مصر"};
    private static final String[] LABELS = {"ENTITY:person", "ENTITY:location", "CLAIM", "UNVERIFIED_SOURCE"};

    @TempDir
    Path folder;

    @ParameterizedTest
    @MethodSource("app.hamish.io.formats.Fixtures#importable")
    void randomSpansComeBackExactly(String name) throws Exception {
        Formats.Format format = Formats.named(name).orElseThrow();
        for (int round = 0; round < 10; round++) {
            Random random = new Random(31L * round + name.hashCode());
            Path exported = folder.resolve(Fixtures.fileName(name + round, format));
            var expected = fill(folder.resolve("source" + round + ".db"), random, format, exported);
            try (Workspace target = Workspace.open(folder.resolve("target-" + name + round + ".db"))) {
                Fixtures.importFiles(target, format, List.of(exported), LabelMapping.parse(List.of()));
                assertThat(Fixtures.spansByText(target, format.annotator())).as("round %d", round)
                        .isEqualTo(expected);
            }
        }
    }

    private static java.util.Map<String, java.util.Set<Fixtures.Key>> fill(Path file, Random random,
                                                                           Formats.Format format, Path exported)
            throws Exception {
        try (Workspace workspace = Workspace.open(file)) {
            Annotator annotator = workspace.annotations().annotator("prop", Annotator.Role.ANNOTATOR);
            for (int i = 0; i < 3; i++) {
                Article article = Fixtures.importText(workspace, "r" + i, randomText(random));
                for (int n = 0; n < 12; n++) {
                    Span span = randomSpan(random, article);
                    if (span == null) {
                        continue;
                    }
                    String[] label = LABELS[random.nextInt(LABELS.length)].split(":");
                    try {
                        workspace.annotations().create(new NewAnnotation(article.id(), annotator.id(), span,
                                label[0], label.length > 1 ? label[1] : null, "", Provenance.MANUAL));
                    } catch (RefusedException blankOrDuplicate) {
                        // Random spans may be blank or repeat; the rules refuse those and that is fine here.
                    }
                }
            }
            format.exporter(new Formats.ExportOptions(true)).export(workspace, ExportFilter.ALL, exported,
                    Progress.NONE);
            return Fixtures.spansByText(workspace, null);
        }
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder("خبر ");
        for (int i = 20 + random.nextInt(60); i > 0; i--) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.append(" نهاية").toString();
    }

    /** A random span moved in to start and end on a character that is not white space; null if none is left. */
    private static Span randomSpan(Random random, Article article) {
        int[] codePoints = article.text().value().codePoints().toArray();
        int start = random.nextInt(codePoints.length);
        int end = Math.min(codePoints.length, start + 1 + random.nextInt(30));
        while (start < end && WhiteSpace.is(codePoints[start])) {
            start++;
        }
        while (end > start && WhiteSpace.is(codePoints[end - 1])) {
            end--;
        }
        return start < end ? new Span(start, end) : null;
    }
}

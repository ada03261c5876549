package app.hamish.io.formats;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.StoreBackend;
import app.hamish.io.Progress;
import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.ExportFilter;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.Provenance;
import app.hamish.model.Relation;
import app.hamish.service.Workspace;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The examples in docs/formats.md are what the exporters write for one tiny article, so the documentation cannot
 * drift from the code. On a failure, the actual output is in target/format-examples/.
 */
@ParameterizedClass
@EnumSource(StoreBackend.class)
class FormatExamplesTest {
    private static final Path DOC = Path.of("docs", "formats.md");
    private static final Pattern EXAMPLE = Pattern.compile("<!-- example: ([a-z-]+) -->\\n```[a-z]*\\n(.*?)```",
            Pattern.DOTALL);

    @Parameter
    StoreBackend backend;
    @TempDir
    Path folder;

    @Test
    void theDocumentedExamplesAreTheExportersOutput() throws Exception {
        Path actualFolder = Files.createDirectories(Path.of("target", "format-examples"));
        List<String> checked = new ArrayList<>();
        SoftAssertions softly = new SoftAssertions();
        Clock clock = Clock.fixed(Instant.parse("2026-01-15T09:30:00Z"), ZoneOffset.UTC);
        try (Workspace workspace = backend.newPlace(folder, "w").workspace(clock)) {
            example(workspace);
            Matcher examples = EXAMPLE.matcher(Files.readString(DOC));
            while (examples.find()) {
                String name = examples.group(1);
                Path out = folder.resolve(name + ".out");
                Formats.named(name).orElseThrow().exporter(new Formats.ExportOptions(false))
                        .export(workspace, ExportFilter.ALL, out, Progress.NONE);
                // The CSV's records end in CRLF; the document shows them with plain line breaks.
                String actual = name.equals("brat") ? unzipped(out) : Files.readString(out).replace("\r\n", "\n");
                Files.writeString(actualFolder.resolve(name + ".txt"), actual);
                softly.assertThat(actual).as(name).isEqualTo(examples.group(2));
                checked.add(name);
            }
        }
        softly.assertAll();
        assertThat(checked).containsExactlyInAnyOrderElementsOf(Formats.names());
    }

    /** "Sources said 🙂 Sisi visited Cairo" with an entity inside a clitic-prefixed word, a claim and a link. */
    static void example(Workspace workspace) {
        Article article = Fixtures.importText(workspace, "a1", "قالت مصادر 🙂 إن السيسي زار والقاهرة.");
        Annotator mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
        Annotation source = create(workspace, article, mona, "مصادر", Label.UNVERIFIED_SOURCE, null, "");
        create(workspace, article, mona, "السيسي", Label.ENTITY, "person", "");
        create(workspace, article, mona, "القاهرة", Label.ENTITY, "location", "");
        Annotation claim = create(workspace, article, mona, "السيسي زار والقاهرة", Label.CLAIM, null,
                "unconfirmed");
        workspace.annotations().link(claim.id(), source.id(), Relation.ATTRIBUTED_TO, mona);
    }

    private static Annotation create(Workspace workspace, Article article, Annotator by, String piece, String label,
                                     String subtype, String note) {
        return workspace.annotations().create(new NewAnnotation(article.id(), by.id(),
                Fixtures.span(article, piece), label, subtype, note, Provenance.MANUAL));
    }

    /** The zip's entries as the text of each, headed by its name. */
    private static String unzipped(Path zip) throws Exception {
        StringBuilder text = new StringBuilder();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                in.transferTo(content);
                String file = content.toString(StandardCharsets.UTF_8);
                text.append("==> ").append(entry.getName()).append(" <==\n").append(file)
                        .append(file.endsWith("\n") ? "" : "\n(no line break at the end)\n");
            }
        }
        return text.toString();
    }
}

package app.hamish.io;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.StoreBackend;
import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.ExportFilter;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.NewArticle;
import app.hamish.model.Provenance;
import app.hamish.model.Span;
import app.hamish.service.Workspace;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Random text mixing Arabic, harakat, tatweel, bidi controls, ZWJ sequences, emoji and CRLF, random spans:
 * store, export JSONL, and slice the exported text by code points: each slice is its span's text.
 */
@ParameterizedClass
@EnumSource(StoreBackend.class)
class TrainingExportPropertyTest {
    @Parameter
    StoreBackend backend;
    /** The workspaces of one test, by name: a file each, or a database each on the server. */
    private final Map<String, StoreBackend.Place> places = new HashMap<>();
    private static final String[] PIECES = {"القاهرة", "مُحَمَّد", "مواجـ.ـهة", "ـــ", "\u200F", "\u200E", "\u061C",
            "\u202B", "\u202C", "\u2067", "\u2069", "\u200D", "\u200C", "👩‍💻", "😀", "🇪🇬", "\r\n", "\r", "\n", " ",
            "  ", "\u00A0", "بـ59", "(Tomahawk)", "ﻻ", "e\u0301", "٣٤٥", "𝔸", "\t"};

    @TempDir
    Path folder;

    @RepeatedTest(25)
    void exportedSpansSliceBackToTheirText(RepetitionInfo repetition) throws Exception {
        Random random = new Random(7919L * repetition.getCurrentRepetition());
        Map<Long, String> expected = new HashMap<>();
        try (Workspace workspace = place("w").workspace()) {
            Annotator annotator = workspace.annotations().annotator("prop", Annotator.Role.ANNOTATOR);
            List<NewArticle> articles = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                byte[] bytes = randomText(random).getBytes(StandardCharsets.UTF_8);
                articles.add(ArticleFiles.fromText(bytes, "r" + i + ".txt", "r" + i + ".txt"));
            }
            for (Article article : workspace.corpus().importArticles(articles).imported()) {
                for (NewAnnotation candidate : randomSpans(random, article, annotator)) {
                    try {
                        Annotation created = workspace.annotations().create(candidate);
                        expected.put(created.id(), article.text().slice(created.span()));
                    } catch (app.hamish.service.RefusedException blankOrDuplicate) {
                        // Random spans may be blank or repeat; the rules refuse those and that is fine here.
                    }
                }
            }
            new TrainingJsonlExporter().export(workspace, ExportFilter.ALL, folder.resolve("out.jsonl"),
                    Progress.NONE);
        }
        byte[] exported = Files.readAllBytes(folder.resolve("out.jsonl"));
        assertThat(exported[0]).as("no byte-order mark").isEqualTo((byte) '{');
        int checked = 0;
        for (String line : new String(exported, StandardCharsets.UTF_8).split("\n")) {
            checked += checkLine(line, expected);
        }
        assertThat(checked).isEqualTo(expected.size()).isPositive();
    }

    @Test
    void emojiBeforeASpanDoesNotShiftItsOffsets() throws Exception {
        try (Workspace workspace = place("w").workspace()) {
            Article article = workspace.corpus().importArticles(List.of(ArticleFiles.fromText(
                    "😀👩‍💻 زار مملوك القاهرة".getBytes(StandardCharsets.UTF_8), "e.txt", "e.txt")))
                    .imported().getFirst();
            Annotator annotator = workspace.annotations().annotator("a", Annotator.Role.ANNOTATOR);
            workspace.annotations().create(new NewAnnotation(article.id(), annotator.id(), new Span(15, 22),
                    Label.ENTITY, "location", "", Provenance.MANUAL));
            new TrainingJsonlExporter().export(workspace, ExportFilter.ALL, folder.resolve("e.jsonl"), Progress.NONE);
        }
        String line = Files.readString(folder.resolve("e.jsonl"));
        assertThat(line).contains("\"offset_unit\":\"codepoint\"")
                .contains("\"start\":15,\"end\":22,\"label\":\"ENTITY\",\"subtype\":\"location\",\"text\":\"القاهرة\"");
    }

    private static int checkLine(String line, Map<Long, String> expected) throws Exception {
        String text = null;
        int checked = 0;
        try (JsonParser parser = Json.parser(line)) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (field.equals("text")) {
                    text = parser.getText();
                } else if (field.equals("offset_unit")) {
                    assertThat(parser.getText()).isEqualTo("codepoint");
                } else if (field.equals("spans")) {
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        Map<String, String> span = new HashMap<>();
                        while (parser.nextToken() == JsonToken.FIELD_NAME) {
                            String key = parser.currentName();
                            parser.nextToken();
                            span.put(key, parser.getText());
                        }
                        int[] codePoints = text.codePoints().toArray();
                        String slice = new String(codePoints, Integer.parseInt(span.get("start")),
                                Integer.parseInt(span.get("end")) - Integer.parseInt(span.get("start")));
                        assertThat(slice).isEqualTo(span.get("text"))
                                .isEqualTo(expected.get(Long.parseLong(span.get("id"))));
                        checked++;
                    }
                } else {
                    parser.skipChildren();
                }
            }
        }
        return checked;
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder("خبر");
        int pieces = 20 + random.nextInt(80);
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    private static List<NewAnnotation> randomSpans(Random random, Article article, Annotator annotator) {
        List<NewAnnotation> spans = new ArrayList<>();
        int length = article.text().codePointLength();
        String[] labels = {Label.ENTITY, Label.CLAIM, Label.UNVERIFIED_SOURCE};
        for (int i = 0; i < 15; i++) {
            int start = random.nextInt(length);
            int end = start + 1 + random.nextInt(Math.min(25, length - start));
            spans.add(new NewAnnotation(article.id(), annotator.id(), new Span(start, end),
                    labels[random.nextInt(labels.length)], null, "", Provenance.MANUAL));
        }
        return spans;
    }

    private StoreBackend.Place place(String name) {
        return places.computeIfAbsent(name, key -> backend.newPlace(folder, key));
    }
}

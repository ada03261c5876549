package app.hamish.io;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.TwoLayerArticleTest;
import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.ExportFilter;
import app.hamish.model.Label;
import app.hamish.model.ReviewStatus;
import app.hamish.model.Span;
import app.hamish.model.WorkflowTransition;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Gold exported after adjudicating two annotators' overlapping work: the gold layer, each span once with who had it
 * and who adjudicated; the review CSV tells gold from not by layer state, original span and gold span.
 */
class GoldExportTest extends TwoLayerArticleTest {
    private Annotation monaClaim;

    @BeforeEach
    void adjudicateTwoLayers() {
        Annotation monaEntity = annotate(mona, "علي مملوك", Label.ENTITY, "person");
        Annotation aliEntity = annotate(ali, "علي مملوك", Label.ENTITY, "person");
        monaClaim = annotate(mona, "علي مملوك زار القاهرة", Label.CLAIM, null);
        Annotation aliClaim = annotate(ali, "علي مملوك زار القاهرة سرا", Label.CLAIM, null);
        Annotation aliPlace = annotate(ali, "القاهرة", Label.ENTITY, "location");
        toReview(mona);
        toReview(ali);
        for (Annotation accepted : List.of(monaEntity, aliEntity, monaClaim, aliPlace)) {
            workspace.review().decide(accepted.id(), samir, ReviewStatus.ACCEPTED, "", null);
        }
        workspace.review().decide(aliClaim.id(), samir, ReviewStatus.REJECTED, "the claim ends before سرا", null);
        Annotation copy = workspace.annotations().ofArticle(article.id()).stream()
                .filter(span -> span.annotatorId() == Annotator.GOLD_ID && span.label().equals(Label.CLAIM))
                .findFirst().orElseThrow();
        workspace.annotations().update(new Annotation(copy.id(), copy.articleId(), copy.annotatorId(),
                new Span(copy.span().start() + 4, copy.span().end()), copy.label(), copy.subtype(), copy.note(),
                copy.provenance(), copy.created(), copy.updated()), samir);
        workspace.review().transition(article.id(), mona.id(), WorkflowTransition.SIGN_OFF, samir, "", null);
    }

    @Test
    void goldJsonlHoldsEachAdjudicatedSpanOnceWithItsAnnotatorsAndAdjudicator() throws Exception {
        Path out = folder.resolve("gold.jsonl");
        new TrainingJsonlExporter().export(workspace, ExportFilter.GOLD, out, Progress.NONE);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(1);
        List<Map<String, Object>> spans = spans(lines.getFirst());
        Set<List<Object>> distinct = new HashSet<>();
        for (Map<String, Object> span : spans) {
            int start = (Integer) span.get("start");
            int end = (Integer) span.get("end");
            assertThat(distinct.add(List.of(start, end, span.get("label"), String.valueOf(span.get("subtype")))))
                    .as("no duplicate").isTrue();
            assertThat(span.get("text")).isEqualTo(new String(TEXT.codePoints().toArray(), start, end - start));
            assertThat(span.get("adjudicator")).isEqualTo("samir");
            assertThat(span).as("gold is nobody's layer").doesNotContainKey("annotator");
        }
        assertThat(spans).extracting(span -> span.get("text") + " " + span.get("annotators"))
                .containsExactlyInAnyOrder("علي مملوك [ali, mona]", "مملوك زار القاهرة [mona]", "القاهرة [ali]");
    }

    /** The spans of one exported line: fields by name, an array of strings as a list. */
    private static List<Map<String, Object>> spans(String line) throws Exception {
        List<Map<String, Object>> spans = new ArrayList<>();
        try (JsonParser parser = Json.parser(line)) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (!field.equals("spans")) {
                    parser.skipChildren();
                    continue;
                }
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    Map<String, Object> span = new LinkedHashMap<>();
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String key = parser.currentName();
                        JsonToken value = parser.nextToken();
                        if (value == JsonToken.START_ARRAY) {
                            List<String> items = new ArrayList<>();
                            while (parser.nextToken() != JsonToken.END_ARRAY) {
                                items.add(parser.getText());
                            }
                            span.put(key, items);
                        } else if (value == JsonToken.VALUE_NUMBER_INT) {
                            span.put(key, parser.getIntValue());
                        } else {
                            span.put(key, value == JsonToken.VALUE_NULL ? null : parser.getText());
                        }
                    }
                    spans.add(span);
                }
            }
        }
        return spans;
    }

    @Test
    void theReviewCsvGivesEachAnnotationsLayerStateOriginalSpanAndGoldSpan() throws Exception {
        List<CSVRecord> rows = csv(ExportFilter.ALL);
        assertThat(rows).extracting(row -> row.get("annotator")).doesNotContain(Annotator.GOLD_NAME);
        CSVRecord claim = rows.stream().filter(row -> row.get("annotation_id").equals(Long.toString(monaClaim.id())))
                .findFirst().orElseThrow();
        assertThat(claim.get("layer_state")).isEqualTo("signed_off");
        assertThat(claim.get("original_text")).isEqualTo("علي مملوك زار القاهرة");
        assertThat(claim.get("gold_text")).isEqualTo("مملوك زار القاهرة");
        assertThat(Integer.parseInt(claim.get("gold_start_codepoint")))
                .isEqualTo(Integer.parseInt(claim.get("original_start_codepoint")) + 4);
        CSVRecord rejected = rows.stream().filter(row -> row.get("status").equals("rejected")).findFirst()
                .orElseThrow();
        assertThat(rejected.get("layer_state")).isEqualTo("in_review");
        assertThat(rejected.get("gold_text")).isEmpty();

        List<CSVRecord> gold = csv(ExportFilter.GOLD);
        assertThat(gold).hasSize(3).allSatisfy(row -> assertThat(row.get("layer_state")).isEqualTo("gold"));
        assertThat(gold).extracting(row -> row.get("original_text") + "|" + row.get("gold_text")).contains(
                "علي مملوك زار القاهرة|مملوك زار القاهرة");
    }

    private List<CSVRecord> csv(ExportFilter filter) throws Exception {
        Path out = folder.resolve("review.csv");
        new ReviewCsvExporter(false, true).export(workspace, filter, out, Progress.NONE);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(Files.readString(out, StandardCharsets.UTF_8))).getRecords();
    }
}

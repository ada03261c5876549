package app.hamish.io;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.service.agreement.AgreementReport;
import app.hamish.service.agreement.SpanAgreement;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgreementCsvTest {
    @TempDir
    Path folder;

    @Test
    void writesArticleThenCorpusRowsThatACsvParserReadsBack() throws Exception {
        // An annotator named like a formula, a comma in an article id, a negative kappa and a NaN score.
        AgreementReport.Row crossed = new AgreementReport.Row("=mona", "سمير", "ENTITY",
                new SpanAgreement(1, 1, 0, 0, 0, 0), -1.0);
        AgreementReport.Row nothing = new AgreementReport.Row("=mona", "سمير", "CLAIM", SpanAgreement.NONE, 1.0);
        AgreementReport.Row partial = new AgreementReport.Row("=mona", "سمير", "*",
                new SpanAgreement(3, 2, 1, 1, 2, 1), 2.0 / 3);
        AgreementReport report = new AgreementReport(
                List.of(new AgreementReport.ArticleRow(7, "نبأ,1", crossed),
                        new AgreementReport.ArticleRow(7, "نبأ,1", nothing)),
                List.of(partial));
        Path out = folder.resolve("out/agreement.csv");
        AgreementCsv.write(report, out);

        String content = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(content).startsWith("\uFEFFscope,annotator_a,annotator_b,label,a_spans,b_spans,exact_matches,"
                + "exact_f1,overlap_f1,kappa,tolerant_matches,tolerant_f1\r\n");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(content.substring(1))).getRecords();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).toList()).containsExactly("نبأ,1", "'=mona", "سمير", "ENTITY", "1", "1", "0",
                "0.0000", "0.0000", "-1.0000", "0", "0.0000");
        assertThat(rows.get(1).toList()).containsExactly("نبأ,1", "'=mona", "سمير", "CLAIM", "0", "0", "0", "", "",
                "1.0000", "0", "");
        // exact 2·1/5 = 0.4; overlap R = 2/3, P = 1/2, F1 = 2·(1/3)/(7/6) = 4/7
        assertThat(rows.get(2).toList()).containsExactly("corpus", "'=mona", "سمير", "*", "3", "2", "1", "0.4000",
                "0.5714", "0.6667", "1", "0.4000");
    }

    @Test
    void anEmptyReportIsTheHeaderAlone() throws Exception {
        Path out = folder.resolve("empty.csv");
        AgreementCsv.write(new AgreementReport(List.of(), List.of()), out);
        assertThat(Files.readAllLines(out, StandardCharsets.UTF_8)).containsExactly(
                "\uFEFF" + String.join(",", AgreementCsv.COLUMNS));
    }

    @Test
    void scoresHaveFourDecimalsAndNaNIsEmpty() {
        assertThat(AgreementCsv.score(0.34782608)).isEqualTo("0.3478");
        assertThat(AgreementCsv.score(1)).isEqualTo("1.0000");
        assertThat(AgreementCsv.score(Double.NaN)).isEmpty();
    }
}

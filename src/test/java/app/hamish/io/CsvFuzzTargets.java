package app.hamish.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Hamish writes CSV (review, audit, agreement) but reads none, so the CSV is fuzzed the other way round: any
 * cells, written as a row, read back by an RFC 4180 parser as exactly those cells, each that a spreadsheet would
 * run as a formula prefixed with {@code '}. {@code ./mvnw test} runs the committed seeds in
 * {@code src/test/resources/app/hamish/io/CsvFuzzTargetsInputs/row/}.
 */
class CsvFuzzTargets {
    /** Splits an input into cells, so a cell is any text but this one control character. */
    private static final String CELL_BREAK = "\u001F";

    @FuzzTest
    void row(byte[] input) throws IOException {
        List<String> cells = List.of(new String(input, StandardCharsets.UTF_8).split(CELL_BREAK, -1));
        StringWriter out = new StringWriter();
        CsvCells.writeRow(out, cells);
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(out.toString())).getRecords();
        assertThat(records).hasSize(1);
        assertThat(records.getFirst().toList()).as(out.toString()).isEqualTo(cells.stream()
                .map(cell -> !cell.isEmpty() && CsvCells.startsLikeFormula(cell) ? "'" + cell : cell).toList());
    }
}

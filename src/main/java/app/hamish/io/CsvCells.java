package app.hamish.io;

/**
 * One CSV cell as RFC 4180 and spreadsheet safety require: quoted when it holds a quote, comma, CR or LF, and
 * prefixed with {@code '} when it begins with a character a spreadsheet would run as a formula (=, +, -, @, tab,
 * CR, NUL), as OWASP ASVS 5.0 V1.2.10 recommends.
 */
final class CsvCells {
    private CsvCells() {
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = startsLikeFormula(value) ? "'" + value : value;
        boolean quote = safe.indexOf('"') >= 0 || safe.indexOf(',') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    /** One record: cells separated by commas, ended by CRLF as RFC 4180 has it. */
    static void writeRow(java.io.Writer writer, java.util.List<String> cells) throws java.io.IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(cell(cells.get(i)));
        }
        writer.write("\r\n");
    }

    static boolean startsLikeFormula(String value) {
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '\0';
    }
}

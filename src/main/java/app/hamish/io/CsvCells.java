package app.hamish.io;

import java.io.IOException;
import java.io.Writer;
import java.text.Normalizer;
import java.util.List;

/**
 * CSV cells as RFC 4180 and spreadsheet safety require: quoted when they hold a quote, comma, CR or LF, and, for a
 * spreadsheet, prefixed with {@code '} when a spreadsheet would run them as a formula. That is when the cell
 * begins with tab, CR, LF or NUL, or when its first visible character is {@code = + - @} (OWASP's CSV injection
 * list and ASVS 5.0 V1.2.10): spreadsheets skip leading white space, NBSP and bidi marks, and read the
 * full-width and small forms ({@code ＝}, {@code ﹢}) and the minus sign as the ASCII ones.
 */
final class CsvCells {
    /** Put before a formula-like cell, inside its quotes, so that a spreadsheet shows it as text. */
    static final char FORMULA_GUARD = '\'';

    private CsvCells() {
    }

    /** A cell for a spreadsheet: guarded against formulas. */
    static String cell(String value) {
        return cell(value, true);
    }

    /** @param guard whether to prefix formula-like values with {@code '}; false writes them exactly, for programs */
    static String cell(String value, boolean guard) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = guard && startsLikeFormula(value) ? FORMULA_GUARD + value : value;
        return needsQuotes(value) ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    /** Whether the cell must be quoted: it holds a character {@link #breaksCell} names. */
    static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (breaksCell(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the character, outside quotes, would end the cell or the record or begin a quoted cell: a cell holding
     * one is quoted. None of them is a surrogate, so a string's chars and its code points give the same answer.
     */
    static boolean breaksCell(int c) {
        return c == '"' || c == ',' || c == '\n' || c == '\r';
    }

    /** One record of guarded cells, separated by commas, ended by CRLF as RFC 4180 has it. */
    static void writeRow(Writer writer, List<String> cells) throws IOException {
        writeRow(writer, cells, true);
    }

    static void writeRow(Writer writer, List<String> cells, boolean guard) throws IOException {
        StringBuilder row = new StringBuilder();
        appendRow(row, cells, guard);
        writer.append(row);
    }

    /** {@link #writeRow} into a line being built, for a file written a batch of rows at a time. */
    static void appendRow(StringBuilder row, List<String> cells, boolean guard) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                row.append(',');
            }
            row.append(cell(cells.get(i), guard));
        }
        row.append("\r\n");
    }

    static boolean startsLikeFormula(String value) {
        Boolean decided = formulaByFirst(value.charAt(0));
        if (decided != null) {
            return decided;
        }
        int i = 0;
        while (i < value.length() && skipped(value.codePointAt(i))) {
            i += Character.charCount(value.codePointAt(i));
        }
        if (i == value.length()) {
            return false;
        }
        int visible = value.codePointAt(i);
        // ASCII and the Arabic block are their own compatibility forms as far as = + - @ go: no normalising needed.
        if (visible < 0x80) {
            return "=+-@".indexOf(visible) >= 0;
        }
        if (visible >= 0x0600 && visible <= 0x06FF) {
            return false;
        }
        String ascii = Normalizer.normalize(Character.toString(visible), Normalizer.Form.NFKC);
        return visible == '\u2212' || ascii.length() == 1 && "=+-@".indexOf(ascii.charAt(0)) >= 0;
    }

    /**
     * Whether a cell beginning with {@code first} runs as a formula, when that character alone decides it: a
     * control that starts a formula, or a visible ASCII or Arabic character, which is where most cells begin and
     * needs neither skipping nor normalising. Null when the characters after it must be read.
     */
    static Boolean formulaByFirst(int first) {
        if (first == '\t' || first == '\r' || first == '\n' || first == '\0') {
            return true;
        }
        if (first > ' ' && first < 0x7F) {
            return first == '=' || first == '+' || first == '-' || first == '@';
        }
        if (first >= 0x0606 && first <= 0x06FF && first != 0x061C && first != 0x06DD) {
            return false;
        }
        return null;
    }

    /** White space, control and format characters (bidi marks, zero-width joiners): not shown before a formula. */
    private static boolean skipped(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || type == Character.CONTROL
                || type == Character.FORMAT;
    }
}

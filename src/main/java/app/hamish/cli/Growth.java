package app.hamish.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * How {@code bench}'s figures grow with the corpus: import and export time should grow as the corpus does, commit
 * latency not at all. Each time is shown beside its limit from the same run, and each growth beside the limit's
 * own growth, so that a machine that slows as its files grow is not counted against Hamish (decision 0022).
 */
final class Growth {
    /** Hamish's nanoseconds and its limit's, for one figure at one corpus size. */
    record Pair(long hamish, long limit) {
    }

    /** Import, the two exports and the commit p99 at one corpus size. */
    record Row(int articles, Pair imported, Pair jsonl, Pair csv, Pair commit) {
    }

    private Growth() {
    }

    static void print(List<Row> rows, PrintWriter out) {
        out.printf("%ngrowth: time as the corpus grows, each beside its limit in the same run (Hamish / limit)%n");
        out.printf("  %9s | %-19s | %-19s | %-19s | %-21s%n", "articles", "import s", "export jsonl s",
                "export csv s", "commit p99 ms");
        for (Row row : rows) {
            out.printf(Locale.ROOT, "  %9d | %8.2f / %8.2f | %8.2f / %8.2f | %8.2f / %8.2f | %9.2f / %9.2f%n",
                    row.articles(), row.imported().hamish() / 1e9, row.imported().limit() / 1e9,
                    row.jsonl().hamish() / 1e9, row.jsonl().limit() / 1e9, row.csv().hamish() / 1e9,
                    row.csv().limit() / 1e9, row.commit().hamish() / 1e6, row.commit().limit() / 1e6);
        }
        for (int i = 1; i < rows.size(); i++) {
            Row from = rows.get(i - 1);
            Row to = rows.get(i);
            out.printf(Locale.ROOT, "  %d to %d articles (%.1fx): import %s, export jsonl %s, export csv %s "
                            + "(linear: %.1fx); commit p99 %s (flat: 1.0x)%n", from.articles(), to.articles(),
                    (double) to.articles() / from.articles(), grew(from.imported(), to.imported()),
                    grew(from.jsonl(), to.jsonl()), grew(from.csv(), to.csv()),
                    (double) to.articles() / from.articles(), grew(from.commit(), to.commit()));
        }
    }

    private static String grew(Pair from, Pair to) {
        return String.format(Locale.ROOT, "%.2fx (limit %.2fx)", (double) to.hamish() / from.hamish(),
                (double) to.limit() / from.limit());
    }
}

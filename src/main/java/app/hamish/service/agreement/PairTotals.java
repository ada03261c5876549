package app.hamish.service.agreement;

import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** One pair of annotators' figures summed over the articles they both annotated. */
final class PairTotals {
    private final SortedMap<String, SpanAgreement> spans = new TreeMap<>();
    private final Map<String, ConfusionTable> tables = new HashMap<>();
    private ConfusionTable allLabels = ConfusionTable.EMPTY;
    private long tokens;

    void add(Map<String, SpanAgreement> articleSpans, Map<String, ConfusionTable> articleTables,
             ConfusionTable articleAllLabels) {
        articleSpans.forEach((label, agreement) -> spans.merge(label, agreement, SpanAgreement::plus));
        articleTables.forEach((label, table) -> tables.merge(label, table, ConfusionTable::plus));
        allLabels = allLabels.plus(articleAllLabels);
        tokens += articleAllLabels.total();
    }

    SortedMap<String, SpanAgreement> spans() {
        return spans;
    }

    /**
     * Per label, the tokens of every article the pair annotated, pooled. An article where neither used a label
     * has no table for it, yet its tokens are agreement on {@link TokenKappa#OUTSIDE} and count.
     */
    Map<String, ConfusionTable> pooledTables() {
        Map<String, ConfusionTable> pooled = new HashMap<>();
        tables.forEach((label, table) -> pooled.put(label,
                table.plus(ConfusionTable.agreeing(TokenKappa.OUTSIDE, tokens - table.total()))));
        return pooled;
    }

    ConfusionTable allLabels() {
        return allLabels;
    }
}

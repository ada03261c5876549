package app.hamish.service.agreement;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How many tokens annotator a put in one category while annotator b put them in another, and Cohen's kappa
 * from that: kappa = (po − pe) / (1 − pe), where po is the share of tokens both put in the same category and pe
 * the share they would agree on by chance, each keeping their own category frequencies.
 *
 * @param counts tokens by (category of a, category of b); pairs never seen may be left out
 */
public record ConfusionTable(Map<Cell, Long> counts) {
    public record Cell(String a, String b) {
        public Cell {
            Objects.requireNonNull(a);
            Objects.requireNonNull(b);
        }
    }

    public static final ConfusionTable EMPTY = new ConfusionTable(Map.of());

    public ConfusionTable {
        counts = Map.copyOf(counts);
        counts.forEach((cell, count) -> {
            if (count < 0) {
                throw new IllegalArgumentException("negative count " + count + " for " + cell);
            }
        });
    }

    /** {@code tokens} tokens both annotators put in {@code category}. */
    public static ConfusionTable agreeing(String category, long tokens) {
        return tokens == 0 ? EMPTY : new ConfusionTable(Map.of(new Cell(category, category), tokens));
    }

    /** The tables of two sets of tokens, pooled. */
    public ConfusionTable plus(ConfusionTable other) {
        Map<Cell, Long> sum = new HashMap<>(counts);
        other.counts.forEach((cell, count) -> sum.merge(cell, count, Long::sum));
        return new ConfusionTable(sum);
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** po: the share of tokens both annotators put in the same category; NaN without tokens. */
    public double observedAgreement() {
        long same = counts.entrySet().stream().filter(entry -> entry.getKey().a().equals(entry.getKey().b()))
                .mapToLong(Map.Entry::getValue).sum();
        return (double) same / total();
    }

    /** pe: the sum over categories of (share of tokens a put there) × (share b put there); NaN without tokens. */
    public double expectedAgreement() {
        Map<String, Long> byA = new HashMap<>();
        Map<String, Long> byB = new HashMap<>();
        counts.forEach((cell, count) -> {
            byA.merge(cell.a(), count, Long::sum);
            byB.merge(cell.b(), count, Long::sum);
        });
        double total = total();
        if (total == 0) {
            return Double.NaN;
        }
        return byA.entrySet().stream()
                .mapToDouble(entry -> entry.getValue() / total * (byB.getOrDefault(entry.getKey(), 0L) / total))
                .sum();
    }

    /**
     * Cohen's kappa; NaN without tokens. When pe is 1 the formula is 0/0; pe is 1 only when both annotators put
     * every token in one and the same category, so po is 1 as well, and that complete agreement gives 1.
     */
    public double kappa() {
        if (total() == 0) {
            return Double.NaN;
        }
        double expected = expectedAgreement();
        if (expected == 1.0) {
            return 1.0;
        }
        return (observedAgreement() - expected) / (1 - expected);
    }
}

package app.hamish.service.agreement;

import app.hamish.model.Annotation;
import app.hamish.model.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Computes an {@link AgreementReport}: see there, {@link SpanAgreement} and {@link TokenKappa} for definitions. */
public final class AgreementCalculator {
    /** Pairs are keyed by name, which is what the report shows and what stays the same across workspaces. */
    private record Pair(String a, String b) implements Comparable<Pair> {
        @Override
        public int compareTo(Pair other) {
            int byA = a.compareTo(other.a);
            return byA != 0 ? byA : b.compareTo(other.b);
        }
    }

    private AgreementCalculator() {
    }

    /** Every pair of annotators who both annotated an article is compared on it; other articles add nothing. */
    public static AgreementReport compute(List<ArticleAnnotations> articles) {
        List<AgreementReport.ArticleRow> articleRows = new ArrayList<>();
        SortedMap<Pair, PairTotals> totals = new TreeMap<>();
        for (ArticleAnnotations article : articles) {
            List<Long> annotators = article.annotators();
            if (annotators.size() < 2) {
                continue;
            }
            List<Span> tokens = TokenKappa.tokens(article.text());
            for (int i = 0; i < annotators.size(); i++) {
                for (int j = i + 1; j < annotators.size(); j++) {
                    compare(article, tokens, annotators.get(i), annotators.get(j), articleRows, totals);
                }
            }
        }
        List<AgreementReport.Row> corpusRows = new ArrayList<>();
        totals.forEach((pair, total) -> corpusRows.addAll(rows(pair, total.spans(), total.pooledTables(),
                total.allLabels())));
        return new AgreementReport(articleRows, corpusRows);
    }

    /** Adds one pair's rows on one article to {@code articleRows} and its figures to the pair's totals. */
    private static void compare(ArticleAnnotations article, List<Span> tokens, long annotatorA, long annotatorB,
                                List<AgreementReport.ArticleRow> articleRows, Map<Pair, PairTotals> totals) {
        Pair pair = new Pair(article.nameOf(annotatorA), article.nameOf(annotatorB));
        List<Annotation> a = article.annotationsOf(annotatorA);
        List<Annotation> b = article.annotationsOf(annotatorB);
        SortedMap<String, SpanAgreement> spans = SpanAgreement.perLabel(article.text(), a, b);
        TokenKappa kappa = new TokenKappa(tokens, a, b);
        Map<String, ConfusionTable> tables = new LinkedHashMap<>();
        spans.keySet().forEach(label -> tables.put(label, kappa.forLabel(label)));
        ConfusionTable allLabels = kappa.allLabels();
        for (AgreementReport.Row row : rows(pair, spans, tables, allLabels)) {
            articleRows.add(new AgreementReport.ArticleRow(article.articleId(), article.externalId(), row));
        }
        totals.computeIfAbsent(pair, ignored -> new PairTotals()).add(spans, tables, allLabels);
    }

    /** A row per label, by name, then the row over all labels: span counts summed, kappa over label sets. */
    private static List<AgreementReport.Row> rows(Pair pair, SortedMap<String, SpanAgreement> spans,
                                                  Map<String, ConfusionTable> tables, ConfusionTable allLabels) {
        List<AgreementReport.Row> rows = new ArrayList<>();
        SpanAgreement sum = SpanAgreement.NONE;
        for (Map.Entry<String, SpanAgreement> entry : spans.entrySet()) {
            rows.add(new AgreementReport.Row(pair.a(), pair.b(), entry.getKey(), entry.getValue(),
                    tables.get(entry.getKey()).kappa()));
            sum = sum.plus(entry.getValue());
        }
        rows.add(new AgreementReport.Row(pair.a(), pair.b(), AgreementReport.ALL_LABELS, sum, allLabels.kappa()));
        return rows;
    }
}

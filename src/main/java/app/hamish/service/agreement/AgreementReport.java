package app.hamish.service.agreement;

import java.util.List;
import java.util.Objects;

/**
 * Agreement between every two annotators of the same articles, per label, on each article and over the corpus.
 *
 * @param articles a row per article, pair of annotators (a before b by name) and label, then an
 *     {@link #ALL_LABELS} row for the pair; articles in the order given, labels by name
 * @param corpus the same per pair and label over all articles both annotated: span counts summed (micro), kappa
 *     over all their tokens pooled
 */
public record AgreementReport(List<ArticleRow> articles, List<Row> corpus) {
    /** The label of rows over all labels together; never a label's own name, which is upper case letters. */
    public static final String ALL_LABELS = "*";

    public AgreementReport {
        articles = List.copyOf(articles);
        corpus = List.copyOf(corpus);
    }

    /**
     * The figures for one pair of annotators and one label (or {@link #ALL_LABELS}).
     *
     * @param kappa Cohen's kappa over tokens ({@link TokenKappa}); NaN when there are no tokens
     */
    public record Row(String annotatorA, String annotatorB, String label, SpanAgreement spans, double kappa) {
        public Row {
            Objects.requireNonNull(annotatorA);
            Objects.requireNonNull(annotatorB);
            Objects.requireNonNull(label);
            Objects.requireNonNull(spans);
        }

        public double exactF1() {
            return spans.exactF1();
        }

        public double tolerantF1() {
            return spans.tolerantF1();
        }

        public double overlapF1() {
            return spans.overlapF1();
        }
    }

    /** A row about one article, which a reviewer can open by its id. */
    public record ArticleRow(long articleId, String externalId, Row row) {
        public ArticleRow {
            Objects.requireNonNull(externalId);
            Objects.requireNonNull(row);
        }
    }
}

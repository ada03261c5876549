package app.hamish.service;

import app.hamish.model.Annotation;
import app.hamish.model.Article;
import app.hamish.model.GoldProvenance;
import app.hamish.model.LayerState;
import app.hamish.model.Relation;
import app.hamish.model.ReviewDecision;
import app.hamish.model.WorkflowState;
import app.hamish.store.WorkspaceStore;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A workspace on the real store whose services' reads of one article are seen by a test as each returns: to note
 * the whole-article reads an edit makes, or to let another session start right after a session's check.
 */
public final class SeenArticleReads {
    private SeenArticleReads() {
    }

    /** Which of an article's reads returned. */
    public enum Read {
        ARTICLE, ANNOTATIONS, RELATIONS, DECISIONS, GOLD_PROVENANCE, STATE, STATES;

        /** Whether it read one of the article's whole lists, or its whole text. */
        public boolean whole() {
            return this != STATE && this != STATES;
        }
    }

    /** What the test does once a read has returned, on the thread that read. */
    @FunctionalInterface
    public interface Seen {
        void after(Read read);
    }

    public static Workspace workspace(WorkspaceStore store, Clock clock, Seen seen) {
        ArticleReads real = ArticleReads.in(store);
        return new Workspace(store, clock, ModelKeeping.in(store), new ArticleReads() {
            @Override
            public Optional<Article> article(long articleId) {
                return seen(real.article(articleId), Read.ARTICLE);
            }

            @Override
            public List<Annotation> annotations(long articleId) {
                return seen(real.annotations(articleId), Read.ANNOTATIONS);
            }

            @Override
            public List<Relation> relations(long articleId) {
                return seen(real.relations(articleId), Read.RELATIONS);
            }

            @Override
            public Map<Long, ReviewDecision> decisions(long articleId) {
                return seen(real.decisions(articleId), Read.DECISIONS);
            }

            @Override
            public Map<Long, GoldProvenance> goldProvenance(long articleId) {
                return seen(real.goldProvenance(articleId), Read.GOLD_PROVENANCE);
            }

            @Override
            public WorkflowState state(long articleId, long annotatorId) {
                return seen(real.state(articleId, annotatorId), Read.STATE);
            }

            @Override
            public List<LayerState> states(long articleId) {
                return seen(real.states(articleId), Read.STATES);
            }

            private <T> T seen(T result, Read read) {
                seen.after(read);
                return result;
            }
        });
    }
}

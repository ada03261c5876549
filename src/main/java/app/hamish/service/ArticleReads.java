package app.hamish.service;

import app.hamish.model.Annotation;
import app.hamish.model.Article;
import app.hamish.model.GoldProvenance;
import app.hamish.model.LayerState;
import app.hamish.model.Relation;
import app.hamish.model.ReviewDecision;
import app.hamish.model.WorkflowState;
import app.hamish.store.WorkspaceStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the services read of one article to show it or to check a change to it: its text and its whole lists, which
 * an edit on a long article must not read again (decisions 0034, 0070), and its layers' states, which every change
 * checks first. A part of its own, read from the workspace's store, so that tests can see these reads, or hold a
 * session right after its check, without standing in for the whole store.
 */
interface ArticleReads {
    /** Its whole text, which a new or changed span is checked against. */
    Optional<Article> article(long articleId);

    List<Annotation> annotations(long articleId);

    List<Relation> relations(long articleId);

    Map<Long, ReviewDecision> decisions(long articleId);

    Map<Long, GoldProvenance> goldProvenance(long articleId);

    WorkflowState state(long articleId, long annotatorId);

    List<LayerState> states(long articleId);

    static ArticleReads in(WorkspaceStore store) {
        return new ArticleReads() {
            @Override
            public Optional<Article> article(long articleId) {
                return store.article(articleId);
            }

            @Override
            public List<Annotation> annotations(long articleId) {
                return store.annotations(articleId);
            }

            @Override
            public List<Relation> relations(long articleId) {
                return store.relations(articleId);
            }

            @Override
            public Map<Long, ReviewDecision> decisions(long articleId) {
                return store.decisions(articleId);
            }

            @Override
            public Map<Long, GoldProvenance> goldProvenance(long articleId) {
                return store.goldProvenance(articleId);
            }

            @Override
            public WorkflowState state(long articleId, long annotatorId) {
                return store.state(articleId, annotatorId);
            }

            @Override
            public List<LayerState> states(long articleId) {
                return store.states(articleId);
            }
        };
    }
}

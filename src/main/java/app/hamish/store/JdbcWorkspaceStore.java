package app.hamish.store;

import app.hamish.model.AnnotatedText;
import app.hamish.model.RejectedText;
import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.ArticleFeed;
import app.hamish.model.ArticleText;
import app.hamish.model.ArticleExport;
import app.hamish.model.ArticleSummary;
import app.hamish.model.AuditEntry;
import app.hamish.model.DeletedAnnotation;
import app.hamish.model.ExportFilter;
import app.hamish.model.GoldProvenance;
import app.hamish.model.ImportReport;
import app.hamish.model.Label;
import app.hamish.model.LayerState;
import app.hamish.model.NewAnnotation;
import app.hamish.model.NewArticle;
import app.hamish.model.Relation;
import app.hamish.model.ReviewDecision;
import app.hamish.model.SavedModel;
import app.hamish.model.Span;
import app.hamish.model.Suggestion;
import app.hamish.model.SuggestionFinder.Rejection;
import app.hamish.model.WorkflowState;
import app.hamish.model.WorkflowTransition;
import app.hamish.model.WorkspaceStats;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Everything a workspace holds, read and written through one JDBC connection with the same SQL on every engine;
 * the subclass for each engine opens it and adds what only that engine can do (decision 0021).
 */
abstract class JdbcWorkspaceStore implements WorkspaceStore {
    final Database database;
    final LabelCatalog labels;
    final Clock clock;
    /** The engine's search index. */
    private final SearchRows search;

    JdbcWorkspaceStore(Database database, LabelCatalog labels, Clock clock, SearchRows search) {
        this.database = database;
        this.labels = labels;
        this.clock = clock;
        this.search = search;
    }

    @Override
    public <T> T atomically(java.util.function.Supplier<T> work) {
        return database.atomically("save the changes", work);
    }

    @Override
    public <T> T atomicallyIn(Set<Long> articleIds, java.util.function.Supplier<T> work) {
        return database.writeIn(articleIds, "save the changes", connection -> work.get());
    }

    @Override
    public List<Label> labels() {
        return labels.labels();
    }

    @Override
    public Label addLabel(Label label) {
        database.write("add label " + label.name(), connection -> labels.insert(connection, label)).run();
        return label;
    }

    @Override
    public Annotator annotator(String name, Annotator.Role role) {
        return database.write("add annotator " + name, connection -> {
            Optional<Annotator> known = annotatorNamed(connection, name);
            if (known.isPresent()) {
                // Only an admin may add annotators on a server: everyone else must get theirs without an INSERT.
                return known.get();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO annotators (name, role, uuid) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING")) {
                insert.setString(1, name);
                insert.setString(2, role.code());
                insert.setString(3, AuditRows.newUuid());
                insert.executeUpdate();
            }
            return annotatorNamed(connection, name).orElseThrow();
        });
    }

    private static Optional<Annotator> annotatorNamed(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id, name, role FROM annotators WHERE name = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(new Annotator(rows.getLong(1), rows.getString(2),
                        Annotator.Role.fromCode(rows.getString(3)))) : Optional.empty();
            }
        }
    }

    @Override
    public List<Annotator> annotators() {
        return database.read("list annotators", connection -> {
            List<Annotator> annotators = new ArrayList<>();
            PreparedStatement query = database.kept().prepare(connection,
                    "SELECT id, name, role FROM annotators WHERE id <> " + Annotator.GOLD_ID + " ORDER BY name");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    annotators.add(new Annotator(rows.getLong(1), rows.getString(2),
                            Annotator.Role.fromCode(rows.getString(3))));
                }
            }
            return annotators;
        });
    }

    @Override
    public Optional<Annotator> annotator(long id) {
        return database.read("read annotator " + id, connection -> {
            PreparedStatement query = database.kept().prepare(connection,
                    "SELECT name, role FROM annotators WHERE id = ? AND id <> " + Annotator.GOLD_ID);
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(new Annotator(id, rows.getString(1),
                        Annotator.Role.fromCode(rows.getString(2)))) : Optional.empty();
            }
        });
    }

    @Override
    public Set<Long> reviewers() {
        return database.read("list reviewers", connection -> {
            Set<Long> ids = new HashSet<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT annotator_id FROM reviewers");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        });
    }

    @Override
    public void addReviewer(long annotatorId, long byId) {
        database.write("add a reviewer", connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO reviewers (annotator_id,"
                    + " added_at, added_by) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
                insert.setLong(1, annotatorId);
                Times.set(insert, 2, clock.instant());
                insert.setLong(3, byId);
                if (insert.executeUpdate() == 1) {
                    AuditRows.append(connection, clock.instant(), byId, "added_reviewer", null, null,
                            "annotator " + annotatorId);
                }
            }
            return null;
        });
    }

    @Override
    public ImportReport addArticles(List<NewArticle> batch) {
        return addArticles("import " + batch.size() + " articles", ArticleRows.preparedInParts(batch));
    }

    @Override
    public ImportReport addArticles(ArticleFeed feed) {
        return addArticles("import articles", feed);
    }

    /** Stores the feed in one write, which errors name as {@code what}. */
    protected final ImportReport addArticles(String what, ArticleFeed feed) {
        SqlDialect dialect = database.dialect();
        return database.write(what, connection -> dialect.importing(connection, importing -> ArticleRows.insert(
                importing, feed, clock.instant(), dialect.textFromUtf8(), search)));
    }

    /** Adds a new article to the search index, or to its pending list, in the transaction that adds the article. */
    void indexForSearch(Connection connection, long articleId, ArticleText text) throws SQLException {
        search.add(connection, articleId, text);
    }

    @Override
    public Optional<Set<Long>> searchCandidates(List<String> keys) {
        return database.read("search the article index", connection -> search.candidates(connection, keys));
    }

    @Override
    public int indexPendingForSearch(int most) {
        // A server indexes in the transaction that adds an article, so it has nothing to fill: asking would take a
        // workspace-wide write and scan every article at every client's open and after every import.
        if (!search.defers()) {
            return 0;
        }
        return database.write("index articles for search", connection -> search.indexPending(connection, most));
    }

    @Override
    public int pendingForSearch() {
        if (!search.defers()) {
            return 0;
        }
        return database.read("count the articles not yet indexed for search", search::pendingCount);
    }

    @Override
    public List<ArticleSummary> articleSummaries() {
        return database.read("list articles", ArticleRows::summaries);
    }

    @Override
    public Optional<Article> article(long id) {
        return database.read("read article " + id, connection -> {
            database.claim(connection, id);
            return ArticleRows.find(database.kept(), connection, "id = ?", id);
        });
    }

    @Override
    public Optional<Article> articleByExternalId(String externalId) {
        return database.read("read article " + externalId,
                connection -> ArticleRows.find(database.kept(), connection, "external_id = ?", externalId));
    }

    @Override
    public Optional<String> articleSha256(long articleId) {
        return database.read("read article " + articleId, connection -> {
            database.claim(connection, articleId);
            PreparedStatement query = database.kept().prepare(connection, "SELECT sha256 FROM articles WHERE id = ?");
            query.setLong(1, articleId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        });
    }

    @Override
    public int articleCount() {
        return database.read("count articles", connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM articles");
                 ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    @Override
    public Annotation addAnnotation(NewAnnotation annotation) {
        return addAnnotations(List.of(annotation)).getFirst();
    }

    @Override
    public List<Annotation> addAnnotations(List<NewAnnotation> annotations) {
        return database.write("save " + annotations.size() + " annotation(s)", connection -> {
            for (NewAnnotation annotation : annotations) {
                database.claim(connection, annotation.articleId());
            }
            return AnnotationRows.insert(database.kept(), connection, labels, annotations, clock.instant());
        });
    }

    @Override
    public Annotation updateAnnotation(Annotation annotation, long actorId) {
        return database.write("save annotation " + annotation.id(), connection -> {
            database.claim(connection, annotation.articleId());
            return AnnotationRows.update(connection, labels, annotation, clock.instant(), annotation.version(),
                    audit(actorId, "edited"));
        });
    }

    @Override
    public Annotation replaceAnnotation(Annotation exact, long readVersion, long actorId) {
        return database.write("revert annotation " + exact.id(), connection -> {
            database.claim(connection, exact.articleId());
            return AnnotationRows.update(connection, labels, exact, exact.updated(), readVersion,
                    audit(actorId, "reverted"));
        });
    }

    @Override
    public Optional<Annotation> findSame(NewAnnotation annotation) {
        return database.read("look for duplicates", connection -> {
            database.claim(connection, annotation.articleId());
            return AnnotationRows.findSame(database.kept(), connection, annotation);
        });
    }

    @Override
    public boolean holdsSame(NewAnnotation annotation) {
        return database.read("look for duplicates", connection -> {
            database.claim(connection, annotation.articleId());
            return AnnotationRows.holdsSame(database.kept(), connection, labels, annotation);
        });
    }

    @Override
    public DeletedAnnotation deleteAnnotation(long annotationId, long readVersion, long actorId) {
        return database.write("delete annotation " + annotationId,
                connection -> DeletionRows.delete(connection, annotationId, readVersion, audit(actorId, "deleted")));
    }

    @Override
    public void restoreAnnotation(DeletedAnnotation deleted, long actorId) {
        database.write("restore annotation " + deleted.annotation().id(), connection -> {
            database.claim(connection, deleted.annotation().articleId());
            DeletionRows.restore(connection, labels, deleted, audit(actorId, "restored"));
            return null;
        });
    }

    @Override
    public void rejectSuggestion(Suggestion suggestion, long actorId) {
        database.write("reject a suggestion", connection -> {
            database.claim(connection, suggestion.articleId());
            SuggestionRows.reject(connection, suggestion, audit(actorId, "rejected_suggestion"));
            return null;
        });
    }

    @Override
    public List<AnnotatedText> annotatedOutside(long articleId) {
        return database.read("read the corpus's annotated strings",
                connection -> SuggestionRows.annotatedOutside(connection, articleId));
    }

    @Override
    public List<AnnotatedText> annotatedAnywhere() {
        return database.read("read the corpus's annotated strings", SuggestionRows::annotatedAnywhere);
    }

    @Override
    public List<RejectedText> rejectedTexts() {
        return database.read("read rejected suggestions", SuggestionRows::rejectedTexts);
    }

    @Override
    public Set<Rejection> rejectedSuggestions(long articleId) {
        return database.read("read rejected suggestions", connection -> SuggestionRows.ofArticle(connection,
                articleId));
    }

    @Override
    public Optional<SavedModel> savedModel(String analyst) {
        return database.read("read the recommender model", connection -> ModelRows.of(connection, analyst));
    }

    @Override
    public boolean saveModel(SavedModel model) {
        return database.writeIfFree("save the recommender model", connection -> {
            ModelRows.save(connection, model, clock.instant());
            return null;
        });
    }

    @Override
    public Optional<Annotation> annotation(long annotationId) {
        return database.read("read annotation " + annotationId, connection -> {
            Optional<Annotation> found = AnnotationRows.find(connection, annotationId);
            if (found.isPresent()) {
                // An annotation's article never changes: what is checked of it next is read under that article's lock.
                database.claim(connection, found.get().articleId());
            }
            return found;
        });
    }

    @Override
    public List<Annotation> annotations(long articleId) {
        return database.read("read annotations", connection -> {
            database.claim(connection, articleId);
            return AnnotationRows.ofArticle(connection, articleId);
        });
    }

    @Override
    public List<Annotation> annotationsAt(long articleId, Span span) {
        return database.read("read annotations at " + span, connection -> AnnotationRows.at(connection, articleId,
                span));
    }

    @Override
    public Relation addRelation(long fromAnnotationId, long toAnnotationId, String type, long actorId) {
        return database.write("link annotations", connection -> AnnotationRows.insertRelation(connection,
                fromAnnotationId, toAnnotationId, type, audit(actorId, "linked")));
    }

    @Override
    public List<Relation> relations(long articleId) {
        return database.read("read relations", connection -> AnnotationRows.relationsOf(connection, articleId));
    }

    @Override
    public void deleteRelation(Relation relation, long actorId) {
        database.write("unlink annotations", connection -> {
            DeletionRows.deleteRelation(connection, relation, audit(actorId, "unlinked"));
            return null;
        });
    }

    @Override
    public void restoreRelation(Relation relation, long actorId) {
        database.write("link annotations", connection -> {
            DeletionRows.restoreRelation(connection, relation);
            AnnotationRows.auditRelation(connection, relation, audit(actorId, "linked"));
            return null;
        });
    }

    @Override
    public ReviewDecision recordDecision(ReviewDecision decision, long readVersion) {
        return database.write("record review decision", connection -> AnnotationRows.decide(connection, decision,
                readVersion, Times.truncate(clock.instant())));
    }

    @Override
    public ReviewDecision withdrawDecision(long annotationId, long readVersion, long actorId) {
        return database.write("withdraw review decision", connection -> AnnotationRows.withdrawDecision(connection,
                annotationId, readVersion, actorId, Times.truncate(clock.instant())));
    }

    @Override
    public Map<Long, ReviewDecision> decisions(long articleId) {
        return database.read("read review decisions", connection -> {
            database.claim(connection, articleId);
            return AnnotationRows.decisionsOf(connection, articleId);
        });
    }

    @Override
    public ReviewDecision decision(long annotationId) {
        return database.read("read review decision", connection -> AnnotationRows.decisionOn(connection,
                annotationId));
    }

    @Override
    public Annotation addGold(NewAnnotation gold, Long id, long adjudicatorId, Map<Long, Long> sources) {
        return database.write("accept into gold", connection -> {
            database.claim(connection, gold.articleId());
            if (AnnotationRows.findSame(database.kept(), connection, gold).isPresent()) {
                throw new ConflictException("gold already holds " + gold.label() + " " + gold.span());
            }
            if (id != null && AnnotationRows.find(connection, id).isPresent()) {
                throw new ConflictException("annotation " + id + " has been taken since; gold cannot be put back");
            }
            return GoldRows.insert(database.kept(), connection, labels, gold, id, adjudicatorId, sources,
                    clock.instant());
        });
    }

    @Override
    public Map<Long, GoldProvenance> goldProvenance(long articleId) {
        return database.read("read gold provenance", connection -> GoldRows.ofArticle(connection, articleId));
    }

    @Override
    public Map<Long, GoldProvenance> goldProvenanceFrom(long sourceAnnotationId) {
        return database.read("read gold provenance", connection -> GoldRows.from(connection, sourceAnnotationId));
    }

    @Override
    public WorkflowState state(long articleId, long annotatorId) {
        return database.read("read review state", connection -> {
            database.claim(connection, articleId);
            return StateRows.stateOf(database.kept(), connection, articleId, annotatorId);
        });
    }

    @Override
    public List<LayerState> states(long articleId) {
        return database.read("read review states", connection -> {
            database.claim(connection, articleId);
            return StateRows.ofArticle(connection, articleId);
        });
    }

    @Override
    public void transition(long articleId, long annotatorId, WorkflowTransition transition, long actorId,
                           String comment) {
        move(articleId, annotatorId, transition, null, actorId, comment);
    }

    @Override
    public void transition(long articleId, long annotatorId, WorkflowTransition transition, long readVersion,
                           long actorId, String comment) {
        move(articleId, annotatorId, transition, readVersion, actorId, comment);
    }

    private void move(long articleId, long annotatorId, WorkflowTransition transition, Long readVersion,
                      long actorId, String comment) {
        database.write(transition.code().replace('_', ' '), connection -> {
            database.claim(connection, articleId);
            StateRows.apply(database.kept(), connection, articleId, annotatorId, transition, readVersion, actorId,
                    comment, Times.truncate(clock.instant()));
            return null;
        });
    }

    @Override
    public void audit(Long articleId, Consumer<AuditEntry> sink) {
        database.read("read the audit log", connection -> {
            AuditRows.read(connection, articleId, sink);
            return null;
        });
    }

    private Audit audit(long actorId, String action) {
        return new Audit(actorId, action, clock.instant());
    }

    @Override
    public void exportArticles(ExportFilter filter, Consumer<ArticleExport> sink) {
        database.readInBatches("export", connection -> {
            ExportReader.stream(connection, filter, sink);
            return null;
        });
    }

    @Override
    public WorkspaceStats stats() {
        return database.read("count annotations", ExportReader::stats);
    }

}

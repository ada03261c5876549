package app.hamish.service;

import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.ControlCharacters;
import app.hamish.model.DeletedAnnotation;
import app.hamish.model.InputLimits;
import app.hamish.model.Label;
import app.hamish.model.NewAnnotation;
import app.hamish.model.Provenance;
import app.hamish.model.Relation;
import app.hamish.model.Span;
import app.hamish.model.WhiteSpace;
import app.hamish.store.WorkspaceStore;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;

/** Creating, editing and removing annotations under the rules every annotator works by. */
public final class AnnotationService {
    private final WorkspaceStore store;
    private final ArticleReads reads;
    private final WorkflowRules rules;
    private volatile Article lastArticle;

    AnnotationService(WorkspaceStore store, ArticleReads reads, WorkflowRules rules) {
        this.store = store;
        this.reads = reads;
        this.rules = rules;
    }

    public List<Label> labels() {
        return store.labels();
    }

    public Label addLabel(Label label) {
        return store.addLabel(label);
    }

    public Annotator annotator(String name, Annotator.Role role) {
        if (name == null || name.isBlank()) {
            throw new RefusedException(Refusal.NO_NAME);
        }
        // Opening a workspace refuses a longer name as damage (StoredRowsCheck), so none may be written.
        if (InputLimits.tooLong("name", name.strip(), InputLimits.MAX_NAME) != null) {
            throw new RefusedException(Refusal.LONG_NAME, InputLimits.MAX_NAME);
        }
        if (ControlCharacters.problem("name", name.strip()) != null) {
            throw new RefusedException(Refusal.CONTROL_IN_NAME);
        }
        if (name.strip().equals(Annotator.GOLD_NAME)) {
            throw new RefusedException(Refusal.GOLD_NAME, Annotator.GOLD_NAME);
        }
        return store.atomically(() -> {
            Annotator annotator = store.annotator(name.strip(), role);
            // The first to act as a reviewer in a workspace without one becomes its reviewer (decision 0028).
            if (annotator.role() == Annotator.Role.REVIEWER && store.reviewers().isEmpty()) {
                store.addReviewer(annotator.id(), annotator.id());
            }
            return annotator;
        });
    }

    /** Whether the workspace lists this annotator as one of its reviewers. */
    public boolean isListedReviewer(Annotator annotator) {
        return store.reviewers().contains(annotator.id());
    }

    /** Lists {@code who} as a reviewer of this workspace; only a reviewer it lists already may. */
    public void addReviewer(Annotator who, Annotator by) {
        store.atomically(() -> {
            if (!store.reviewers().contains(by.id())) {
                throw new RefusedException(Refusal.NOT_LISTED_REVIEWER, by.name());
            }
            if (who.role() != Annotator.Role.REVIEWER) {
                throw new RefusedException(Refusal.ANNOTATES, who.name());
            }
            store.addReviewer(who.id(), by.id());
        });
    }

    public List<Annotator> annotators() {
        return store.annotators();
    }

    /** The annotator of that name if the workspace holds one; unlike {@link #annotator}, never writes one. */
    public Optional<Annotator> named(String name) {
        String stripped = name == null ? "" : name.strip();
        return store.annotators().stream().filter(annotator -> annotator.name().equals(stripped)).findFirst();
    }

    /**
     * Commits a new annotation and returns it; refused (with a hint) when the span is outside the text or only
     * blank, the label or subtype is unknown, or the annotator already has exactly this annotation. The check for
     * a duplicate runs in the transaction that writes, so that a second session cannot add the same one between.
     */
    public Annotation create(NewAnnotation annotation) {
        return store.atomicallyIn(Set.of(annotation.articleId()), () -> {
            check(annotation);
            rules.beforeChange(annotation.articleId(), annotation.annotatorId(), annotator(annotation.annotatorId()));
            return store.addAnnotation(annotation);
        });
    }

    /** Commits many annotations in one transaction, each checked as by {@link #create}, or none of them. */
    public List<Annotation> createAll(List<NewAnnotation> annotations) {
        Set<Long> articles = new HashSet<>();
        annotations.forEach(annotation -> articles.add(annotation.articleId()));
        return store.atomicallyIn(articles, () -> {
            Map<Long, Set<NewAnnotation>> existingByArticle = new HashMap<>();
            for (NewAnnotation annotation : annotations) {
                Article article = article(annotation.articleId());
                checkSpan(article, annotation.span());
                checkLabel(annotation.label(), annotation.subtype());
                checkNote(annotation.note());
                Set<NewAnnotation> existing = existingByArticle.computeIfAbsent(article.id(), id -> identities(id));
                if (!existing.add(identity(annotation))) {
                    throw duplicate(article, annotation);
                }
            }
            Set<List<Long>> layers = new HashSet<>();
            for (NewAnnotation annotation : annotations) {
                if (layers.add(List.of(annotation.articleId(), annotation.annotatorId()))) {
                    rules.beforeChange(annotation.articleId(), annotation.annotatorId(),
                            annotator(annotation.annotatorId()));
                }
            }
            return store.addAnnotations(annotations);
        });
    }

    private Set<NewAnnotation> identities(long articleId) {
        Set<NewAnnotation> identities = new HashSet<>();
        for (Annotation annotation : reads.annotations(articleId)) {
            identities.add(new NewAnnotation(articleId, annotation.annotatorId(), annotation.span(),
                    annotation.label(), annotation.subtype(), "", Provenance.MANUAL));
        }
        return identities;
    }

    /** What makes two annotations "the same": everything but the note and provenance. */
    private static NewAnnotation identity(NewAnnotation annotation) {
        return new NewAnnotation(annotation.articleId(), annotation.annotatorId(), annotation.span(),
                annotation.label(), annotation.subtype(), "", Provenance.MANUAL);
    }

    /** Commits an edit by {@code actor}: the annotator on their own work, or a reviewer on the gold layer. */
    public Annotation update(Annotation annotation, Annotator actor) {
        return store.atomicallyIn(Set.of(annotation.articleId()), () -> {
            checkEdit(annotation);
            rules.beforeChange(annotation.articleId(), annotation.annotatorId(), actor);
            return ChangedSince.refusedAs(Refusal.CHANGED_SINCE, () -> store.updateAnnotation(annotation, actor.id()));
        });
    }

    /**
     * Undoes an edit: writes {@code previous} back exactly, including its update time; refused if the annotation is
     * no longer at {@code readVersion}, the version the edit made (someone changed it since).
     */
    public Annotation revert(Annotation previous, long readVersion, Annotator actor) {
        return store.atomicallyIn(Set.of(previous.articleId()), () -> {
            checkEdit(previous);
            rules.beforeChange(previous.articleId(), previous.annotatorId(), actor);
            return ChangedSince.refusedAs(Refusal.CHANGED_SINCE,
                    () -> store.replaceAnnotation(previous, readVersion, actor.id()));
        });
    }

    /**
     * Deletes the annotation, as read, with its relations and review decision; refused if it changed since it was
     * read. {@link #restore} undoes it.
     */
    public DeletedAnnotation delete(Annotation read, Annotator actor) {
        return store.atomicallyIn(Set.of(read.articleId()), () -> {
            Annotation annotation = store.annotation(read.id())
                    .orElseThrow(() -> new RefusedException(Refusal.GONE));
            rules.beforeChange(annotation.articleId(), annotation.annotatorId(), actor);
            return ChangedSince.refusedAs(Refusal.CHANGED_SINCE,
                    () -> store.deleteAnnotation(read.id(), read.version(), actor.id()));
        });
    }

    /**
     * Undoes a deletion with the same ids and times.
     *
     * @throws app.hamish.store.ConflictException if the workspace has changed since so that it cannot be put back
     */
    public void restore(DeletedAnnotation deleted, Annotator actor) {
        store.atomicallyIn(Set.of(deleted.annotation().articleId()), () -> {
            rules.beforeChange(deleted.annotation().articleId(), deleted.annotation().annotatorId(), actor);
            store.restoreAnnotation(deleted, actor.id());
        });
    }

    public List<Annotation> ofArticle(long articleId) {
        return reads.annotations(articleId);
    }

    /** Attributes a claim to its source (or links any two annotations of one article). */
    public Relation link(long fromAnnotationId, long toAnnotationId, String type, Annotator actor) {
        return store.atomically(() -> {
            checkRelationEdit(fromAnnotationId, actor);
            return store.addRelation(fromAnnotationId, toAnnotationId, type, actor.id());
        });
    }

    /** Removes a link, e.g. to undo it. */
    public void unlink(Relation relation, Annotator actor) {
        store.atomically(() -> {
            checkRelationEdit(relation.fromAnnotationId(), actor);
            store.deleteRelation(relation, actor.id());
        });
    }

    /** Puts back a removed link with its id, e.g. to redo it. */
    public void relink(Relation relation, Annotator actor) {
        store.atomically(() -> {
            checkRelationEdit(relation.fromAnnotationId(), actor);
            store.restoreRelation(relation, actor.id());
        });
    }

    /** A link belongs to the layer of the annotation it starts from (the claim). */
    private void checkRelationEdit(long fromAnnotationId, Annotator actor) {
        Annotation from = store.annotation(fromAnnotationId)
                .orElseThrow(() -> new RefusedException(Refusal.GONE));
        rules.beforeChange(from.articleId(), from.annotatorId(), actor);
    }

    private Annotator annotator(long id) {
        return store.annotator(id).orElseThrow(() -> new RefusedException(Refusal.NO_ANNOTATOR, id));
    }

    public List<Relation> relations(long articleId) {
        return reads.relations(articleId);
    }

    private void check(NewAnnotation annotation) {
        Article article = article(annotation.articleId());
        checkSpan(article, annotation.span());
        checkLabel(annotation.label(), annotation.subtype());
        checkNote(annotation.note());
        if (store.holdsSame(annotation)) {
            throw duplicate(article, annotation);
        }
    }

    private void checkEdit(Annotation annotation) {
        checkSpan(article(annotation.articleId()), annotation.span());
        checkLabel(annotation.label(), annotation.subtype());
        checkNote(annotation.note());
    }

    /** Opening a workspace refuses a longer note as damage (StoredRowsCheck), so none may be written. */
    static void checkNote(String note) {
        if (InputLimits.tooLong("note", note, InputLimits.MAX_NOTE) != null) {
            throw new RefusedException(Refusal.LONG_NOTE, InputLimits.MAX_NOTE);
        }
    }

    private static RefusedException duplicate(Article article, NewAnnotation annotation) {
        String text = article.text().slice(annotation.span());
        return new RefusedException(Refusal.DUPLICATE, annotation.label(), text);
    }

    /**
     * The article an analyst has just opened, as it was read for the view: the first edit checks its span against
     * this one instead of reading the whole text again, which on a long article was the slowest press of all. The
     * stored hash is still checked at each edit, as for any article kept.
     */
    public void annotating(Article article) {
        lastArticle = article;
    }

    /**
     * Article texts never change, so the article being annotated is read from the workspace once. The cache is
     * checked against the stored hash: a rolled-back import can leave an id to be reused by another article.
     */
    private Article article(long articleId) {
        Article cached = lastArticle;
        if (cached != null && cached.id() == articleId
                && store.articleSha256(articleId).filter(cached.sha256()::equals).isPresent()) {
            return cached;
        }
        Article article = reads.article(articleId)
                .orElseThrow(() -> new RefusedException(Refusal.NO_ARTICLE, articleId));
        lastArticle = article;
        return article;
    }

    private static void checkSpan(Article article, Span span) {
        if (!article.text().contains(span)) {
            throw new RefusedException(Refusal.OUTSIDE, span, article.text().codePointLength());
        }
        if (isBlank(article.text().slice(span))) {
            throw new RefusedException(Refusal.BLANK);
        }
    }

    private void checkLabel(String labelName, String subtype) {
        Label label = store.labels().stream().filter(candidate -> candidate.name().equals(labelName)).findFirst()
                .orElseThrow(() -> new RefusedException(Refusal.NO_LABEL, labelName));
        if (!label.allowsSubtype(subtype)) {
            throw new RefusedException(Refusal.NO_SUBTYPE, labelName, subtype, label.subtypes());
        }
    }

    /** Blank means nothing visible: white space, and format controls such as bidi marks and zero-width joiners. */
    public static boolean isBlank(String text) {
        return text.codePoints().allMatch(codePoint -> WhiteSpace.is(codePoint)
                || Character.getType(codePoint) == Character.FORMAT);
    }
}

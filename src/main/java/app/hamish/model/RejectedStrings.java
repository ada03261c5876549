package app.hamish.model;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the workspace's rejections teach (decision 0035): a string rejected as a suggestion of a label is not
 * suggested with that label again, in any article, while nobody has annotated it so. A rejection says "not here"
 * and is kept by span ({@link SuggestionFinder.Rejection}); a string rejected and never annotated says "not this
 * string", which is what a cue that gold marks as part of a longer phrase, or a word the model keeps mistaking for
 * a name, needs. Strings are compared after Arabic normalisation, as suggestions find them.
 */
public final class RejectedStrings {
    public static final RejectedStrings NONE = new RejectedStrings(Set.of(), Set.of());

    private final Set<Key> rejected;
    private final Set<Key> annotated;

    private RejectedStrings(Set<Key> rejected, Set<Key> annotated) {
        this.rejected = rejected;
        this.annotated = annotated;
    }

    /** The words normalised, with a label. */
    private record Key(String text, String label) {
        static Key of(String text, String label) {
            return new Key(ArabicNormalizer.key(text), label);
        }
    }

    /**
     * @param rejected the strings rejected as suggestions in the workspace
     * @param annotated the strings annotated in the workspace (not rejected in review)
     */
    public static RejectedStrings of(Collection<RejectedText> rejected, Collection<AnnotatedText> annotated) {
        return annotated(annotated).rejecting(rejected);
    }

    /** Nothing rejected yet, these strings annotated. */
    public static RejectedStrings annotated(Collection<AnnotatedText> annotated) {
        Set<Key> keys = new HashSet<>();
        annotated.forEach(text -> keys.add(Key.of(text.text(), text.label())));
        return new RejectedStrings(Set.of(), Set.copyOf(keys));
    }

    /** These, with more strings rejected. */
    public RejectedStrings rejecting(Collection<RejectedText> texts) {
        Set<Key> more = new HashSet<>(rejected);
        texts.forEach(text -> more.add(Key.of(text.text(), text.label())));
        more.removeAll(annotated);
        return new RejectedStrings(Set.copyOf(more), annotated);
    }

    /** These, with one more string rejected. */
    public RejectedStrings rejecting(String text, String label) {
        Key key = Key.of(text, label);
        if (annotated.contains(key) || rejected.contains(key)) {
            return this;
        }
        Set<Key> more = new HashSet<>(rejected);
        more.add(key);
        return new RejectedStrings(Set.copyOf(more), annotated);
    }

    /** These, with one more string annotated: it may be suggested again. */
    public RejectedStrings annotating(String text, String label) {
        Key key = Key.of(text, label);
        if (annotated.contains(key)) {
            return this;
        }
        Set<Key> fewer = new HashSet<>(rejected);
        fewer.remove(key);
        Set<Key> more = new HashSet<>(annotated);
        more.add(key);
        return new RejectedStrings(Set.copyOf(fewer), Set.copyOf(more));
    }

    /**
     * The suggestions whose words were not rejected with their label; {@code annotations}, the article's own as
     * they stand, count as annotated (so what propagation proposes from them is never left out).
     */
    public List<Suggestion> without(ArticleText text, List<Suggestion> offered, List<Annotation> annotations) {
        if (rejected.isEmpty()) {
            return offered;
        }
        return offered.stream().filter(keeping(text, annotations)).toList();
    }

    /** What {@link #without} asks of each suggestion, with the article's annotations as they stand. */
    public Predicate<Suggestion> keeping(ArticleText text, List<Annotation> annotations) {
        if (rejected.isEmpty()) {
            return suggestion -> true;
        }
        Set<Key> here = new HashSet<>();
        annotations.forEach(annotation -> here.add(Key.of(text.slice(annotation.span()), annotation.label())));
        return suggestion -> {
            Key key = Key.of(text.slice(suggestion.span()), suggestion.label());
            return !rejected.contains(key) || here.contains(key);
        };
    }

    /** Whether these words are rejected with this label: annotating them or not changes what is left out. */
    public boolean rejects(String text, String label) {
        return rejected.contains(Key.of(text, label));
    }

    /** Whether both leave out the same strings. */
    public boolean rejectsAs(RejectedStrings other) {
        return rejected.equals(other.rejected);
    }
}

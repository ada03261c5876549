package app.hamish.model;

/**
 * The articles of one import, handed over one at a time as they are read, in the order of their files, so that the
 * workspace can store the first while the rest are still being read.
 */
@FunctionalInterface
public interface ArticleFeed {
    /**
     * The next article, or null after the last. Throws the refusal of the files (every problem of every file, in
     * their order) instead of the null when any was found: a consumer that stores what it got before must undo it.
     */
    PreparedArticle next();
}

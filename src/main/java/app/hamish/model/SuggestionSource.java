package app.hamish.model;

import java.util.Locale;

/** What proposed a suggestion. */
public enum SuggestionSource {
    /** A cue from the unverified-source lexicon matched. */
    LEXICON,
    /** The same text is annotated elsewhere in the article. */
    PROPAGATION,
    /** The same text is annotated in another article (offered when the analyst asks for it). */
    CORPUS,
    /** A reporting verb followed by أن/إن introduced the clause, proposed as a claim. */
    REPORTING,
    /** The entity model trained on the workspace's annotations found a name. */
    RECOMMENDER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package app.hamish.model;

/**
 * What a merge brought in, and what it kept as it was because both sides disagreed (the local side wins; the
 * other side's work is never written over local work).
 */
public record MergeReport(int articles, int annotators, int annotations, int relations, int decisions, int states,
                          int rejectedSuggestions, int auditEntries, int keptLocalDecisions, int keptLocalStates) {
    public boolean changedNothing() {
        return articles + annotators + annotations + relations + decisions + states + rejectedSuggestions
                + auditEntries == 0;
    }
}

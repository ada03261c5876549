package app.hamish.model;

import java.util.List;

/**
 * What a merge brought in: new rows, later changes to rows both sides have ({@code changed*}), and the local rows it
 * kept because they are the later change ({@code keptLocal*}). {@code conflicts} names each row both sides changed,
 * which change won and which was kept in the audit log; {@code unlistedReviewers} each decision or sign-off by a
 * reviewer this workspace does not list, brought in as submitted work or not at all.
 */
public record MergeReport(int articles, int annotators, int annotations, int relations, int decisions, int states,
                          int rejectedSuggestions, int auditEntries, int keptLocalDecisions, int keptLocalStates,
                          int changedAnnotations, int changedDecisions, int changedStates, List<String> conflicts,
                          List<String> unlistedReviewers) {
    public MergeReport {
        conflicts = List.copyOf(conflicts);
        unlistedReviewers = List.copyOf(unlistedReviewers);
    }

    public boolean changedNothing() {
        return articles + annotators + annotations + relations + decisions + states + rejectedSuggestions
                + auditEntries + changedAnnotations + changedDecisions + changedStates == 0;
    }
}

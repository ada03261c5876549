package app.hamish.cli;

import app.hamish.model.MergeReport;
import java.io.PrintWriter;

/** How {@code merge} and {@code push} say what a merge did: counts, then each conflict and unlisted reviewer's work. */
final class MergeReports {
    private MergeReports() {
    }

    static void print(MergeReport report, String source, PrintWriter out) {
        if (report.changedNothing()) {
            out.printf("Nothing new in %s.%n", source);
        } else {
            out.printf("Merged %s: %d article(s), %d annotator(s), %d annotation(s), %d relation(s), "
                            + "%d decision(s), %d review state(s), %d rejected suggestion(s), %d audit entries; "
                            + "later changes to %d annotation(s), %d decision(s), %d review state(s).%n",
                    source, report.articles(), report.annotators(), report.annotations(), report.relations(),
                    report.decisions(), report.states(), report.rejectedSuggestions(), report.auditEntries(),
                    report.changedAnnotations(), report.changedDecisions(), report.changedStates());
        }
        if (report.keptLocalDecisions() + report.keptLocalStates() > 0) {
            out.printf("Kept the later local version of %d decision(s) and %d review state(s) that differ in %s.%n",
                    report.keptLocalDecisions(), report.keptLocalStates(), source);
        }
        report.conflicts().forEach(conflict -> out.printf("Conflict: %s; the other is kept in the audit log.%n",
                conflict));
        report.unlistedReviewers().forEach(work -> out.printf("Not a reviewer here: %s.%n", work));
    }
}

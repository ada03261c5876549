package app.hamish.model;

import java.util.List;

/** What an import added, and what it skipped because the workspace already held the same text. */
public record ImportReport(List<Article> imported, List<Duplicate> skipped) {
    public ImportReport {
        imported = List.copyOf(imported);
        skipped = List.copyOf(skipped);
    }

    /** An article skipped because {@code existingExternalId} already has the same text (same SHA-256). */
    public record Duplicate(NewArticle article, String existingExternalId) {
    }
}

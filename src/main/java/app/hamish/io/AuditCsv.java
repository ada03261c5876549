package app.hamish.io;

import app.hamish.model.AuditEntry;
import app.hamish.service.Workspace;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** The audit log as CSV (UTF-8 with a byte-order mark, like the review CSV), oldest entry first. */
public final class AuditCsv {
    static final List<String> COLUMNS = List.of("entry", "at", "actor", "action", "article_id", "annotation_uuid",
            "details");

    private AuditCsv() {
    }

    /** @return the number of entries written */
    public static long write(Workspace workspace, Long articleId, Path destination) throws IOException {
        workspace.requireNotWorkspaceFile(destination);
        long[] count = {0};
        AtomicFile.write(destination, out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write('\uFEFF');
            CsvCells.writeRow(writer, COLUMNS);
            try {
                workspace.review().audit(articleId, entry -> {
                    try {
                        CsvCells.writeRow(writer, row(entry));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    count[0]++;
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            writer.flush();
        });
        return count[0];
    }

    private static List<String> row(AuditEntry entry) {
        return List.of(Long.toString(entry.id()), entry.at().toString(), entry.actor(), entry.action(),
                entry.articleExternalId() == null ? "" : entry.articleExternalId(),
                entry.annotationUuid() == null ? "" : entry.annotationUuid(), entry.details());
    }
}

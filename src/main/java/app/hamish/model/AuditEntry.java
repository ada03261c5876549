package app.hamish.model;

import java.time.Instant;

/**
 * One line of the append-only audit log: who did what, when, to which article and annotation.
 *
 * @param annotationUuid the annotation's stable id (it outlives a deletion), or null
 */
public record AuditEntry(long id, Instant at, String actor, String action, String articleExternalId,
                         String annotationUuid, String details) {
}

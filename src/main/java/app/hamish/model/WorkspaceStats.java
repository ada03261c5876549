package app.hamish.model;

import java.util.SortedMap;

/** Counts for the {@code stats} command and the status bar. */
public record WorkspaceStats(int articles, long annotations, SortedMap<String, Long> annotationsByLabel,
                             SortedMap<String, Long> annotationsByAnnotator) {
}

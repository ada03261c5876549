package app.hamish.service;

import app.hamish.model.Annotation;
import java.util.List;

/**
 * What a reviewer's decision (made, taken back or put back) did to the gold layer: the copies it added and those it
 * removed. The workbench shows these alone instead of reading the article again.
 */
public record GoldChange(List<Annotation> added, List<Annotation> removed) {
    public static final GoldChange NONE = new GoldChange(List.of(), List.of());

    public GoldChange {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }
}

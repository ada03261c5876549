package app.hamish.model;

/** A string annotated somewhere in the corpus, with its label and subtype: what corpus propagation looks for. */
public record AnnotatedText(String text, String label, String subtype) {
}

package app.hamish.model;

/**
 * The words of a suggestion an analyst rejected, with the label and the source it was proposed with.
 *
 * @param source the source's code as the workspace stores it, which a workspace made elsewhere may not know
 */
public record RejectedText(String text, String label, String source) {
}

package app.hamish.ui.session;

import app.hamish.model.Suggestion;
import app.hamish.service.SuggestionService;

/** Records that the analyst rejected a suggestion, so that it is not offered again. */
public record RejectSuggestion(SuggestionService suggestions, Suggestion suggestion) implements Change {
    @Override
    public void apply(EditContext context) {
        context.afterCommit(suggestions.rejectWithin(suggestion, context.article(), context.actor()));
    }
}

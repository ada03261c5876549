package app.hamish.ui.session;

import app.hamish.service.SeenArticleReads;
import app.hamish.service.Workspace;
import app.hamish.store.WorkspaceStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * A workspace on the real store that notes each read of an article's whole list (its annotations, relations,
 * decisions or gold provenance): what an edit must not cost on a long article.
 */
final class WholeArticleReads {
    private final List<SeenArticleReads.Read> reads = new ArrayList<>();

    /** A workspace on the store, noting whole-article reads here. */
    Workspace workspace(WorkspaceStore store) {
        return SeenArticleReads.workspace(store, Clock.systemUTC(), read -> {
            if (read.whole()) {
                reads.add(read);
            }
        });
    }

    /** The reads noted since the last call, which forgets them. */
    List<SeenArticleReads.Read> taken() {
        List<SeenArticleReads.Read> taken = List.copyOf(reads);
        reads.clear();
        return taken;
    }
}

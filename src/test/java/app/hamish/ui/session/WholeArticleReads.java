package app.hamish.ui.session;

import app.hamish.store.WorkspaceStore;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A real workspace store that notes each read of an article's whole list (its annotations, relations, decisions or
 * gold provenance): what an edit must not cost on a long article.
 */
final class WholeArticleReads {
    private static final Set<String> WHOLE = Set.of("annotations", "relations", "decisions", "goldProvenance");

    private final List<String> reads = new ArrayList<>();

    /** The store, noting whole-article reads here. */
    WorkspaceStore around(WorkspaceStore store) {
        return (WorkspaceStore) Proxy.newProxyInstance(WorkspaceStore.class.getClassLoader(),
                new Class<?>[] {WorkspaceStore.class}, (proxy, method, arguments) -> {
                    if (WHOLE.contains(method.getName()) && arguments != null && arguments.length == 1
                            && arguments[0] instanceof Long) {
                        reads.add(method.getName());
                    }
                    try {
                        return method.invoke(store, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** The reads noted since the last call, which forgets them. */
    List<String> taken() {
        List<String> taken = List.copyOf(reads);
        reads.clear();
        return taken;
    }
}

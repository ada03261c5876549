package app.hamish.ui.shell;

import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.Preferences;

/** {@link SessionMemory} in a {@link Preferences} node; workspaces are kept as absolute paths. */
final class PreferencesMemory implements SessionMemory {
    private static final String WORKSPACE = "lastWorkspace";
    private static final String ARTICLE = "lastArticle";
    private static final String GUIDE_DISMISSED = "guideDismissed";
    private final Preferences node;

    PreferencesMemory(Preferences node) {
        this.node = node;
    }

    @Override
    public Optional<Path> lastWorkspace() {
        return Optional.ofNullable(node.get(WORKSPACE, null)).map(Path::of);
    }

    @Override
    public Optional<String> lastArticle(Path workspace) {
        return lastWorkspace().filter(absolute(workspace)::equals).map(last -> node.get(ARTICLE, null));
    }

    @Override
    public void opened(Path workspace, String articleId) {
        node.put(WORKSPACE, absolute(workspace).toString());
        if (articleId == null) {
            node.remove(ARTICLE);
        } else {
            node.put(ARTICLE, articleId);
        }
    }

    @Override
    public boolean guideWanted() {
        return !node.getBoolean(GUIDE_DISMISSED, false);
    }

    @Override
    public void guideNotWanted() {
        node.putBoolean(GUIDE_DISMISSED, true);
    }

    private static Path absolute(Path workspace) {
        return workspace.toAbsolutePath().normalize();
    }
}

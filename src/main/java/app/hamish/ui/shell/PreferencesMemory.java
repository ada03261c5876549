package app.hamish.ui.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.prefs.Preferences;

/** {@link SessionMemory} in a {@link Preferences} node; workspaces are kept as absolute paths. */
final class PreferencesMemory implements SessionMemory {
    private static final Logger LOG = Logger.getLogger(PreferencesMemory.class.getName());
    private static final String WORKSPACE = "lastWorkspace";
    private static final String ARTICLE = "lastArticle";
    private static final String GUIDE_DISMISSED = "guideDismissed";
    /** recent.0 is the latest; the addresses only, as {@link WorkspaceLocation#address()} gives them. */
    private static final String RECENT = "recent.";
    private static final int RECENT_KEPT = 8;
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
    public List<WorkspaceLocation> recentWorkspaces() {
        List<WorkspaceLocation> recent = new ArrayList<>();
        for (String address : recentAddresses()) {
            try {
                recent.add(WorkspaceLocation.parse(address));
            } catch (IllegalArgumentException e) {
                // Not an address or path (written by hand, say): left out of the menu rather than refusing to start.
                LOG.info(() -> "a recent workspace left out: " + e.getMessage());
            }
        }
        return recent;
    }

    @Override
    public void openedWorkspace(WorkspaceLocation location) {
        List<String> addresses = new ArrayList<>(recentAddresses());
        addresses.remove(location.address());
        addresses.addFirst(location.address());
        for (int i = 0; i < RECENT_KEPT; i++) {
            if (i < addresses.size()) {
                node.put(RECENT + i, addresses.get(i));
            } else {
                node.remove(RECENT + i);
            }
        }
    }

    private List<String> recentAddresses() {
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < RECENT_KEPT; i++) {
            String address = node.get(RECENT + i, null);
            if (address != null) {
                addresses.add(address);
            }
        }
        return addresses;
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

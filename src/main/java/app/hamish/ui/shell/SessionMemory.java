package app.hamish.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * What the workbench remembers between runs: the last workspace and article, so a later run carries on where the
 * user stopped, the workspaces opened lately, and whether the first-run guide is still wanted.
 */
public interface SessionMemory {
    /** For renders and benchmarks: remembers nothing, shows no guide, leaves the user's preferences alone. */
    SessionMemory NONE = new SessionMemory() {
        @Override
        public Optional<Path> lastWorkspace() {
            return Optional.empty();
        }

        @Override
        public Optional<String> lastArticle(Path workspace) {
            return Optional.empty();
        }

        @Override
        public void opened(Path workspace, String articleId) {
        }

        @Override
        public List<WorkspaceLocation> recentWorkspaces() {
            return List.of();
        }

        @Override
        public void openedWorkspace(WorkspaceLocation location) {
        }

        @Override
        public boolean guideWanted() {
            return false;
        }

        @Override
        public void guideNotWanted() {
        }
    };

    /**
     * The system property that makes a run remember nothing, with the value {@value #FORGET}: the AOT cache's
     * training starts the workbench twice on a workspace of its own, which must not become the last one of the user
     * who builds; its scratch preferences folder keeps them apart on Linux only, the registry and property lists of
     * Windows and macOS being the user's own (decision 0081).
     */
    String PROPERTY = "hamish.sessionMemory";
    String FORGET = "none";

    /** The user's own memory, beside the remembered annotator name; {@link #NONE} where the run is told to forget. */
    static SessionMemory user() {
        if (FORGET.equals(System.getProperty(PROPERTY))) {
            return NONE;
        }
        return in(Preferences.userRoot().node("app/hamish"));
    }

    static SessionMemory in(Preferences node) {
        return new PreferencesMemory(node);
    }

    Optional<Path> lastWorkspace();

    /** The article last open in this workspace, if it was the last workspace opened. */
    Optional<String> lastArticle(Path workspace);

    /** @param articleId the open article, or null */
    void opened(Path workspace, String articleId);

    /**
     * The workspaces opened lately, the latest first: files, and team servers by their address with the user (never
     * a password, which an address cannot hold), for File → Open Recent.
     */
    List<WorkspaceLocation> recentWorkspaces();

    /** Puts a workspace first among the recent ones. */
    void openedWorkspace(WorkspaceLocation location);

    boolean guideWanted();

    void guideNotWanted();
}

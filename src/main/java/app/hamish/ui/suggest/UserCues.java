package app.hamish.ui.suggest;

import app.hamish.io.CueFiles;
import app.hamish.io.InputException;
import app.hamish.model.CueLexicon;
import app.hamish.service.CueLexicons;
import app.hamish.ui.shell.DataFolder;
import java.util.List;
import java.util.function.Consumer;

/** The unverified-source cues the workbench suggests from: Hamish's list and the user's, in their data folder. */
public final class UserCues {
    private UserCues() {
    }

    /** An unreadable list of the user's is reported and left out: suggestions are help, not a reason to stop. */
    public static CueLexicon load(Consumer<String> problem) {
        try {
            return CueFiles.loadIfPresent(DataFolder.current().resolve(CueLexicons.FILE_NAME));
        } catch (InputException e) {
            problem.accept(e.getMessage());
            return CueLexicons.load(List.of());
        }
    }
}

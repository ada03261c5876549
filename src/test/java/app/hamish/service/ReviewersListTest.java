package app.hamish.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.hamish.model.Annotator;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who a workspace lists as its reviewers: the first to act as one, then whom a listed reviewer adds. */
class ReviewersListTest {
    @TempDir
    Path folder;

    @Test
    void theFirstReviewerIsListedAndOnlyAListedReviewerAddsAnother() {
        try (Workspace workspace = Workspace.open(folder.resolve("w.db"))) {
            AnnotationService people = workspace.annotations();
            Annotator rana = people.annotator("rana", Annotator.Role.REVIEWER);
            Annotator samir = people.annotator("samir", Annotator.Role.REVIEWER);
            Annotator mona = people.annotator("mona", Annotator.Role.ANNOTATOR);
            assertThat(people.isListedReviewer(rana)).isTrue();
            assertThat(people.isListedReviewer(samir)).isFalse();

            Annotator omar = people.annotator("omar", Annotator.Role.REVIEWER);
            assertThatThrownBy(() -> people.addReviewer(omar, samir)).isInstanceOf(RefusedException.class)
                    .hasMessage("samir is not a reviewer of this workspace: only one of its reviewers adds another.");
            assertThatThrownBy(() -> people.addReviewer(mona, rana)).isInstanceOf(RefusedException.class)
                    .hasMessageContaining("mona already annotates in this workspace and stays an annotator");
            people.addReviewer(samir, rana);
            assertThat(people.isListedReviewer(samir)).isTrue();
            people.addReviewer(omar, samir);
            assertThat(people.isListedReviewer(omar)).isTrue();
        }
    }
}

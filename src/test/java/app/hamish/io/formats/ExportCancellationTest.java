package app.hamish.io.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.hamish.StoreBackend;
import app.hamish.TestFiles;
import app.hamish.io.Progress;
import app.hamish.model.ExportFilter;
import app.hamish.service.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every exporter reports progress per article, and a cancelled export leaves the destination as it was. */
@ParameterizedClass
@EnumSource(StoreBackend.class)
class ExportCancellationTest {
    @Parameter
    StoreBackend backend;
    /** The workspaces of one test, by name: a file each, or a database each on the server. */
    private final Map<String, StoreBackend.Place> places = new HashMap<>();
    @TempDir
    Path folder;

    static List<String> formats() {
        return Formats.names();
    }

    @ParameterizedTest
    @MethodSource("formats")
    void cancellingKeepsTheOldFileAndProgressCountsArticles(String name) throws Exception {
        Formats.Format format = Formats.named(name).orElseThrow();
        try (Workspace workspace = place("w").workspace()) {
            Fixtures.annotateHardText(workspace);
            Fixtures.importText(workspace, "b", "خبر ثان");
            Fixtures.importText(workspace, "c", "خبر ثالث");
            Path destination = TestFiles.write(folder.resolve("out"), "the previous export");
            List<Long> reported = new ArrayList<>();
            Progress cancelAfterOne = new Progress() {
                @Override
                public void update(long done, long total) {
                    reported.add(done);
                    assertThat(total).isEqualTo(3);
                }

                @Override
                public boolean isCancelled() {
                    return !reported.isEmpty();
                }
            };
            assertThatThrownBy(() -> format.exporter(new Formats.ExportOptions(true))
                    .export(workspace, ExportFilter.ALL, destination, cancelAfterOne))
                    .isInstanceOf(CancellationException.class);
            assertThat(Files.readString(destination)).isEqualTo("the previous export");
            assertThat(reported).containsExactly(1L);
            try (var files = Files.list(folder)) {
                assertThat(files.map(Path::getFileName).map(Path::toString)).noneMatch(f -> f.endsWith(".partial"));
            }
        }
    }

    private StoreBackend.Place place(String name) {
        return places.computeIfAbsent(name, key -> backend.newPlace(folder, key));
    }
}

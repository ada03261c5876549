package app.hamish.io;

import static org.assertj.core.api.Assertions.assertThat;

import app.hamish.WorkspaceTables;
import app.hamish.service.Workspace;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

/**
 * What every import promises, checked on a real workspace: a file is imported, or refused with one of the
 * refusals (an {@link InputException} naming a file for each problem), and a refused file leaves every table as
 * it was. Any other exception is left to propagate, so that a fuzzer reports it as a finding.
 */
public final class ImportContract implements AutoCloseable {
    private final Path file;
    private final Workspace workspace;
    private final List<Class<? extends RuntimeException>> refusals;
    /** Every row before the next import; null after an import changed them, read again before the next. */
    private List<String> rows;

    /** @param refusals besides {@link InputException}, the exceptions that refuse an input without changing it */
    @SafeVarargs
    public ImportContract(Path file, Class<? extends RuntimeException>... refusals) {
        this.file = file;
        this.workspace = Workspace.open(file);
        this.refusals = List.of(refusals);
    }

    public Workspace workspace() {
        return workspace;
    }

    public void check(Runnable importing) throws SQLException {
        if (rows == null) {
            rows = WorkspaceTables.rows(file);
        }
        try {
            importing.run();
            rows = null;
        } catch (InputException refused) {
            assertThat(refused.problems()).isNotEmpty()
                    .allSatisfy(problem -> assertThat(problem.file()).as(problem.toString()).isNotBlank());
            assertUnchanged(refused);
        } catch (RuntimeException e) {
            if (refusals.stream().noneMatch(refusal -> refusal.isInstance(e))) {
                throw e;
            }
            assertUnchanged(e);
        }
    }

    private void assertUnchanged(RuntimeException refused) throws SQLException {
        assertThat(WorkspaceTables.rows(file)).as("tables after refusing: %s", refused.getMessage()).isEqualTo(rows);
    }

    @Override
    public void close() {
        workspace.close();
    }
}

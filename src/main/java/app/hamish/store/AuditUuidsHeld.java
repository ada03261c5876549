package app.hamish.store;

import java.sql.SQLException;

/** Which audit entries a merge copies: each whose uuid the log does not hold yet, once (decision 0089). */
interface AuditUuidsHeld extends AutoCloseable {
    /** A log whose unique index of uuids makes the merge's insert skip those it holds. */
    AuditUuidsHeld BY_THE_LOGS_INDEX = new AuditUuidsHeld() {
        @Override
        public boolean takeIfNew(String uuid) {
            return true;
        }

        @Override
        public void close() {
        }
    };

    /** Whether no entry of the log, nor one copied before, has {@code uuid}; from now on one has. */
    boolean takeIfNew(String uuid) throws SQLException;

    @Override
    void close() throws SQLException;
}

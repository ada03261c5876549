package app.hamish.store;

import java.sql.SQLException;
import java.util.List;

/**
 * What differs between the SQL engines a workspace lives in: how a transaction starts and holds off other writers,
 * and how the engine's errors read. Every statement that reads or writes rows is the same on both (decision 0021).
 */
interface SqlDialect {
    /** Statements that start a write transaction in which no other writer can run. */
    List<String> beginWrite();

    /** The statement that starts a read transaction seeing one committed snapshot. */
    String beginRead();

    /** Why a statement failed, in the user's words; the engine's own message where there are none. */
    String reason(SQLException e);

    /** Whether a failed ROLLBACK only says that the engine had already rolled the transaction back itself. */
    boolean alreadyRolledBack(SQLException rollbackFailure);

    /** Whether the connection is gone (a server that went away); a file's connection never is. */
    default boolean connectionLost(SQLException e) {
        return false;
    }
}

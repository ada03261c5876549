package app.hamish.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of work run inside one transaction on the workspace connection. */
@FunctionalInterface
interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}

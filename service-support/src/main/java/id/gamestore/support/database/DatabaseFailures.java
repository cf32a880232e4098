package id.gamestore.support.database;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;

import org.hibernate.exception.JDBCConnectionException;

/**
 * Says whether a failure means "this service's database cannot be reached right now" (the message is good, only the
 * database is gone), as opposed to a failure of the message or the code. Walks the whole cause chain (and each
 * {@link SQLException}'s next exceptions), because JTA, Hibernate and Agroal wrap the driver's error differently
 * depending on where the connection died: at acquisition, mid-statement or at commit.
 */
public final class DatabaseFailures {
    /** PostgreSQL: the server is shutting down (admin or crash) or not accepting connections yet. */
    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");

    private DatabaseFailures() {
    }

    public static boolean isUnreachable(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && unreachable(sql, seen)) {
                return true;
            }
        }
        return false;
    }

    private static boolean unreachable(SQLException first, Set<Throwable> seen) {
        for (SQLException e = first; e != null; e = e.getNextException()) {
            String state = e.getSQLState();
            if (state != null && (state.startsWith("08") || SERVER_GOING_AWAY.contains(state))) {
                return true;
            }
            // Agroal: no connection came free (the pool's connections died with the database) before the timeout
            String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
            if (state == null && message.contains("acquisition timeout")) {
                return true;
            }
            if (e != first && !seen.add(e)) {
                return false;
            }
        }
        return false;
    }
}

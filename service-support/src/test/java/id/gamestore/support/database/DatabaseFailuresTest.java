package id.gamestore.support.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;

import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {

    @Test
    void aRefusedOrDroppedConnectionIsUnreachableWhereverItIsWrapped() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001");
        SQLException ioError = new SQLException("An I/O error occurred while sending to the backend.", "08006",
                new SocketException("Broken pipe"));
        assertThat(DatabaseFailures.isUnreachable(refused)).isTrue();
        assertThat(DatabaseFailures.isUnreachable(new PersistenceException("flush",
                new GenericJDBCException("JDBC exception executing SQL", ioError)))).isTrue();
        assertThat(DatabaseFailures.isUnreachable(new TransactionalException("commit failed", wrap(ioError))))
                .isTrue();
        assertThat(DatabaseFailures.isUnreachable(new JDBCConnectionException("Unable to acquire JDBC Connection",
                new SQLException("The connection attempt failed.", "08001", new EOFException())))).isTrue();
        assertThat(DatabaseFailures.isUnreachable(new SQLTransientConnectionException("pool exhausted"))).isTrue();
    }

    @Test
    void aServerShuttingDownOrStartingIsUnreachable() {
        for (String state : new String[] {"57P01", "57P02", "57P03"}) {
            assertThat(DatabaseFailures.isUnreachable(new RuntimeException(new SQLException("shutdown", state))))
                    .as(state).isTrue();
        }
    }

    @Test
    void anAgroalAcquisitionTimeoutIsUnreachable() {
        assertThat(DatabaseFailures.isUnreachable(new GenericJDBCException("Unable to acquire JDBC Connection",
                new SQLException("Acquisition timeout while waiting for new connection")))).isTrue();
        assertThat(DatabaseFailures.isUnreachable(new SQLException("Sorry, acquisition timeout!"))).isTrue();
    }

    @Test
    void aChainedNextExceptionCounts() {
        SQLException batch = new SQLException("Batch entry 0 was aborted", "42000");
        batch.setNextException(new SQLException("An I/O error occurred", "08006"));
        assertThat(DatabaseFailures.isUnreachable(batch)).isTrue();
    }

    @Test
    void problemsOfTheDataOrTheCodeAreNotUnreachability() {
        assertThat(DatabaseFailures.isUnreachable(new ConstraintViolationException("duplicate key",
                new SQLException("duplicate key value", "23505"), "pk"))).isFalse();
        assertThat(DatabaseFailures.isUnreachable(new SQLException("relation does not exist", "42P01"))).isFalse();
        assertThat(DatabaseFailures.isUnreachable(new SQLException("deadlock detected", "40P01"))).isFalse();
        assertThat(DatabaseFailures.isUnreachable(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseFailures.isUnreachable(new NullPointerException())).isFalse();
    }

    @Test
    void aCyclicCauseChainEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertThat(DatabaseFailures.isUnreachable(a)).isFalse();
    }

    private static RuntimeException wrap(Throwable t) {
        return new PersistenceException("wrapped", t);
    }
}

package org.mentorship.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransactionException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.mentorship.platform.problem.PlatformProblems;
import org.mentorship.platform.problem.ProblemException;

/**
 * Failures that pass are retried, never dead-lettered. Each is produced for real against the test PostgreSQL (or a
 * real Agroal pool, a real hung socket, Narayana's real timeout) and wrapped as Hibernate wraps it in a service. Each
 * was seen to fail once by breaking the classification it checks (see the commit that made them).
 */
class TransientFailuresTest {

    @Test
    void anExhaustedPoolIsTransient() throws SQLException {
        SQLException e = RealFailures.poolExhausted();
        assertThat(e.getMessage()).contains("acquisition timeout");
        assertThat(e.getSQLState()).isNull();
        assertTransient(e);
    }

    @Test
    void aStatementTimeoutIsTransient() throws SQLException {
        SQLException e = RealFailures.statementTimeout();
        assertThat(e.getSQLState()).isEqualTo("57014");
        assertTransient(e);
    }

    @Test
    void aLockTimeoutIsTransient() throws SQLException {
        SQLException e = RealFailures.lockTimeout();
        assertThat(e.getSQLState()).isEqualTo("55P03");
        assertTransient(e);
    }

    @Test
    void aReadOnlyTransactionIsTransient() throws SQLException {
        // A primary demoted to a standby during failover answers every write like this until the client reconnects.
        SQLException e = RealFailures.readOnly();
        assertThat(e.getSQLState()).isEqualTo("25006");
        assertTransient(e);
    }

    @Test
    void aDatabaseThatIsDownOrHangsIsTransient() throws Exception {
        SQLException refused = RealFailures.connectionRefused();
        SQLException hung = RealFailures.hungConnect();
        assertThat(refused.getSQLState()).isEqualTo("08001");
        assertThat(hung.getMessage()).contains("timed out");
        assertTransient(refused);
        assertTransient(hung);
    }

    @Test
    void aTransactionTimeoutIsTransient() throws Exception {
        Exception e = RealFailures.transactionTimeout();
        assertThat(e).isInstanceOf(jakarta.transaction.RollbackException.class);
        // QuarkusTransaction.call wraps what commit throws.
        assertThat(TransientFailures.isTransient(new QuarkusTransactionException(e)))
                .isTrue();
    }

    @Test
    void aMissingGrantIsTheDeploymentsFaultNotTheEventsSoItIsTransient() throws SQLException {
        SQLException e = RealFailures.withoutGrant();
        assertThat(e.getSQLState()).isEqualTo("42501");
        assertTransient(e);
    }

    @Test
    void aStateThatMayComeLaterAndConcurrencyConflictsAreTransient() {
        assertThat(TransientFailures.isTransient(new IllegalStateException("no such installment yet")))
                .isTrue();
        assertThat(TransientFailures.isTransient(ProblemException.notFound("Completion record", "m-1")))
                .isTrue();
        assertThat(TransientFailures.isTransient(PlatformProblems.STALE_WRITE.with("retry")))
                .isTrue();
    }

    /** As JDBC throws it (a handler using a connection directly) and as Hibernate wraps it. */
    private static void assertTransient(SQLException e) {
        assertThat(TransientFailures.isTransient(e)).as("as thrown: %s", e).isTrue();
        assertThat(TransientFailures.isTransient(RealFailures.asHibernate(e)))
                .as("wrapped by Hibernate: %s", e)
                .isTrue();
    }

    @Test
    void aPassingFailureAnywhereInTheChainWinsOverADeterministicLookingWrapper() throws SQLException {
        // E.g. a handler turning any failure into a refusal: the timeout underneath still passes.
        SQLException timeout = RealFailures.statementTimeout();
        assertThat(TransientFailures.isTransient(
                        new IllegalArgumentException("cannot apply", RealFailures.asHibernate(timeout))))
                .isTrue();
    }
}

package org.mentorship.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.mentorship.contracts.EventJson;
import org.mentorship.platform.problem.ProblemType;

/**
 * Only what is provably about the event is dead-lettered: a malformed event, PostgreSQL refusing the data
 * (SQLState 22, 23, 42), a named domain refusal. Each failure is produced for real (the contract reader, the test
 * PostgreSQL) and wrapped as Hibernate wraps it.
 */
class DeterministicFailuresTest {

    @Test
    void aMalformedEventIsDeterministic() {
        Throwable notJson = catchThrowable(() -> EventJson.read("EvaluationPassed", "{\"this is\": not json"));
        Throwable unknownType = catchThrowable(() -> EventJson.read("NoSuchEvent", "{}"));
        assertThat(TransientFailures.deterministic(notJson)).isPresent();
        assertThat(TransientFailures.deterministic(unknownType)).isPresent();
    }

    @Test
    void dataPostgresqlRefusesIsDeterministic() throws SQLException {
        SQLException unique = RealFailures.failing(
                "create temp table once_only (id int primary key); insert into once_only values (1); insert into once_only values (1)");
        SQLException division = RealFailures.failing("select 1 / 0");
        SQLException syntax = RealFailures.failing("selec 1");
        assertThat(unique.getSQLState()).isEqualTo("23505");
        assertThat(division.getSQLState()).isEqualTo("22012");
        assertThat(syntax.getSQLState()).isEqualTo("42601");
        for (SQLException e : new SQLException[] {unique, division, syntax}) {
            assertThat(TransientFailures.deterministic(RealFailures.asHibernate(e)))
                    .as(e.getSQLState())
                    .hasValueSatisfying(reason -> assertThat(reason).contains(e.getSQLState()));
        }
    }

    @Test
    void namedDomainRefusalsAreDeterministic() {
        class TermRefused extends RuntimeException implements EventRefusal {
            TermRefused() {
                super("The term ends before it starts");
            }
        }
        assertThat(TransientFailures.isTransient(new TermRefused())).isFalse();
        assertThat(TransientFailures.isTransient(
                        new ProblemType(409, "mentorship-ended", "Ended", "it has ended").with("it has ended")))
                .isFalse();
        assertThat(TransientFailures.isTransient(new ProblemType(422, "bad-split", "Bad split", "50/60").with("50/60")))
                .isFalse();
        assertThat(TransientFailures.isTransient(new IllegalArgumentException("The term ends before it starts")))
                .isFalse();
    }

    @Test
    void aRefusalDeepInTheChainIsFoundBehindWrappers() throws SQLException {
        SQLException unique = RealFailures.failing(
                "create temp table twice (id int primary key); insert into twice values (1); insert into twice values (1)");
        RuntimeException wrapped = new IllegalStateException(
                "flush at commit", new jakarta.persistence.PersistenceException(RealFailures.asHibernate(unique)));
        assertThat(TransientFailures.deterministic(wrapped))
                .hasValueSatisfying(reason -> assertThat(reason).contains("23505"));
    }
}

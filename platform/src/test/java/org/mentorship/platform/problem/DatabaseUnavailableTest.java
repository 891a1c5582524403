package org.mentorship.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mentorship.platform.inbox.RealFailures;

/** Which failures, thrown for real by Agroal, pgjdbc and Hibernate against PostgreSQL, a request answers 503 for. */
class DatabaseUnavailableTest {

    @Test
    void anExhaustedPoolIsUnavailable() throws Exception {
        assertThat(DatabaseUnavailable.is(RealFailures.asHibernate(RealFailures.poolExhausted())))
                .isTrue();
    }

    @Test
    void aDatabaseThatIsDownOrHungIsUnavailable() throws Exception {
        assertThat(DatabaseUnavailable.is(RealFailures.asHibernate(RealFailures.connectionRefused())))
                .isTrue();
        assertThat(DatabaseUnavailable.is(RealFailures.asHibernate(RealFailures.hungConnect())))
                .isTrue();
    }

    @Test
    void aLockOrStatementTimeoutIsUnavailable() throws Exception {
        assertThat(DatabaseUnavailable.is(RealFailures.asHibernate(RealFailures.lockTimeout())))
                .isTrue();
        assertThat(DatabaseUnavailable.is(RealFailures.asHibernate(RealFailures.statementTimeout())))
                .isTrue();
    }

    @Test
    void refusedDataOrAMissingGrantIsNot() throws Exception {
        assertThat(DatabaseUnavailable.is(RealFailures.asHibernate(RealFailures.failing("select 1/0"))))
                .isFalse();
        assertThat(DatabaseUnavailable.is(RealFailures.asHibernate(RealFailures.withoutGrant())))
                .isFalse();
        assertThat(DatabaseUnavailable.is(new IllegalStateException("a bug"))).isFalse();
    }
}

package org.mentorship.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.mentorship.contracts.MalformedEventException;

class TransientFailuresTest {

    @Test
    void aLostConnectionDeepInTheChainIsTransient() {
        RuntimeException wrapped = new RuntimeException("tx failed",
                new IllegalStateException("flush", new SQLException("connection refused", "08001")));
        assertThat(TransientFailures.isTransient(wrapped)).isTrue();
        assertThat(TransientFailures.isTransient(new RuntimeException(new SQLTransientConnectionException("pool")))).isTrue();
    }

    @Test
    void deadlocksSerializationFailuresAndShutdownsAreTransient() {
        assertThat(TransientFailures.isTransient(new RuntimeException(new SQLException("deadlock", "40P01")))).isTrue();
        assertThat(TransientFailures.isTransient(new RuntimeException(new SQLException("serialize", "40001")))).isTrue();
        assertThat(TransientFailures.isTransient(new RuntimeException(new SQLException("admin shutdown", "57P01")))).isTrue();
    }

    @Test
    void bugsAndBadDataAreNot() {
        assertThat(TransientFailures.isTransient(new IllegalStateException("no such installment"))).isFalse();
        assertThat(TransientFailures.isTransient(new RuntimeException(new SQLException("unique violation", "23505")))).isFalse();
        assertThat(TransientFailures.isTransient(new MalformedEventException("bad"))).isFalse();
    }
}

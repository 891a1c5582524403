package org.mentorship.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mentorship.platform.outbox.Delivered.allDeliveries;
import static org.mentorship.platform.outbox.Delivered.readFor;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** A row this build cannot encode is parked with its reason; its aggregate waits behind it, the rest flows. */
class RelayParkingTest {

    private RelayFixture db;
    private RelayWorker relay;

    @BeforeEach
    void createDatabase() throws Exception {
        db = new RelayFixture();
    }

    @AfterEach
    void stop() throws Exception {
        if (relay != null) {
            relay.stop();
        }
        db.close();
    }

    @Test
    void anUnencodableRowIsParkedAndHoldsOnlyItsOwnAggregate() throws Exception {
        UUID stuck = UUID.randomUUID();
        UUID flowing = UUID.randomUUID();
        // Written by a newer build, then rolled back: this build does not know the type.
        UUID unknown = db.insert(stuck, 1, "EvaluationPassedV9");
        UUID behind = db.insert(stuck, 2);
        UUID other = db.insert(flowing, 1);
        relay = start(db.relay());

        await().atMost(Duration.ofSeconds(20)).until(() -> db.isSent(other) && isParked(unknown));
        // One more round after the parking: the held row must still not have gone.
        UUID later = db.insert(flowing, 2);
        await().atMost(Duration.ofSeconds(20)).until(() -> db.isSent(later));

        assertThat(db.isSent(behind)).isFalse();
        assertThat(isParked(behind)).isFalse();
        assertThat((String) db.value("select parked_reason from outbox_event where id = ?", unknown))
                .contains("Unknown event type EvaluationPassedV9");
        OutboxStatus.Snapshot status = new OutboxStatus(dataSource(), null).snapshot();
        assertThat(status.parked()).isEqualTo(1);
        assertThat(status.held()).isEqualTo(1);
        assertThat(status.pending()).isZero();
    }

    @Test
    void theNextActiveRelayRetriesParkedRowsAndTheirAggregateInOrder() throws Exception {
        UUID stuck = UUID.randomUUID();
        UUID unknown = db.insert(stuck, 1, "EvaluationPassedV9");
        db.insert(stuck, 2);
        relay = start(db.relay());
        await().atMost(Duration.ofSeconds(20)).until(() -> isParked(unknown));

        // A build that knows the row (played here by correcting its type) becomes the relay.
        relay.stop();
        db.update("update outbox_event set type = 'EvaluationPassed' where id = ?", unknown);
        relay = start(db.relay());

        await().atMost(Duration.ofSeconds(20)).until(() -> db.unsent() == 0);
        assertThat(allDeliveries(readFor(stuck, 2))).containsExactly(1, 2);
        assertThat(db.value("select count(*) from outbox_event where parked_at is not null"))
                .isEqualTo(0L);
    }

    private boolean isParked(UUID id) throws Exception {
        return db.value("select parked_at is not null from outbox_event where id = ?", id) == Boolean.TRUE;
    }

    private PGSimpleDataSource dataSource() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(db.jdbcUrl());
        ds.setUser(org.mentorship.testsupport.TestPostgres.get().user());
        ds.setPassword(org.mentorship.testsupport.TestPostgres.get().password());
        return ds;
    }

    private static RelayWorker start(RelayWorker worker) {
        RelayFixture.start(worker);
        return worker;
    }
}

package org.mentorship.stipend.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.contracts.events.StipendCancelled;
import org.mentorship.platform.outbox.Outbox;
import org.mentorship.stipend.support.Db;
import org.mentorship.stipend.support.StipendFixture;

/**
 * A service writes to its outbox only events of the topic it owns (contracts' TopicOwner): the relay sends every
 * row as this service, so another topic's event would be dead-lettered by every consumer; it fails at once instead.
 */
@QuarkusTest
class OutboxOwnTopicTest {

    @Inject
    Outbox outbox;

    @Inject
    Db db;

    @Test
    void anEventOfAnotherServicesTopicIsRefusedAndNothingIsWritten() {
        UUID mentorship = UUID.randomUUID();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                        .run(() -> outbox.publish(StipendFixture.pass(mentorship, 2, 3))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("evaluation-service's");
        assertThat(db.count("select count(*) from outbox_event where aggregateid = ?1", mentorship.toString()))
                .isZero();
    }

    @Test
    void anEventOfItsOwnTopicIsWritten() {
        UUID mentorship = UUID.randomUUID();
        QuarkusTransaction.requiringNew()
                .run(() ->
                        outbox.publish(new StipendCancelled(UUID.randomUUID(), mentorship, 2, "test", Instant.now())));
        assertThat(db.count("select count(*) from outbox_event where aggregateid = ?1", mentorship.toString()))
                .isEqualTo(1);
    }
}

package org.mentorship.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mentorship.platform.outbox.Delivered.allDeliveries;
import static org.mentorship.platform.outbox.Delivered.readFor;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorship.testsupport.TestKafka;

/** A send Kafka refuses stops its aggregate at that row; the other aggregates go on; order holds on the retry. */
class RelayKeyOrderTest {

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
    void aFailedSendStopsItsAggregateUntilTheRetryAndTheOthersGoOn() throws Exception {
        UUID late = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        UUID late1 = db.insert(late, 1);
        UUID other1 = db.insert(other, 1);
        UUID late2 = db.insert(late, 2);
        UUID other2 = db.insert(other, 2);
        UUID late3 = db.insert(late, 3);
        UUID other3 = db.insert(other, 3);
        // The broker refuses the first send of late's first row; every other send goes to the real broker.
        FlakyProducer producer = db.track(FlakyProducer.failingOnce(
                TestKafka.get().bootstrapServers(),
                record -> FlakyProducer.eventId(record).equals(late1.toString())));
        relay = new RelayWorker(db.settings(), producer);
        RelayFixture.start(relay);

        await().atMost(Duration.ofSeconds(20)).until(() -> db.unsent() == 0);

        List<String> taken = producer.attempts().stream()
                .filter(FlakyProducer.Attempt::taken)
                .map(FlakyProducer.Attempt::eventId)
                .toList();
        List<String> tried =
                producer.attempts().stream().map(FlakyProducer.Attempt::eventId).toList();
        // Nothing of late's was even tried between its refused first row and that row's retry.
        int refused = tried.indexOf(late1.toString());
        int retry = refused + 1 + tried.subList(refused + 1, tried.size()).indexOf(late1.toString());
        assertThat(retry).isGreaterThan(refused);
        assertThat(tried.subList(refused + 1, retry)).doesNotContain(late2.toString(), late3.toString());
        // The other aggregate was not held up by the failure: all of it went before late's retry.
        assertThat(taken.subList(0, taken.indexOf(late1.toString())))
                .contains(other1.toString(), other2.toString(), other3.toString());
        // On the topic: late's rows once each, in order; no later row landed before the first.
        assertThat(allDeliveries(readFor(late, 3))).containsExactly(1, 2, 3);
        assertThat(allDeliveries(readFor(other, 3))).containsExactly(1, 2, 3);
        assertThat(relay.failedSends()).isEqualTo(1);
    }
}

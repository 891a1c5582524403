package org.mentorship.stipend.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.stipend.support.Db;
import org.mentorship.stipend.support.StipendFixture;
import org.mentorship.stipend.support.StipendFixture.Mentorship;
import org.mentorship.testsupport.TestPostgres;

/**
 * PostgreSQL stops for real (fast shutdown: sessions cut, connections refused) while an event waits: the consumer
 * holds it, readiness goes DOWN naming the consumer, and once the server is back the event is applied once, readiness
 * is UP, later events flow, nothing was dead-lettered, and nothing was restarted.
 * <p>
 * The outage outlasts every limit that could end a consumer: Kafka's max.poll.interval.ms is scaled down to 5 s here
 * (the consumer keeps polling, partitions paused, while the inbox holds the event), and SmallRye's unprocessed-record
 * age check, which closed the consumer after 60 s, is off in the shared config (setting it to 5000 in the profile below
 * is the way to see this test fail: the connector then closes the consumer for good). The outage lasts 20 s by
 * default, {@code -Dmentorship.test.outage-seconds=90} for the full-length run.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.ShortConsumerLimits.class)
class DatabaseOutageTest {

    private static final String CONSUMER = EvaluationEventsConsumer.CONSUMER;
    private static final Duration OUTAGE = Duration.ofSeconds(Long.getLong("mentorship.test.outage-seconds", 20));

    /** Consumer limits scaled down so that an outage of seconds outlasts them; quick retries once the server is back. */
    public static class ShortConsumerLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "mp.messaging.incoming.evaluation-events.max.poll.interval.ms",
                    "5000",
                    "mentorship.inbox.retry.max-delay",
                    "1s");
        }
    }

    private final StipendFixture fixture = new StipendFixture();

    @Inject
    Db db;

    @Test
    void aConsumerHeldThroughADatabaseOutageAppliesTheEventOnceAndConsumesAgainByItself() throws InterruptedException {
        TestPostgres postgres = TestPostgres.get();
        assumeTrue(postgres.stoppable(), "an external PostgreSQL is not this test's to stop");
        Mentorship held = fixture.eligible();
        Mentorship later = fixture.eligible();
        UUID eventId = UUID.randomUUID();

        postgres.stopServer();
        Instant stopped = Instant.now();
        try {
            fixture.publish(StipendFixture.pass(held.id(), 2, 3), eventId, StipendFixture.EVALUATIONS);
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(
                            () -> assertThat(inboxCheck().getString("status")).isEqualTo("DOWN"));
            assertThat(inboxCheck().getString("data.'" + CONSUMER + "'")).contains(eventId.toString());
            Thread.sleep(Math.max(
                    0, Duration.between(Instant.now(), stopped.plus(OUTAGE)).toMillis()));
            assertThat(inboxCheck().getString("status"))
                    .as("still held at the end of the outage")
                    .isEqualTo("DOWN");
        } finally {
            postgres.startServer();
        }
        Instant back = Instant.now();

        fixture.awaitPayments(held.id(), 1);
        Duration recovery = Duration.between(back, Instant.now());
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(
                        () -> assertThat(inboxCheck().getString("status")).isEqualTo("UP"));
        fixture.passes(later.id(), 2, 3);
        fixture.awaitPayments(later.id(), 1);

        assertThat(db.count("select count(*) from payment where mentorship_id = ?1", held.id()))
                .isEqualTo(1);
        assertThat(db.count("select count(*) from inbox_message where event_id = ?1", eventId))
                .isEqualTo(1);
        assertThat(db.count("select count(*) from dead_letter")).isZero();
        System.out.printf(
                "Outage of %d s: event applied %d ms after PostgreSQL was back%n",
                OUTAGE.toSeconds(), recovery.toMillis());
    }

    /** The inbox's readiness check as /q/health/ready reports it (503 while anything is DOWN). */
    private static JsonPath inboxCheck() {
        JsonPath health = given().get("/q/health/ready").then().extract().jsonPath();
        return new JsonPath(health.prettify()).setRootPath("checks.find { it.name == 'inbox' }");
    }
}

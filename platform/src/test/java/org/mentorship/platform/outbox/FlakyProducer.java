package org.mentorship.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.mentorship.contracts.CloudEventHeaders;

/**
 * The real producer to the test broker, with one injected fault: the first send of the record a test names fails
 * (as a broker would answer it) or throws. It logs every send and its outcome, in order, by CloudEvent id.
 */
final class FlakyProducer extends KafkaProducer<String, String> {

    record Attempt(String eventId, boolean taken) {}

    private final Predicate<ProducerRecord<String, String>> target;
    private final Throwable thrown;
    private boolean injected;
    private final List<Attempt> attempts = Collections.synchronizedList(new ArrayList<>());

    /** The first send matching {@code target} fails asynchronously, as a broker that lost leadership answers. */
    static FlakyProducer failingOnce(String bootstrap, Predicate<ProducerRecord<String, String>> target) {
        return new FlakyProducer(bootstrap, target, null);
    }

    /** The first send of any record throws {@code thrown} from {@code send} itself (an Error, say). */
    static FlakyProducer throwingOnce(String bootstrap, Throwable thrown) {
        return new FlakyProducer(bootstrap, r -> true, thrown);
    }

    private FlakyProducer(String bootstrap, Predicate<ProducerRecord<String, String>> target, Throwable thrown) {
        super(OutboxRelay.producerProperties(bootstrap, "flaky"));
        this.target = target;
        this.thrown = thrown;
    }

    @Override
    public synchronized Future<RecordMetadata> send(ProducerRecord<String, String> record, Callback callback) {
        String id = eventId(record);
        if (!injected && target.test(record)) {
            injected = true;
            attempts.add(new Attempt(id, false));
            if (thrown instanceof Error error) {
                throw error;
            }
            // Answered a moment later, as a broker's error response is (a future failed at once means "no broker").
            CompletableFuture<RecordMetadata> refused = new CompletableFuture<>();
            CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS)
                    .execute(() -> refused.completeExceptionally(
                            new NotLeaderOrFollowerException("injected: broker lost leadership")));
            return refused;
        }
        Future<RecordMetadata> ack = super.send(record, callback);
        attempts.add(new Attempt(id, taken(ack)));
        return ack;
    }

    /** Every send in the order the relay made it, with whether Kafka took it. */
    List<Attempt> attempts() {
        synchronized (attempts) {
            return List.copyOf(attempts);
        }
    }

    static String eventId(ProducerRecord<String, String> record) {
        return new String(record.headers().lastHeader(CloudEventHeaders.ID).value(), StandardCharsets.UTF_8);
    }

    private static boolean taken(Future<RecordMetadata> ack) {
        try {
            ack.get();
            return true;
        } catch (ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

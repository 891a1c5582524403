package org.mentorship.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mentorship.contracts.CloudEventHeaders;
import org.mentorship.contracts.EventJson;
import org.mentorship.contracts.Topics;
import org.mentorship.contracts.events.EvaluationPassed;
import org.mentorship.testsupport.KafkaTestClient;
import org.mentorship.testsupport.TestKafka;

/** What the relays of these tests put on the evaluations topic, read back per mentorship. */
final class Delivered {

    private static final KafkaTestClient KAFKA =
            new KafkaTestClient(TestKafka.get().bootstrapServers());

    /** Every record of one mentorship, once {@code distinct} different events of it have arrived. */
    static List<ConsumerRecord<String, String>> readFor(UUID mentorship, int distinct) {
        String key = mentorship.toString();
        return KAFKA
                .readUntil(
                        Topics.EVALUATIONS,
                        Duration.ofSeconds(20),
                        read -> read.stream()
                                        .filter(r -> key.equals(r.key()))
                                        .map(r -> header(r, CloudEventHeaders.ID))
                                        .distinct()
                                        .count()
                                >= distinct)
                .stream()
                .filter(r -> key.equals(r.key()))
                .toList();
    }

    /** Evaluation numbers in arrival order, each event counted at its first delivery (at-least-once may repeat). */
    static List<Integer> firstDeliveries(List<ConsumerRecord<String, String>> records) {
        Set<String> seen = new HashSet<>();
        List<Integer> numbers = new ArrayList<>();
        for (ConsumerRecord<String, String> r : records) {
            if (seen.add(header(r, CloudEventHeaders.ID))) {
                numbers.add(number(r));
            }
        }
        return numbers;
    }

    /** Evaluation numbers of every delivery, repeats included. */
    static List<Integer> allDeliveries(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(Delivered::number).toList();
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static int number(ConsumerRecord<String, String> record) {
        return EventJson.read(EvaluationPassed.class, record.value()).number();
    }

    private Delivered() {}
}

package org.mentorship.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each event topic has one owner whose source every event on it carries, and carries the catalog's types only. */
class TopicOwnerTest {

    @Test
    void everyCatalogTypeIsCarriedByTheTopicItIsPublishedOn() {
        for (EventCatalog entry : EventCatalog.values()) {
            TopicOwner owner = TopicOwner.ofTopic(entry.topic()).orElseThrow();
            assertTrue(owner.types().contains(entry.type()), entry.type());
            assertEquals(Optional.empty(), TopicOwner.distrust(entry.topic(), owner.source(), entry.type()));
        }
        assertEquals(
                EventCatalog.values().length,
                Arrays.stream(TopicOwner.values())
                        .mapToInt(o -> o.types().size())
                        .sum());
    }

    @Test
    void anEventUnderAnotherSourceIsDistrusted() {
        Optional<String> reason =
                TopicOwner.distrust(Topics.EVALUATIONS, "/mentorship/application-service", "EvaluationPassed");
        assertTrue(reason.orElseThrow().contains("not from its owner"), reason.get());
        assertTrue(TopicOwner.distrust(Topics.EVALUATIONS, null, "EvaluationPassed")
                .isPresent());
    }

    @Test
    void aTypeTheTopicDoesNotCarryIsDistrusted() {
        Optional<String> reason =
                TopicOwner.distrust(Topics.EVALUATIONS, "/mentorship/evaluation-service", "MenteeOnboarded");
        assertTrue(reason.orElseThrow().contains("does not carry"), reason.get());
        assertTrue(TopicOwner.distrust(Topics.EVALUATIONS, "/mentorship/evaluation-service", "NoSuchType")
                .isPresent());
    }

    @Test
    void anUnknownTopicIsDistrusted() {
        assertTrue(TopicOwner.distrust("mentorship.other.v1", "/mentorship/evaluation-service", "EvaluationPassed")
                .isPresent());
    }

    @Test
    void theSourceIsTheOwningServicesName() {
        assertEquals("/mentorship/evaluation-service", TopicOwner.EVALUATIONS.source());
        assertEquals(Optional.of(TopicOwner.STIPENDS), TopicOwner.ofService("stipend-service"));
    }
}

package org.mentorship.system.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

/**
 * Issue 19: a mentee whose stipend installment is earned before they gave payout details is reminded, in the feed
 * the gateway merges from every service (GET /api/v1/me/notifications), by stipend-service.
 */
final class PayeeReminderSteps {

    private final StorySystem sys;
    private final Actors actors;

    PayeeReminderSteps(StorySystem sys, Actors actors) {
        this.sys = sys;
        this.actors = actors;
    }

    /**
     * Waits until the mentee (who gave no payout details, and whose installment is earned) finds stipend-service's
     * payee-details-reminder in their notifications, once; returns it.
     */
    Map<String, Object> menteeWithoutPayeeDetailsIsReminded(String mentee) {
        List<Map<String, Object>> reminders = Steps.eventually(
                actors.id(mentee) + " reminded to give payout details",
                () -> reminders(mentee),
                found -> !found.isEmpty());
        assertThat(reminders).hasSize(1);
        Map<String, Object> reminder = reminders.get(0);
        assertThat(reminder.get("subject").toString()).contains("payout details");
        assertThat(reminder.get("readAt")).isNull();
        Steps.log("%s reminded to give payout details: %s", actors.id(mentee), reminder.get("subject"));
        return reminder;
    }

    private List<Map<String, Object>> reminders(String mentee) {
        List<Map<String, Object>> items = sys.as(actors.mentee(mentee))
                .queryParam("size", 100)
                .get("/api/v1/me/notifications")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        return items.stream()
                .filter(item ->
                        "payee-details-reminder".equals(item.get("kind")) && "stipend".equals(item.get("service")))
                .toList();
    }
}

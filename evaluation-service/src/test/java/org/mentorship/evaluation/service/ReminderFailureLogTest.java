package org.mentorship.evaluation.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mentorship.platform.logging.PersonalData;

/** What a failed reminder logs: the failure's classes and messages, with the recipient's address masked. */
class ReminderFailureLogTest {

    @Test
    void aMailServersRefusalIsLoggedWithItsCausesButWithoutTheRecipientsAddress() {
        RuntimeException failure = new IllegalStateException(
                "Sending failed",
                new RuntimeException("550 5.1.1 <mia@mentors.example.org>: Recipient address rejected"));

        String logged = PersonalData.withoutEmailAddresses(ReminderService.causes(failure));

        assertThat(logged)
                .contains("IllegalStateException: Sending failed", "RuntimeException: 550 5.1.1")
                .doesNotContain("mia@", "@mentors.example.org");
    }
}

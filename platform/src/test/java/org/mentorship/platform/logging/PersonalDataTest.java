package org.mentorship.platform.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PersonalDataTest {

    @Test
    void aMailServersErrorKeepsItsMeaningButNotTheAddress() {
        assertEquals(
                "MailException: 550 5.1.1 <<email>>: Recipient address rejected (to <email>)",
                PersonalData.withoutEmailAddresses(
                        "MailException: 550 5.1.1 <alice.smith+x@example.org>: Recipient address rejected (to bob@mail.example.com)"));
        assertEquals(
                "Connection refused: localhost/127.0.0.1:3025",
                PersonalData.withoutEmailAddresses("Connection refused: localhost/127.0.0.1:3025"));
        assertNull(PersonalData.withoutEmailAddresses(null));
    }
}

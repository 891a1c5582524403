package org.mentorship.platform.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mentorship.platform.person.Channel;
import org.mentorship.platform.person.NoticeKind;

class DeliveryTest {

    @Test
    void aPersonWhoChoseTheFeedGetsNoMail() {
        Delivery d = Delivery.of(Channel.FEED, NoticeKind.EVALUATION_REMINDER);
        assertTrue(d.feedOnly());
        assertFalse(d.byMail());
        assertFalse(d.byMailWithoutCalls());
    }

    @Test
    void decisionsAndPaymentsReachThePersonByMailEvenWhenTheyChoseTheFeed() {
        assertEquals(
                Channel.EMAIL, Delivery.of(Channel.FEED, NoticeKind.DECISION).channel());
        assertEquals(
                Channel.EMAIL, Delivery.of(Channel.FEED, NoticeKind.PAYMENT).channel());
        assertEquals(
                Channel.EMAIL,
                Delivery.of(Channel.FEED, NoticeKind.EVALUATION_RESULT).channel());
    }

    @Test
    void aPhoneChoiceIsAPhoneCallWhereTheServiceCallsAndAMailWhereItCannot() {
        Delivery d = Delivery.of(Channel.PHONE, NoticeKind.DECISION);
        assertTrue(d.byPhone());
        assertFalse(d.byMail());
        assertTrue(d.byMailWithoutCalls());
    }

    @Test
    void kindsHaveStableWireNames() {
        assertEquals("prerequisite-reminder", NoticeKind.PREREQUISITE_REMINDER.wire());
        assertEquals(
                NoticeKind.PAYEE_DETAILS_REMINDER,
                NoticeKind.of("payee-details-reminder").orElseThrow());
        assertTrue(NoticeKind.of("PAYMENT").isEmpty());
        assertEquals(Channel.FEED, Channel.of("feed").orElseThrow());
        assertTrue(Channel.of("sms").isEmpty());
    }
}

package org.mentorship.platform.notice;

import org.mentorship.platform.person.Channel;
import org.mentorship.platform.person.NoticeKind;

/** How a notice goes out besides the person's feed, by their choice for its kind (a mandatory kind is never feed-only). */
public record Delivery(Channel channel) {

    /** The person's choice, except that a mandatory kind (a decision, a payment) is never in the feed only. */
    public static Delivery of(Channel chosen, NoticeKind kind) {
        return new Delivery(chosen == Channel.FEED && kind.mandatory() ? Channel.EMAIL : chosen);
    }

    public boolean byMail() {
        return channel == Channel.EMAIL;
    }

    public boolean byPhone() {
        return channel == Channel.PHONE;
    }

    public boolean feedOnly() {
        return channel == Channel.FEED;
    }

    /** For a service that makes no call tasks: a phone choice is served by e-mail. */
    public boolean byMailWithoutCalls() {
        return channel != Channel.FEED;
    }
}

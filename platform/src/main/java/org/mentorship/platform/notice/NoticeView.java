package org.mentorship.platform.notice;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A feed entry as the API shows it. */
@Schema(name = "Notice")
public record NoticeView(
        UUID id,

        @Schema(description = "The kind, e.g. evaluation-reminder (a person chooses a channel per kind)")
        String kind,

        String subject,
        String text,

        @Schema(description = "How it went out besides the feed: email, phone or feed (only here)")
        String channel,

        Instant createdAt,

        @Schema(description = "When the person marked it read; null while unread")
        Instant readAt) {

    static NoticeView of(Notice n) {
        return new NoticeView(n.id, n.kind, n.subject, n.text, n.channel, n.createdAt, n.readAt);
    }
}

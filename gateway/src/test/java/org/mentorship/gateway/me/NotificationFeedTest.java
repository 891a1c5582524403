package org.mentorship.gateway.me;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorship.gateway.fanout.ServiceCalls.Reply;

class NotificationFeedTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void mergesNewestFirstCutsToSizeAndNamesWhoDidNotAnswerOrRefused() throws Exception {
        List<Reply> replies = Arrays.asList(
                reply("application", 200, """
                        {"items":[{"id":"a1","createdAt":"2026-07-10T10:00:00Z"},{"id":"a2","createdAt":"2026-07-01T10:00:00Z"}]}"""), null, reply("stipend", 200, """
                        {"items":[{"id":"s1","createdAt":"2026-07-10T11:00:00.5Z"}]}"""), reply("certificate", 401, "{}"));
        ObjectNode feed = NotificationFeed.merge(
                mapper, List.of("application", "evaluation", "stipend", "certificate"), replies, 2);
        assertThat(feed.toString())
                .isEqualTo(
                        "{\"items\":[{\"id\":\"s1\",\"createdAt\":\"2026-07-10T11:00:00.5Z\",\"service\":\"stipend\"},"
                                + "{\"id\":\"a1\",\"createdAt\":\"2026-07-10T10:00:00Z\",\"service\":\"application\"}],"
                                + "\"missing\":[\"evaluation\",\"certificate\"]}");
    }

    private Reply reply(String service, int status, String body) throws Exception {
        return new Reply(service, status, mapper.readTree(body));
    }
}

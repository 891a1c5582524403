package org.mentorship.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestIdTest {

    @Test
    void aSaneIdOfTheCallerIsKept() {
        assertThat(RequestId.accepted("gw-7f3a:2.1_x")).isEqualTo("gw-7f3a:2.1_x");
    }

    @Test
    void noIdLongOrStrangeIdsAreReplacedByANewOne() {
        for (String offered : new String[] {null, "", "a b", "x\ny", "ü", "a".repeat(129)}) {
            String id = RequestId.accepted(offered);
            assertThat(UUID.fromString(id).toString())
                    .as(String.valueOf(offered))
                    .isEqualTo(id);
        }
        assertThat(RequestId.accepted("a".repeat(128))).hasSize(128);
    }
}

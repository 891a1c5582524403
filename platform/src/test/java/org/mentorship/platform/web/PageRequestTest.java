package org.mentorship.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mentorship.platform.problem.ProblemException;

/** The page rule every list follows. */
class PageRequestTest {

    @Test
    void leftOutItIsTheFirstPageOfTwenty() {
        assertThat(PageRequest.of(null, null)).isEqualTo(new PageRequest(0, 20));
    }

    @Test
    void aSizeAboveTheMaximumIsCapped() {
        assertThat(PageRequest.of(2, 10_000)).isEqualTo(new PageRequest(2, Page.MAX_SIZE));
        assertThat(PageRequest.of(2, 10_000).offset()).isEqualTo(200);
    }

    @Test
    void aNegativePageOrAnEmptySizeIsAnInvalidPage() {
        for (int[] bad : new int[][] {{-1, 20}, {0, 0}, {0, -5}}) {
            assertThatThrownBy(() -> PageRequest.of(bad[0], bad[1]))
                    .isInstanceOf(ProblemException.class)
                    .satisfies(e -> assertThat(((ProblemException) e).status()).isEqualTo(400))
                    .hasMessageContaining("page must be 0 or more");
        }
    }

    @Test
    void aPageBeyondTheDeepestOffsetIsAnInvalidPageNotAnOverflow() {
        // 2^31 / 100 would overflow an int offset into a negative one (a 500 before).
        assertThatThrownBy(() -> PageRequest.of(Integer.MAX_VALUE, 100))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("narrow the list");
        assertThat(PageRequest.of(1000, 100).offset()).isEqualTo(100_000);
        assertThatThrownBy(() -> PageRequest.of(1001, 100)).isInstanceOf(ProblemException.class);
    }
}

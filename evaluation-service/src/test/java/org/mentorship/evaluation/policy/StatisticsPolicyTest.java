package org.mentorship.evaluation.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class StatisticsPolicyTest {

    @Test
    void aRateIsAShareOfTheMentorshipsThatEnded() {
        assertThat(StatisticsPolicy.rateOfEnded(2, 3)).isEqualByComparingTo(new BigDecimal("0.6667"));
        assertThat(StatisticsPolicy.rateOfEnded(3, 3)).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(StatisticsPolicy.rateOfEnded(0, 3)).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void noRateWhileNoneEnded() {
        assertThat(StatisticsPolicy.rateOfEnded(0, 0)).isNull();
    }
}

package org.mentorship.evaluation.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How program statistics count: completion and termination rates are shares of the mentorships that ended (an open
 * one has no outcome yet, so it would only dilute either rate), and none while none has ended.
 */
public final class StatisticsPolicy {

    /** {@code part} of {@code ended}, 0 to 1 at 4 places; null when nothing has ended. */
    public static BigDecimal rateOfEnded(long part, long ended) {
        if (ended == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(ended), 4, RoundingMode.HALF_UP);
    }

    private StatisticsPolicy() {}
}

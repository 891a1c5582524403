package org.mentorship.application.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorship.application.model.ApplicationStatus.ACCEPTED;
import static org.mentorship.application.model.ApplicationStatus.ENDED;
import static org.mentorship.application.model.ApplicationStatus.ONBOARDED;
import static org.mentorship.application.model.ApplicationStatus.REJECTED;
import static org.mentorship.application.model.ApplicationStatus.SUBMITTED;
import static org.mentorship.application.model.ApplicationStatus.WAITLISTED;
import static org.mentorship.application.model.ApplicationStatus.WITHDRAWN;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorship.application.policy.ApplicationStatisticsPolicy.Count;
import org.mentorship.application.policy.ApplicationStatisticsPolicy.OrganizationFigures;
import org.mentorship.application.policy.ApplicationStatisticsPolicy.ProjectInfo;

class ApplicationStatisticsPolicyTest {

    private final ProjectInfo docs = new ProjectInfo(UUID.randomUUID(), "Docs", "CNCF", 2);
    private final ProjectInfo cli = new ProjectInfo(UUID.randomUUID(), "CLI", "CNCF", 1);
    private final ProjectInfo kernel = new ProjectInfo(UUID.randomUUID(), "Kernel", "Apache", 1);
    private final ProjectInfo empty = new ProjectInfo(UUID.randomUUID(), "Empty", "Apache", 1);

    @Test
    void figuresPerProjectAddUpToTheirOrganisationsInNameOrder() {
        List<OrganizationFigures> figures = ApplicationStatisticsPolicy.compute(
                List.of(docs, cli, kernel, empty),
                List.of(
                        new Count(docs.id(), ACCEPTED, 1, new BigDecimal("9.00"), 1),
                        new Count(docs.id(), ONBOARDED, 1, null, 0),
                        new Count(docs.id(), REJECTED, 2, new BigDecimal("7.00"), 2),
                        new Count(docs.id(), WAITLISTED, 1, new BigDecimal("8.00"), 1),
                        new Count(cli.id(), SUBMITTED, 3, null, 0),
                        new Count(kernel.id(), ENDED, 1, new BigDecimal("5.50"), 1),
                        new Count(kernel.id(), WITHDRAWN, 1, null, 0)));

        assertThat(figures).extracting(OrganizationFigures::organization).containsExactly("Apache", "CNCF");
        OrganizationFigures cncf = figures.get(1);
        assertThat(cncf.projects()).extracting(p -> p.project().title()).containsExactly("CLI", "Docs");
        var docsFigures = cncf.projects().get(1).figures();
        assertThat(docsFigures.applications()).isEqualTo(5);
        assertThat(docsFigures.accepted()).isEqualTo(2); // accepted and onboarded
        assertThat(docsFigures.acceptanceRate()).isEqualByComparingTo("0.4000");
        // Sums over the scored: 9 + (two rejected summing 7) + 8 over 4 scored applications.
        assertThat(docsFigures.averageScore()).isEqualByComparingTo("6.00");
        assertThat(docsFigures.waitlisted()).isEqualTo(1);
        assertThat(docsFigures.byStatus().get(REJECTED)).isEqualTo(2);
        assertThat(docsFigures.byStatus().get(SUBMITTED)).isZero();

        assertThat(cncf.figures().applications()).isEqualTo(8);
        assertThat(cncf.figures().acceptanceRate()).isEqualByComparingTo("0.2500");
        assertThat(cncf.figures().averageScore()).isEqualByComparingTo("6.00");
        assertThat(cncf.projects().get(0).figures().averageScore()).isNull(); // CLI: nobody scored

        OrganizationFigures apache = figures.get(0);
        assertThat(apache.figures().acceptanceRate()).isEqualByComparingTo("0.5000"); // an ended one was accepted
        var none = apache.projects().get(0).figures(); // "Empty" sorts first
        assertThat(none.applications()).isZero();
        assertThat(none.acceptanceRate()).isNull();
    }

    @Test
    void ratesAndAveragesRoundHalfUpAndAreAbsentWithoutData() {
        assertThat(ApplicationStatisticsPolicy.acceptanceRate(1, 3)).isEqualByComparingTo("0.3333");
        assertThat(ApplicationStatisticsPolicy.acceptanceRate(2, 3)).isEqualByComparingTo("0.6667");
        assertThat(ApplicationStatisticsPolicy.acceptanceRate(0, 0)).isNull();
        assertThat(ApplicationStatisticsPolicy.averageScore(new BigDecimal("10.01"), 2))
                .isEqualByComparingTo("5.01");
        assertThat(ApplicationStatisticsPolicy.averageScore(BigDecimal.ZERO, 0)).isNull();
    }

    @Test
    void acceptedMeansHoldsOrHeldASlot() {
        assertThat(ApplicationStatisticsPolicy.accepted(ENDED)).isTrue();
        assertThat(ApplicationStatisticsPolicy.accepted(WAITLISTED)).isFalse();
        assertThat(ApplicationStatisticsPolicy.accepted(WITHDRAWN)).isFalse();
    }
}

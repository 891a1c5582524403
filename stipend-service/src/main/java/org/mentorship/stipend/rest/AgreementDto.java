package org.mentorship.stipend.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.mentorship.stipend.model.AgreementStatus;
import org.mentorship.stipend.model.StipendAgreement;
import org.mentorship.stipend.service.Money;
import org.mentorship.stipend.service.StipendQueries;

/**
 * A mentorship's stipend agreement; {@code installments} is the timeline (null in lists, to keep them cheap), each
 * with the amount fixed when the agreement was made from the plan and {@code country}, the country verified then.
 */
@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "StipendAgreement")
public record AgreementDto(
        UUID mentorshipId,
        UUID planId,
        UUID projectId,
        String projectTitle,
        UUID termId,
        String termName,
        String menteeId,
        String menteeName,
        long amountMinor,
        BigDecimal amount,
        String currency,
        int evaluationCount,
        LocalDate programStart,
        LocalDate programEnd,
        AgreementStatus status,
        String endedReason,
        Instant createdAt,
        String country,
        String countryVerifiedBy,
        Instant countryVerifiedAt,
        List<StipendQueries.TimelineEntry> installments) {

    static AgreementDto of(StipendAgreement a, List<StipendQueries.TimelineEntry> installments) {
        return new AgreementDto(
                a.mentorshipId,
                a.planId,
                a.projectId,
                a.projectTitle,
                a.termId,
                a.termName,
                a.menteeId,
                a.menteeName,
                a.amountMinor,
                Money.major(a.amountMinor, a.currency),
                a.currency,
                a.evaluationCount,
                a.programStart,
                a.programEnd,
                a.status,
                a.endedReason,
                a.createdAt,
                a.country,
                a.countryVerifiedBy,
                a.countryVerifiedAt,
                installments);
    }

    static AgreementDto of(StipendQueries.AgreementView view) {
        return of(view.agreement(), view.installments());
    }
}

package org.mentorship.stipend.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mentorship.platform.problem.ProblemException;
import org.mentorship.stipend.model.Installment;
import org.mentorship.stipend.model.Payment;
import org.mentorship.stipend.model.PaymentStatus;
import org.mentorship.stipend.model.StipendAgreement;
import org.mentorship.stipend.problem.StipendProblems;
import org.mentorship.stipend.repository.AgreementRepository;
import org.mentorship.stipend.repository.InstallmentRepository;
import org.mentorship.stipend.repository.PaymentRepository;

/** Read side: agreements with their installments (the mentee's timeline) and finance's totals. */
@ApplicationScoped
public class StipendQueries {

    /** One installment as a mentee or finance sees it: EXPECTED until its payment exists, then the payment's status. */
    public record TimelineEntry(
            int installment,
            Integer afterEvaluation,
            int percent,
            String status,
            LocalDate expectedOn,
            long amountMinor,
            UUID paymentId,
            Instant scheduledAt,
            Instant approvedAt,
            Instant paidAt,
            Instant cancelledAt,
            String currency,
            java.math.BigDecimal amount) {}

    public record AgreementView(StipendAgreement agreement, List<TimelineEntry> installments) {}

    /** Sums of one group (a mentorship, project or term) in one currency. */
    public record Totals(
            String groupId,
            String currency,
            long payments,
            long scheduledMinor,
            long approvedMinor,
            long paidMinor,
            long failedMinor,
            long cancelledMinor,
            long exportedMinor,
            long recallRequestedMinor) {}

    /** A count and a sum of payments in one currency, the sum in minor units and at the currency's scale. */
    public record Sum(long payments, long amountMinor, java.math.BigDecimal amount) {}

    /** Of one currency: what was paid, and what was approved and is not paid (yet). */
    public record CurrencyStatistics(String currency, Sum paid, Sum approvedUnpaid) {}

    /**
     * Approved and not paid: approved and waiting for a file, in a file, recalled but not confirmed, or failed (to be
     * retried). Not SCHEDULED (a payment sent back for approval is no longer approved) nor CANCELLED.
     */
    public static final java.util.Set<PaymentStatus> APPROVED_UNPAID = java.util.EnumSet.of(
            PaymentStatus.APPROVED, PaymentStatus.EXPORTED, PaymentStatus.RECALL_REQUESTED, PaymentStatus.FAILED);

    private final AgreementRepository agreements;
    private final InstallmentRepository installments;
    private final PaymentRepository payments;
    private final EntityManager em;

    StipendQueries(
            AgreementRepository agreements,
            InstallmentRepository installments,
            PaymentRepository payments,
            EntityManager em) {
        this.agreements = agreements;
        this.installments = installments;
        this.payments = payments;
        this.em = em;
    }

    public StipendAgreement agreement(UUID mentorshipId) {
        return agreements
                .findByIdOptional(mentorshipId)
                .orElseThrow(() -> ProblemException.notFound("Stipend agreement", mentorshipId));
    }

    public AgreementView view(StipendAgreement agreement) {
        List<Installment> all = installments.byMentorship(agreement.mentorshipId);
        Map<Integer, Payment> byNumber = payments.listByMentorship(agreement.mentorshipId).stream()
                .collect(Collectors.toMap(p -> p.installment, Function.identity()));
        List<TimelineEntry> entries = new ArrayList<>();
        for (Installment installment : all) {
            Payment p = byNumber.get(installment.number);
            String status = p != null ? p.status.name() : installment.cancelledAt != null ? "CANCELLED" : "EXPECTED";
            // The amount fixed with the agreement (a payment carries the same); never worked out again here.
            long amount = p != null ? p.amountMinor : installment.amountMinor;
            String currency = p != null ? p.currency : installment.currency;
            entries.add(new TimelineEntry(
                    installment.number,
                    installment.afterEvaluation,
                    installment.percent,
                    status,
                    installment.expectedOn,
                    amount,
                    p == null ? null : p.id,
                    p == null ? null : p.scheduledAt,
                    p == null ? null : p.approvedAt,
                    p == null ? null : p.paidAt,
                    installment.cancelledAt,
                    currency,
                    Money.major(amount, currency)));
        }
        return new AgreementView(agreement, entries);
    }

    public List<AgreementView> ofMentee(String menteeId) {
        return agreements.byMentee(menteeId).stream().map(this::view).toList();
    }

    public List<StipendAgreement> page(UUID projectId, UUID termId, int page, int size) {
        return agreements.page(projectId, termId, page, size);
    }

    public long count(UUID projectId, UUID termId) {
        return agreements.count(projectId, termId);
    }

    /** Of these organisations only (null: every agreement). */
    public List<StipendAgreement> page(
            UUID projectId, UUID termId, java.util.Set<String> organizations, int page, int size) {
        return agreements.page(projectId, termId, organizations, page, size);
    }

    public long count(UUID projectId, UUID termId, java.util.Set<String> organizations) {
        return agreements.count(projectId, termId, organizations);
    }

    /** Of one organisation: its stipends paid, and approved but unpaid, per currency. */
    public record OrganizationStatistics(String organization, List<CurrencyStatistics> currencies) {}

    /** Totals by "mentorship", "project" or "term"; the column is chosen from a fixed list, never from input text. */
    @SuppressWarnings("unchecked")
    public List<Totals> totals(String by, UUID projectId, UUID termId, int page, int size) {
        String column = groupColumn(by);
        jakarta.persistence.Query query = em.createNativeQuery("select " + column + "::text, p.currency, count(*), "
                        + sum("SCHEDULED") + ", " + sum("APPROVED") + ", " + sum("PAID") + ", " + sum("FAILED") + ", "
                        + sum("CANCELLED")
                        + ", " + sum("EXPORTED") + ", " + sum("RECALL_REQUESTED")
                        + FROM + filter(projectId, termId) + " group by 1, 2 order by 1, 2 limit :limit offset :offset")
                .setParameter("limit", size)
                .setParameter("offset", page * size);
        bind(query, projectId, termId);
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(r -> new Totals(
                        (String) r[0],
                        ((String) r[1]).trim(),
                        num(r[2]),
                        num(r[3]),
                        num(r[4]),
                        num(r[5]),
                        num(r[6]),
                        num(r[7]),
                        num(r[8]),
                        num(r[9])))
                .toList();
    }

    public long totalsCount(String by, UUID projectId, UUID termId) {
        jakarta.persistence.Query query = em.createNativeQuery("select count(*) from (select 1" + FROM
                + filter(projectId, termId) + " group by " + groupColumn(by) + ", p.currency) g");
        bind(query, projectId, termId);
        return num(query.getSingleResult());
    }

    /**
     * Stipends paid, and approved but unpaid, per currency (the stored amounts, summed by the database), of one term's
     * agreements or, termId null, of the whole program. A currency with neither is left out.
     */
    public List<CurrencyStatistics> byCurrency(UUID termId) {
        return byCurrency(termId, null);
    }

    /** As {@link #byCurrency(UUID)}, of these organisations' agreements only (null: every agreement). */
    public List<CurrencyStatistics> byCurrency(UUID termId, java.util.Set<String> organizations) {
        return statistics(termId, organizations, false).stream()
                .map(r -> currency(r, 0))
                .toList();
    }

    /**
     * Per organisation (by name; agreements without one are left out), its stipends paid and approved but unpaid per
     * currency, of one term or the whole program, of these organisations only (null: every one).
     */
    public List<OrganizationStatistics> byOrganization(UUID termId, java.util.Set<String> organizations) {
        Map<String, List<CurrencyStatistics>> grouped = new java.util.LinkedHashMap<>();
        for (Object[] r : statistics(termId, organizations, true)) {
            grouped.computeIfAbsent((String) r[0], o -> new ArrayList<>()).add(currency(r, 1));
        }
        return grouped.entrySet().stream()
                .map(e -> new OrganizationStatistics(e.getKey(), List.copyOf(e.getValue())))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> statistics(UUID termId, java.util.Set<String> organizations, boolean byOrganization) {
        if (organizations != null && organizations.isEmpty()) {
            return List.of();
        }
        String paid = "p.status = 'PAID'";
        String unpaid = "p.status in ("
                + APPROVED_UNPAID.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ")) + ")";
        String group = byOrganization ? "a.organization, p.currency" : "p.currency";
        String scope = (organizations == null ? "" : " and a.organization in (:orgs)")
                + (byOrganization ? " and a.organization is not null" : "");
        jakarta.persistence.Query query = em.createNativeQuery("select " + group + ", " + countAndSum(paid) + ", "
                + countAndSum(unpaid) + FROM + filter(null, termId) + scope + " and (" + paid + " or " + unpaid + ")"
                + " group by " + group + " order by " + group);
        bind(query, null, termId);
        if (organizations != null) {
            query.setParameter("orgs", organizations);
        }
        return query.getResultList();
    }

    /** The currency's row from {@code offset} on: currency, paid count and sum, approved-unpaid count and sum. */
    private static CurrencyStatistics currency(Object[] r, int offset) {
        String currency = ((String) r[offset]).trim();
        return new CurrencyStatistics(
                currency,
                sum(num(r[offset + 1]), num(r[offset + 2]), currency),
                sum(num(r[offset + 3]), num(r[offset + 4]), currency));
    }

    private static String countAndSum(String where) {
        return "count(*) filter (where " + where + "), coalesce(sum(p.amount_minor) filter (where " + where + "), 0)";
    }

    private static Sum sum(long payments, long minor, String currency) {
        return new Sum(
                payments,
                minor,
                Money.isCurrency(currency) ? Money.major(minor, currency) : java.math.BigDecimal.valueOf(minor));
    }

    private static final String FROM =
            " from payment p join stipend_agreement a on a.mentorship_id = p.mentorship_id where 1 = 1";

    private static String filter(UUID projectId, UUID termId) {
        return (projectId == null ? "" : " and a.project_id = :project")
                + (termId == null ? "" : " and a.term_id = :term");
    }

    private static void bind(jakarta.persistence.Query query, UUID projectId, UUID termId) {
        if (projectId != null) {
            query.setParameter("project", projectId);
        }
        if (termId != null) {
            query.setParameter("term", termId);
        }
    }

    private static String groupColumn(String by) {
        return switch (by == null ? "project" : by) {
            case "mentorship" -> "a.mentorship_id";
            case "project" -> "a.project_id";
            case "term" -> "a.term_id";
            default -> throw StipendProblems.UNKNOWN_GROUPING.with("Group totals by mentorship, project or term");
        };
    }

    private static String sum(String status) {
        return "coalesce(sum(case when p.status = '" + status + "' then p.amount_minor end), 0)";
    }

    private static long num(Object value) {
        return ((Number) value).longValue();
    }
}

package org.mentorship.stipend.rest;

import io.quarkus.security.Authenticated;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorship.platform.notice.Notices;
import org.mentorship.platform.person.PersonSettings;
import org.mentorship.platform.security.Caller;
import org.mentorship.stipend.model.Payee;
import org.mentorship.stipend.model.StipendAgreement;
import org.mentorship.stipend.model.TaxForm;
import org.mentorship.stipend.repository.LedgerRepository;
import org.mentorship.stipend.repository.PayeeRepository;
import org.mentorship.stipend.repository.PaymentRepository;
import org.mentorship.stipend.service.StipendQueries;
import org.mentorship.stipend.service.TaxForms;

/**
 * Everything stipend-service holds about the caller (any role), for their data export: the gateway's
 * GET /api/v1/me/export bundles it with the other services'. Served here only, like /api/v1/me/summary. Bank accounts
 * appear masked, as in every answer.
 */
@Path("/api/v1/me/data")
@Tag(name = "Privacy")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class MyDataResource {

    private final Caller caller;
    private final StipendQueries queries;
    private final PaymentRepository payments;
    private final LedgerRepository ledger;
    private final PayeeRepository payees;
    private final TaxForms taxForms;
    private final PersonSettings settings;
    private final Notices notices;
    private final EntityManager entityManager;

    MyDataResource(
            Caller caller,
            StipendQueries queries,
            PaymentRepository payments,
            LedgerRepository ledger,
            PayeeRepository payees,
            TaxForms taxForms,
            PersonSettings settings,
            Notices notices,
            EntityManager entityManager) {
        this.caller = caller;
        this.queries = queries;
        this.payments = payments;
        this.ledger = ledger;
        this.payees = payees;
        this.taxForms = taxForms;
        this.settings = settings;
        this.notices = notices;
        this.entityManager = entityManager;
    }

    @GET
    @Transactional
    @Operation(
            operationId = "getMyStipendData",
            summary = "Everything stipend-service holds about me",
            description = "Agreements, payments and their ledger, payout details (masked), tax form, reminders, "
                    + "settings, notices and mails. Reached through the gateway's GET /api/v1/me/export.")
    @APIResponse(
            responseCode = "200",
            description = "The caller's data; empty lists for a person stipend-service knows nothing of",
            content = @Content(examples = @ExampleObject(name = "mentee", value = """
                    {"personId":"ana","settings":null,"agreements":[],"payments":[],"ledger":[],"payee":null,
                     "taxForm":null,"payeeReminders":[],"notices":[],"mails":[]}""")))
    public Map<String, Object> data() {
        String person = caller.userId();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("personId", person);
        data.put("settings", settings.find(person).orElse(null));
        List<StipendQueries.AgreementView> views = queries.ofMentee(person);
        data.put("agreements", views.stream().map(AgreementDto::of).toList());
        List<PaymentDto> paid = new ArrayList<>();
        List<LedgerEntryDto> entries = new ArrayList<>();
        Set<String> addresses = new LinkedHashSet<>();
        for (StipendQueries.AgreementView view : views) {
            StipendAgreement a = view.agreement();
            payments.listByMentorship(a.mentorshipId).forEach(p -> paid.add(PaymentDto.of(p)));
            ledger.byMentorship(a.mentorshipId).forEach(e -> entries.add(LedgerEntryDto.of(e)));
            if (a.menteeEmail != null) {
                addresses.add(a.menteeEmail);
            }
        }
        data.put("payments", paid);
        data.put("ledger", entries);
        Optional<TaxForm> taxForm = taxForms.of(person);
        Payee payee = payees.findById(person);
        if (payee != null && payee.email != null) {
            addresses.add(payee.email);
        }
        data.put("payee", payee == null ? null : PayeeDto.of(payee, taxForm));
        data.put("taxForm", taxForm.map(TaxFormDto::of).orElse(null));
        data.put("payeeReminders", reminders(person));
        data.put("notices", notices.all(person));
        data.put("mails", mails(addresses));
        return data;
    }

    private List<Map<String, Object>> reminders(String person) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Object row :
                entityManager.createNativeQuery("""
                select mentorship_id, installment, reminded_at from payee_reminder where mentee_id = ?1
                order by reminded_at""").setParameter(1, person).getResultList()) {
            Object[] r = (Object[]) row;
            Map<String, Object> reminder = new LinkedHashMap<>();
            reminder.put("mentorshipId", r[0]);
            reminder.put("installment", r[1]);
            reminder.put("remindedAt", r[2]);
            rows.add(reminder);
        }
        return rows;
    }

    private List<Map<String, Object>> mails(Set<String> addresses) {
        if (addresses.isEmpty()) {
            return List.of();
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Object row :
                entityManager.createNativeQuery("""
                select recipient, subject, body, state, created_at, sent_at from mail_outbox
                where recipient in (?1) order by created_at""").setParameter(1, addresses).getResultList()) {
            Object[] r = (Object[]) row;
            Map<String, Object> mail = new LinkedHashMap<>();
            mail.put("recipient", r[0]);
            mail.put("subject", r[1]);
            mail.put("body", r[2]);
            mail.put("state", r[3]);
            mail.put("createdAt", r[4]);
            mail.put("sentAt", r[5]);
            rows.add(mail);
        }
        return rows;
    }
}

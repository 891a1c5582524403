package org.mentorship.stipend.service;

import java.time.Clock;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.mentorship.contracts.events.EvaluationPassed;
import org.mentorship.stipend.model.Payment;
import org.mentorship.stipend.repository.PaymentRepository;

@ApplicationScoped
public class PaymentService {

    private static final Logger LOG = Logger.getLogger(PaymentService.class);

    private final PaymentRepository payments;
    private final Clock clock;

    PaymentService(PaymentRepository payments, Clock clock) {
        this.payments = payments;
        this.clock = clock;
    }

    /** Schedules the installment this pass pays, if any; joins the inbox's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onEvaluationPassed(EvaluationPassed passed) {
        OptionalInt installment = InstallmentPolicy.installmentFor(passed.number(), passed.finalEvaluation());
        if (installment.isEmpty()) {
            return;
        }
        boolean created = payments.scheduleOnce(UUID.randomUUID(), passed.mentorshipId(), installment.getAsInt(),
                passed.evaluationId(), clock.instant());
        if (!created) {
            LOG.infof("Installment %d of mentorship %s is already scheduled", installment.getAsInt(), passed.mentorshipId());
        }
    }

    public List<Payment> listByMentorship(UUID mentorshipId) {
        return payments.listByMentorship(mentorshipId);
    }
}

package org.mentorship.evaluation.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mentorship.evaluation.model.Evaluation;
import org.mentorship.evaluation.model.Mentorship;
import org.mentorship.evaluation.model.Participation;
import org.mentorship.evaluation.model.ParticipationKind;
import org.mentorship.evaluation.policy.EvaluationSchedule;
import org.mentorship.evaluation.policy.ParticipationPolicy;
import org.mentorship.evaluation.repository.EvaluationRepository;
import org.mentorship.evaluation.repository.ParticipationRepository;

/** Community participation (meetings, discussions, contributions, mentor contact), counted per evaluation period. */
@ApplicationScoped
public class ParticipationService {

    /** One evaluation period: from the previous due instant (or the start) up to this evaluation's due instant. */
    public record Period(
            int evaluationNumber,
            Instant from,
            Instant to,
            Map<ParticipationKind, Long> counts,
            Instant lastContactAt) {}

    public record Draft(ParticipationKind kind, String title, String link, Instant occurredAt) {}

    private final ParticipationRepository participation;
    private final EvaluationRepository evaluations;
    private final MentorshipService lifecycle;
    private final Access access;
    private final Clock clock;

    ParticipationService(
            ParticipationRepository participation,
            EvaluationRepository evaluations,
            MentorshipService lifecycle,
            Access access,
            Clock clock) {
        this.participation = participation;
        this.evaluations = evaluations;
        this.lifecycle = lifecycle;
        this.access = access;
        this.clock = clock;
    }

    /**
     * The mentee, a mentor of the mentorship or a coordinator records what happened (never in the future). A retry
     * with its Idempotency-Key is replayed by the platform (ParticipationResource) and never reaches here.
     */
    @Transactional
    public Participation record(UUID mentorshipId, Draft draft) {
        Mentorship m = lifecycle.lockOpen(mentorshipId);
        Instant now = clock.instant();
        ParticipationPolicy.requireHappened(draft.occurredAt(), now);
        Participation p = new Participation();
        p.id = UUID.randomUUID();
        p.mentorshipId = m.id;
        p.kind = draft.kind();
        p.title = draft.title();
        p.link = draft.link();
        p.occurredAt = draft.occurredAt();
        p.recordedBy = access.userId();
        p.recordedAt = now;
        participation.persist(p);
        return p;
    }

    public PanacheQuery<Participation> list(UUID mentorshipId) {
        lifecycle.get(mentorshipId);
        return participation.ofMentorship(mentorshipId);
    }

    public List<Period> periods(UUID mentorshipId) {
        Mentorship m = lifecycle.get(mentorshipId);
        return periods(m, evaluations.schedule(m.id), participation.allOf(m.id));
    }

    /** Pure: splits participation into the evaluation periods of a schedule. */
    public static List<Period> periods(Mentorship m, List<Evaluation> schedule, List<Participation> all) {
        List<Period> periods = new ArrayList<>();
        Instant from = EvaluationSchedule.startOf(m.startsOn);
        for (Evaluation e : schedule) {
            periods.add(period(e.number, from, e.dueAt, all));
            from = e.dueAt;
        }
        return periods;
    }

    static Period period(int number, Instant from, Instant to, List<Participation> all) {
        Map<ParticipationKind, Long> counts = new EnumMap<>(ParticipationKind.class);
        for (ParticipationKind kind : ParticipationKind.values()) {
            counts.put(kind, 0L);
        }
        Instant lastContact = null;
        for (Participation p : all) {
            if (ParticipationPolicy.inPeriod(p.occurredAt, from, to)) {
                counts.merge(p.kind, 1L, Long::sum);
            }
            if (p.kind == ParticipationKind.MENTOR_CONTACT
                    && p.occurredAt.isBefore(to)
                    && (lastContact == null || p.occurredAt.isAfter(lastContact))) {
                lastContact = p.occurredAt;
            }
        }
        return new Period(number, from, to, counts, lastContact);
    }
}

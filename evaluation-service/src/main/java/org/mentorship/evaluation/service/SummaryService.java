package org.mentorship.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mentorship.evaluation.model.Evaluation;
import org.mentorship.evaluation.model.EvaluationStatus;
import org.mentorship.evaluation.model.Mentorship;
import org.mentorship.evaluation.model.MentorshipStatus;
import org.mentorship.evaluation.model.TaskStatus;
import org.mentorship.evaluation.policy.EvaluationSchedule;
import org.mentorship.evaluation.repository.EvaluationRepository;
import org.mentorship.evaluation.repository.MentorshipRepository;
import org.mentorship.platform.person.PersonSettings;
import org.mentorship.platform.security.Caller;
import org.mentorship.platform.security.Roles;
import org.mentorship.platform.time.LocalTimes;

/** The caller's part of the dashboard: a few indexed queries, shaped by role. */
@ApplicationScoped
public class SummaryService {

    private final Caller caller;
    private final MentorshipRepository mentorships;
    private final EvaluationRepository evaluations;
    private final EntityManager em;
    private final Clock clock;
    private final PersonSettings people;

    SummaryService(
            Caller caller,
            MentorshipRepository mentorships,
            EvaluationRepository evaluations,
            EntityManager em,
            Clock clock,
            PersonSettings people) {
        this.people = people;
        this.caller = caller;
        this.mentorships = mentorships;
        this.evaluations = evaluations;
        this.em = em;
        this.clock = clock;
    }

    public Map<String, Object> summary() {
        Map<String, Object> out = new LinkedHashMap<>();
        if (caller.is(Roles.COORDINATOR)) {
            out.put("coordinator", coordinator());
        }
        if (caller.is(Roles.MENTOR)) {
            out.put("mentor", mentor());
        }
        if (caller.is(Roles.MENTEE)) {
            mentorships
                    .ofMentee(caller.userId())
                    .firstResultOptional()
                    .ifPresent(m -> out.put("mentorship", mentee(m)));
        }
        return out;
    }

    private Map<String, Object> mentee(Mentorship m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", m.id);
        out.put("timeZone", zone().getId()); // nextEvaluation.dueAtLocal is in it
        out.put("status", m.status);
        out.put("projectTitle", m.projectTitle);
        out.put("startsOn", m.startsOn);
        out.put("endsOn", m.endsOn);
        evaluations
                .nextPending(m.id)
                .filter(e -> m.status.isOpen())
                .ifPresent(e -> out.put(
                        "nextEvaluation",
                        Map.of(
                                "number",
                                e.number,
                                "total",
                                e.total,
                                "dueAt",
                                e.dueAt,
                                "dueAtLocal",
                                LocalTimes.local(e.dueAt, zone()))));
        out.put("tasks", taskCounts(List.of(m.id)));
        return out;
    }

    private Map<String, Object> mentor() {
        Instant now = clock.instant();
        List<Mentorship> mine = mentorships.ofMentor(caller.userId()).list().stream()
                .filter(m -> m.status.isOpen())
                .toList();
        List<Map<String, Object>> due = mine.stream()
                .flatMap(m ->
                        evaluations
                                .nextPending(m.id)
                                .filter(e -> EvaluationSchedule.windowOpen(e.windowOpensAt, now))
                                .stream()
                                .map(e -> review(m, e, now)))
                .toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("activeMentorships", mine.size());
        out.put("timeZone", zone().getId()); // each evaluation's dueAtLocal is in it
        out.put("evaluationsToSubmit", due);
        out.put(
                "tasks",
                mine.isEmpty()
                        ? Map.of()
                        : taskCounts(mine.stream().map(m -> m.id).toList()));
        return out;
    }

    private Map<String, Object> review(Mentorship m, Evaluation e, Instant now) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("mentorshipId", m.id);
        out.put("menteeName", m.menteeName);
        out.put("number", e.number);
        out.put("total", e.total);
        out.put("dueAt", e.dueAt);
        out.put("dueAtLocal", LocalTimes.local(e.dueAt, zone()));
        out.put("overdue", EvaluationSchedule.isLate(e.dueAt, now));
        return out;
    }

    private Map<String, Object> coordinator() {
        Map<String, Object> byStatus = new LinkedHashMap<>();
        for (MentorshipStatus s : MentorshipStatus.values()) {
            byStatus.put(s.name(), 0L);
        }
        em.createQuery("select m.status, count(m) from Mentorship m group by m.status", Object[].class)
                .getResultList()
                .forEach(row -> byStatus.put(((MentorshipStatus) row[0]).name(), row[1]));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("mentorships", byStatus);
        out.put(
                "overdueEvaluations",
                evaluations.pendingDueBefore(clock.instant()).size());
        out.put("reopenedEvaluations", evaluations.count("status", EvaluationStatus.REOPENED));
        return out;
    }

    private Map<String, Object> taskCounts(List<java.util.UUID> mentorshipIds) {
        Map<String, Object> counts = new LinkedHashMap<>();
        for (TaskStatus s : TaskStatus.values()) {
            counts.put(s.name(), 0L);
        }
        em.createQuery(
                        "select t.status, count(t) from PlanTask t where t.mentorshipId in ?1 group by t.status",
                        Object[].class)
                .setParameter(1, mentorshipIds)
                .getResultList()
                .forEach(row -> counts.put(((TaskStatus) row[0]).name(), row[1]));
        return counts;
    }

    private java.time.ZoneId zone() {
        return people.zoneOf(caller.userId());
    }
}
